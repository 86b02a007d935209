"""Turn the paths a user gave (files, folders, ``-`` for stdin) into records, one reader per format.

Every problem with one input becomes one :class:`InputError` naming it; the
walk goes on. Limits: a text/HTML/feed input over ``MAX_TEXT_BYTES`` is
refused (JSONL and WARC are streamed instead), and a ``.gz`` input that
inflates beyond ``MAX_DECOMPRESSED_BYTES`` is refused as a likely bomb.
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
from sitrep.ingest.records import MAX_DECOMPRESSED_BYTES, MAX_TEXT_BYTES, Record

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
    source = str(path)
    kind = kind_of(path.name)
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
    if kind == "jsonl" and not gz:
        yield from read_jsonl(f, source)
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


def iter_inputs(paths: Iterable[str], exclude: Iterable[str] = ()) -> Iterator[Item]:
    """Records (and per-input errors) for every path: files, folders (recursively, sorted), ``-`` (stdin).

    ``exclude``: files never read from a folder (the store's own database files). A folder may hold a
    ``.sitrepignore`` file of glob patterns (``notes/``, ``*.md``) for what is not to be read.
    """
    skip = {os.path.realpath(x) for x in exclude}
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
                for name in sorted(files):
                    if name.startswith(".") or _ignored(rel + name, ignored):
                        continue
                    full = os.path.join(root, name)
                    if os.path.realpath(full) in skip:
                        continue
                    if not _regular(full):  # a pipe would block the run forever; a device never ends
                        yield Skipped(full, "not a regular file (a pipe, socket or device); not read")
                        continue
                    yield from read_file(Path(full), named=False)
            for e in errors:
                yield InputError(str(e.filename or p), f"folder cannot be read ({e.strerror or e})")
        elif path.exists() or path.is_symlink():
            yield from read_file(path, named=True)
        else:
            yield InputError(p, "no such file or folder")
