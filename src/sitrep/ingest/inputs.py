"""Turn the paths a user gave (files, folders, ``-`` for stdin) into records, one reader per format.

Every problem with one input becomes one :class:`InputError` naming it; the
walk goes on. Limits (one budget, counted on the bytes as they stream, see
``records.py``): a text/HTML/feed input over ``MAX_TEXT_BYTES``, compressed or
not, is refused before any parse; JSONL and WARC are streamed, each line or
record within ``MAX_TEXT_BYTES`` and the file within ``MAX_STREAM_BYTES``.

A folder's walk stays inside the folders given: a symbolic link whose target
resolves outside them is skipped (``follow_links`` allows it), and pipes,
sockets and devices are skipped. File names are data: a name that is not
valid UTF-8 is kept losslessly in an escaped form (``\xff``), see
:func:`display_name`.
"""
from __future__ import annotations

import fnmatch
import gzip
import io
import os
import stat
import sys
import zlib
from pathlib import Path
from typing import BinaryIO, Generator, Iterable, Iterator, Optional, Union

from sitrep.errors import InputError
from sitrep.ingest.readers.feed import is_feed, read_feed
from sitrep.ingest.readers.html import read_html
from sitrep.ingest.readers.jsonl import read_jsonl
from sitrep.ingest.readers.txt import read_txt
from sitrep.ingest.readers.warc import read_warc
from sitrep.ingest.records import MAX_DECOMPRESSED_BYTES, MAX_STREAM_BYTES, MAX_TEXT_BYTES, Record

KINDS = {
    ".txt": "txt", ".text": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl",
    ".warc": "warc",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
SUPPORTED = ".txt, .html/.htm, .jsonl, .warc(.gz), .xml/.rss/.atom (and those .gz-compressed)"
GZIP_MAGIC = b"\x1f\x8b"

Item = Union[Record, InputError]


class Skipped(InputError):
    """An input that was deliberately not read (unsupported type); reported, not an error."""


def kind_of(name: str) -> Optional[str]:
    """The reader for a file name by its extension (``.gz`` looks at the extension under it)."""
    low = name.lower()
    if low.endswith(".gz"):
        low = low[:-3]
    return KINDS.get(os.path.splitext(low)[1])


def sniff(head: bytes) -> str:
    """Guess the format of bytes with no telling extension (stdin, odd names)."""
    h = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:4096]
    if h.startswith(b"WARC/"):
        return "warc"
    if h.startswith(b"<") and is_feed(h):
        return "feed"
    if h.startswith(b"<"):
        return "html"
    if h.startswith(b"{"):
        return "jsonl"
    return "txt"


def _mb(n: int) -> str:
    return f"{n / 2**20:.1f} MB"


def display_name(path: Union[str, os.PathLike]) -> str:
    """A path as text that can be stored and printed: bytes that are not UTF-8 (which the file system
    handed over as surrogate escapes) become ``\\xNN``; a valid name is returned unchanged."""
    s = os.fspath(path)
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return os.fsencode(s).decode("utf-8", "backslashreplace")


class BudgetExceeded(ValueError):
    """A stream gave more bytes than its budget allows."""


class CappedReader(io.RawIOBase):
    """A binary stream that raises :class:`BudgetExceeded` once more than ``limit`` bytes were read from it."""

    def __init__(self, raw: BinaryIO, limit: int, what: str):
        self.raw, self.limit, self.what, self.count = raw, limit, what, 0

    def readable(self) -> bool:
        return True

    def _counted(self, b: bytes) -> bytes:
        self.count += len(b)
        if self.count > self.limit:
            raise BudgetExceeded(f"{self.what} more than {_mb(self.limit)}; the rest not read")
        return b

    def read(self, n: int = -1) -> bytes:
        return self._counted(self.raw.read(self.limit + 1 - self.count if n is None or n < 0 else n))

    def readinto(self, b) -> int:  # type: ignore[no-untyped-def, override]
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)

    def readline(self, n: int = -1) -> bytes:  # type: ignore[override]
        return self._counted(self.raw.readline(self.limit + 1 - self.count if n is None or n < 0 else n))


def gunzip_capped(data_or_stream: Union[bytes, BinaryIO], limit: int = MAX_DECOMPRESSED_BYTES) -> bytes:
    """Decompress gzip data, refusing (ValueError) output larger than ``limit`` bytes."""
    stream = io.BytesIO(data_or_stream) if isinstance(data_or_stream, bytes) else data_or_stream
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=stream) as gz:
        while True:
            chunk = gz.read(1 << 20)
            if not chunk:
                break
            out.write(chunk)
            if out.tell() > limit:
                raise ValueError(f"decompresses to more than {_mb(limit)} (a compression bomb?); not read")
    return out.getvalue()


def read_bytes(data: bytes, source: str, kind: str) -> Iterator[Item]:
    """Dispatch in-memory bytes to the reader of ``kind``."""
    if kind == "jsonl":
        yield from read_jsonl(io.BytesIO(data), source)
    elif kind == "warc":
        yield from read_warc(io.BytesIO(data), source)
    elif kind == "html":
        yield from read_html(data, source)
    elif kind == "feed":
        yield from read_feed(data, source)
    else:
        yield from read_txt(data, source)


def read_file(path: Path, named: bool) -> Iterator[Item]:
    """All records of one file. ``named``: the user gave this file explicitly (unknown types are sniffed)."""
    source = display_name(path)
    kind = kind_of(display_name(path.name))
    if kind is None and not named:
        yield Skipped(source, f"not a supported input type ({SUPPORTED}); not read")
        return
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            data = yield from load_stream(f, source, kind, size)
    except OSError as e:
        yield InputError(source, f"cannot be read ({e.strerror or e})")
        return
    if data is not None:
        yield from read_payload(data, source, kind)


def load_stream(f: io.BufferedIOBase, source: str, kind: Optional[str], size: int
                ) -> Generator[Item, None, Optional[bytes]]:
    """Read one opened file (any buffered binary stream ``size`` bytes long, as far as is known).

    WARC and plain JSONL are streamed to their readers here (their records are yielded) and None is
    returned; other inputs come back as bytes (gunzipped, within the size limits), or None after an error
    was yielded."""
    head = f.peek(8)[:8]  # type: ignore[attr-defined]  # peek, not read+seek: a named pipe cannot seek
    gz = head.startswith(GZIP_MAGIC)
    if kind == "warc":
        yield from read_warc(f, source)  # warcio streams and inflates .warc.gz itself
        return None
    if kind == "jsonl":  # streamed, a .gz too: each line within the text cap, the file within the stream cap
        # a plain file's size is on the disk for all to see; a .gz is capped as it inflates
        stream = CappedReader(gzip.GzipFile(fileobj=f), MAX_STREAM_BYTES, "inflates to") if gz else f
        try:
            yield from read_jsonl(stream, source)  # type: ignore[arg-type]
        except BudgetExceeded as e:
            yield InputError(source, str(e))
        except (OSError, EOFError, zlib.error) as e:
            yield InputError(source, f"broken gzip file ({e}); the lines before it were read")
        return None
    if gz:
        try:
            return gunzip_capped(f)  # type: ignore[arg-type]
        except (OSError, EOFError, zlib.error) as e:
            yield InputError(source, f"broken gzip file ({e})")
        except ValueError as e:
            yield InputError(source, str(e))
        return None
    if size > MAX_TEXT_BYTES:
        yield InputError(
            source,
            f"file is {_mb(size)}; text, HTML and feed files over {_mb(MAX_TEXT_BYTES)} are not read "
            "(split it, or convert it to JSONL, which is streamed)",
        )
        return None
    data = f.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:  # a named pipe or a file that grew: st_size said less
        yield InputError(source, f"more than {_mb(MAX_TEXT_BYTES)}; text, HTML and feed inputs over "
                                 "that are not read (split it, or convert it to JSONL)")
        return None
    return data


def read_payload(data: bytes, source: str, kind: Optional[str]) -> Iterator[Item]:
    """The records of a loaded text, HTML or feed input (its kind sniffed when unknown)."""
    if not data:
        yield InputError(source, "empty file (no text)")
        return
    yield from read_bytes(data, source, kind or sniff(data))


def read_stdin(stream: Optional[BinaryIO] = None) -> Iterator[Item]:
    """Records from standard input (``-``): the format is sniffed from the bytes."""
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        yield InputError("<stdin>", f"more than {_mb(MAX_TEXT_BYTES)} on standard input; give a file instead")
        return
    if data.startswith(GZIP_MAGIC):
        try:
            data = gunzip_capped(data)
        except (OSError, EOFError, zlib.error, ValueError) as e:
            yield InputError("<stdin>", str(e))
            return
    if not data:
        yield InputError("<stdin>", "empty input (no text)")
        return
    yield from read_bytes(data, "<stdin>", sniff(data))


IGNORE_FILE = ".sitrepignore"


def _ignore_patterns(folder: Path) -> list[str]:
    """Glob patterns from ``folder/.sitrepignore`` (one a line, ``#`` comments; ``name/`` means a folder)."""
    try:
        lines = (folder / IGNORE_FILE).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def _ignored(rel: str, patterns: list[str]) -> bool:
    """Whether ``rel`` (a path relative to the folder given; folders end in ``/``) matches a pattern."""
    for p in patterns:
        if p.endswith("/") != rel.endswith("/"):
            continue
        target = rel.rstrip("/")
        pat = p.rstrip("/")
        if fnmatch.fnmatch(target, pat) or ("/" not in pat and fnmatch.fnmatch(target.rsplit("/", 1)[-1], pat)):
            return True
    return False


def _regular(path: str) -> bool:
    """True for a regular file (or a link to one); broken links count as regular so reading them reports why."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True


def _inside(real: str, roots: list[str]) -> bool:
    return any(real == r or real.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


def _why_not(full: str, roots: list[str], follow_links: bool) -> Optional[str]:
    """Why the folder entry ``full`` is not read (None: read it): links out of the roots, special files."""
    if os.path.islink(full) and not follow_links:
        real = os.path.realpath(full)
        if os.path.exists(real) and not _inside(real, roots):
            return (f"a link to {display_name(real)}, outside the folders given; not read "
                    "(--follow-links reads such links)")
    if not _regular(full):  # a pipe would block the run forever; a device never ends
        return "not a regular file (a pipe, socket or device); not read"
    return None


def iter_inputs(paths: Iterable[str], exclude: Iterable[str] = (), follow_links: bool = False) -> Iterator[Item]:
    """Records (and per-input errors) for every path: files, folders (recursively, sorted), ``-`` (stdin).

    ``exclude``: files never read from a folder (the store's own database files). A folder may hold a
    ``.sitrepignore`` file of glob patterns (``notes/``, ``*.md``) for what is not to be read.
    In a folder, a symbolic link whose target lies outside every folder given is skipped with a reason
    unless ``follow_links``; links to folders are never followed (a file named explicitly is read even
    when it is a link: the user chose it).
    """
    paths = list(paths)
    skip = {os.path.realpath(x) for x in exclude}
    roots = [os.path.realpath(p) for p in paths if p != "-" and os.path.isdir(p)]
    for p in paths:
        if p == "-":
            yield from read_stdin()
            continue
        path = Path(p)
        if path.is_dir():
            errors: list[OSError] = []
            ignored = _ignore_patterns(path)
            for root, dirs, files in os.walk(path, onerror=errors.append):
                rel = os.path.relpath(root, path).replace(os.sep, "/")
                rel = "" if rel == "." else rel + "/"
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _ignored(rel + d + "/", ignored))
                for d in dirs:
                    if os.path.islink(os.path.join(root, d)):  # os.walk does not descend: say so
                        yield Skipped(display_name(os.path.join(root, d)), "a link to a folder; not followed")
                for name in sorted(files):
                    if name.startswith(".") or _ignored(rel + name, ignored):
                        continue
                    full = os.path.join(root, name)
                    if os.path.realpath(full) in skip:
                        continue
                    why = _why_not(full, roots, follow_links)
                    if why:
                        yield Skipped(display_name(full), why)
                        continue
                    yield from read_file(Path(full), named=False)
            for e in errors:
                yield InputError(display_name(str(e.filename or p)), f"folder cannot be read ({e.strerror or e})")
        elif path.exists() or path.is_symlink():
            yield from read_file(path, named=True)
        else:
            yield InputError(display_name(p), "no such file or folder")
