"""WARC reader (``.warc`` and ``.warc.gz``, streamed with warcio): every HTML response is one page.

The page's URL is the record's ``WARC-Target-URI``. The budget (``records.py``) holds for every record,
the skipped ones too: each record's declared length counts towards the file's cap, a record declaring
more than ``MAX_WARC_RECORD_BYTES`` stops the file, a header line is at most ``MAX_HEADER_LINE`` bytes,
a response body is read up to the text cap. A record cut off or broken is one error, and the reader
finds the next record and goes on: the next ``WARC/1.`` header line in an uncompressed file, the next gzip
member in a ``.warc.gz`` (each record is its own member there). Garbage between records is
skipped (one error says how much). warcio's own warnings are never printed. A file that yields no record
at all is an error naming it.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import BinaryIO, Generator, Iterator, Optional, Union

from sitrep.errors import InputError
from sitrep.ingest.readers.html import html_record
from sitrep.ingest.records import MAX_STREAM_BYTES, MAX_TEXT_BYTES, Record, source_key

MAX_WARC_BYTES = MAX_STREAM_BYTES  # declared bytes of all records of one WARC file, skipped ones included
MAX_WARC_RECORD_BYTES = 1024**3  # one record declaring more stops the file (a bomb, or not a WARC)
MAX_HEADER_LINE = 1024 * 1024  # a WARC or HTTP header line longer than this stops the file

logging.getLogger("warcio").setLevel(logging.ERROR)

Item = Union[Record, InputError]


class _Broken(Exception):
    """A header line over the cap, or garbage past the stream cap."""


def _iterator(stream: BinaryIO):  # type: ignore[no-untyped-def]
    """warcio's ArchiveIterator with bounded header lines, quiet resynchronisation past garbage lines."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.bufferedreaders import DecompressingBufferedReader

    class LineCapped(DecompressingBufferedReader):  # type: ignore[misc]
        def readline(self, length=None):  # type: ignore[no-untyped-def]
            want = MAX_HEADER_LINE if length is None or length < 0 or length > MAX_HEADER_LINE else length
            line = super().readline(want)
            if len(line) >= MAX_HEADER_LINE and not line.endswith(b"\n"):
                raise _Broken(f"a header line over {MAX_HEADER_LINE // 1024} KB")
            return line

    class Quiet(ArchiveIterator):  # type: ignore[misc]
        def __init__(self, fh):  # type: ignore[no-untyped-def]
            super().__init__(fh)
            self.reader = LineCapped(self.fh, block_size=16384)
            self.garbage = 0

        def _consume_blanklines(self):  # type: ignore[no-untyped-def]
            # warcio writes a warning to stderr and takes the next line for a record; skip to a WARC header
            empty = 0
            while True:
                line = self.reader.readline()
                if not line:
                    return None, empty
                if not line.strip():
                    empty += len(line)
                    continue
                if line.startswith(b"WARC/"):
                    return line, empty
                empty += len(line)
                self.garbage += len(line)
                if self.garbage > MAX_WARC_BYTES:
                    raise _Broken("garbage past the size cap")

    return Quiet(stream)


_WARC_LINE = b"\nWARC/1."  # a record header line (found after its newline: +1)
_GZIP_MEMBER = b"\x1f\x8b\x08"  # a gzip member with deflate (+0)


def _next_header(stream: BinaryIO, start: int, mark: bytes = _WARC_LINE) -> Optional[int]:
    """The offset of the next record start at or after ``start``: a line starting with ``WARC/1.``, or with
    ``mark=_GZIP_MEMBER`` the next gzip member (None: none)."""
    skip = 1 if mark == _WARC_LINE else 0
    stream.seek(start)
    pos, tail = start, b""
    while True:
        chunk = stream.read(1 << 20)
        if not chunk:
            return None
        buf = tail + chunk
        i = buf.find(mark)
        if i >= 0:
            return pos - len(tail) + i + skip
        tail = buf[-8:]
        pos += len(chunk)


@dataclass
class _Tally:
    """What the passes over one file have counted: response records (``n``, numbering their pages), all
    records, the bytes they declare; ``stopped`` once the budget stops the file."""
    n: int = 0
    seen: int = 0
    declared_total: int = 0
    stopped: bool = False


def _resync_mark(stream: BinaryIO) -> Optional[bytes]:
    """What starts the next record in a seekable file (a gzip member or a ``WARC/1.`` line), so that it can be
    found again after a broken record (None: the stream cannot be searched)."""
    try:
        if stream.seekable():
            at = stream.tell()
            mark = _GZIP_MEMBER if stream.read(2) == b"\x1f\x8b" else _WARC_LINE
            stream.seek(at)
            return mark
    except (AttributeError, OSError):
        return None
    return None


def _over_budget(declared: int, declared_total: int) -> Optional[str]:
    """Why the file is read no further: a record, or all records so far, declaring more than the caps."""
    if declared > MAX_WARC_RECORD_BYTES:
        what = f"a record declares {declared / 2**30:.1f} GB"
    elif declared_total > MAX_WARC_BYTES:
        what = f"records declare more than {MAX_WARC_BYTES // 2**30} GB"
    else:
        return None
    return f"{what} (a compression bomb?); file not read further"


def _cut_off(rec) -> bool:  # type: ignore[no-untyped-def]
    """The file ended inside the record (read to its end): its declared length swallowed what followed."""
    return getattr(rec.raw_stream, "limit", 0) > 0


def _html_body(rec) -> Optional[bytes]:  # type: ignore[no-untyped-def]
    """A response's body up to one byte past the text cap when it is HTML (None: not HTML)."""
    ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else None) or ""
    return rec.content_stream().read(MAX_TEXT_BYTES + 1) if "html" in ctype.lower() else None


def _page_item(rec, body: bytes, where: str, n: int) -> Item:  # type: ignore[no-untyped-def]
    """The page of an HTML response, or the error saying why it is not read."""
    if len(body) > MAX_TEXT_BYTES:
        return InputError(where, f"response body over {MAX_TEXT_BYTES // 2**20} MB; not read")
    url = rec.rec_headers.get_header("WARC-Target-URI")
    try:
        page = body.decode("utf-8")
    except UnicodeDecodeError:
        page = body.decode("cp1252", "replace")
    if not page.strip():
        return InputError(where, "empty HTML response")
    return html_record(page, where, source_key(body, n), url)


def _record_item(rec, it, source: str, declared: int, tally: _Tally) -> tuple[Optional[Item], bool]:  # type: ignore[no-untyped-def]
    """What one record gives (None: nothing, not a response or not HTML), and whether it is cut off (the records
    after it are looked for). The record is read to its end."""
    if rec.rec_type != "response":
        it.read_to_end()
        if _cut_off(rec):
            return InputError(source, f"a {rec.rec_type or 'WARC'} record is cut off (declares "
                                      f"{declared:,} bytes)"), True
        return None, False
    tally.n += 1
    where = f"{source}#{tally.n}"
    body = _html_body(rec)
    it.read_to_end()
    if _cut_off(rec):
        return InputError(where, f"record is cut off (declares {declared:,} bytes, the file ends "
                                 "before); the records after it are looked for"), True
    if body is None:
        return None, False
    return _page_item(rec, body, where, tally.n), False


def _one_pass(it, source: str, tally: _Tally) -> Generator[Item, None, Optional[int]]:  # type: ignore[no-untyped-def]
    """The items of the records warcio reads from where the stream stands; returns the offset of the record
    that broke the pass (None: the pass read to the end, or the budget stopped the file)."""
    try:
        for rec in it:
            offset = it.offset
            tally.seen += 1
            declared = rec.length or 0
            tally.declared_total += declared
            over = _over_budget(declared, tally.declared_total)
            if over is not None:
                yield InputError(source, over)
                tally.stopped = True
                return None
            item, cut = _record_item(rec, it, source, declared, tally)
            if item is not None:
                yield item
            if cut:
                return offset
    except Exception as e:  # noqa: BLE001 - warcio raises assorted errors (AttributeError...) on broken headers
        broken_at = it.offset
        why = str(e)[:100] if isinstance(e, _Broken) else type(e).__name__
        yield InputError(source, f"not a readable WARC file (broken record after #{tally.n}: {why})")
        return broken_at
    return None


def _resume_at(stream: BinaryIO, broken_at: Optional[int], mark: Optional[bytes]) -> Optional[int]:
    """Where the next pass starts after a record broke one: the next record start past it (None: none, or the
    stream cannot be searched)."""
    if broken_at is None or mark is None:
        return None
    try:
        return _next_header(stream, broken_at + 1, mark)
    except OSError:
        return None


def _passes(stream: BinaryIO, source: str, tally: _Tally) -> Iterator[Item]:
    """The items of the whole file, pass after pass past broken records, then the skipped garbage's error."""
    mark = _resync_mark(stream)
    garbage = 0
    while True:
        it = _iterator(stream)
        broken_at = yield from _one_pass(it, source, tally)
        if tally.stopped:
            return
        garbage += getattr(it, "garbage", 0)
        nxt = _resume_at(stream, broken_at, mark)
        if nxt is None:
            break
        stream.seek(nxt)
    if garbage:
        yield InputError(source, f"{garbage:,} bytes that are not WARC records were skipped between records")


def read_warc(stream: BinaryIO, source: str) -> Iterator[Item]:
    tally = _Tally()
    yielded = 0
    for item in _passes(stream, source, tally):
        yielded += 1
        yield item
    if not yielded:  # warcio yields nothing, silently, for a truncated .warc.gz, an empty file or garbage
        yield InputError(source, "no HTML response records in the WARC file" if tally.seen else
                         "no WARC record could be read (empty, truncated or not a WARC file)")
