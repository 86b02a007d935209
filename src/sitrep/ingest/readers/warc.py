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
from typing import BinaryIO, Iterator, Optional, Union

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


def read_warc(stream: BinaryIO, source: str) -> Iterator[Item]:
    mark: Optional[bytes] = None  # a seekable file: after a broken record, the next one can be found again
    try:
        if stream.seekable():
            at = stream.tell()
            mark = _GZIP_MEMBER if stream.read(2) == b"\x1f\x8b" else _WARC_LINE
            stream.seek(at)
    except (AttributeError, OSError):
        mark = None
    n = seen = 0  # response records, all records
    yielded = garbage = declared_total = 0
    while True:
        it = _iterator(stream)
        broken_at: Optional[int] = None
        try:
            for rec in it:
                offset = it.offset
                seen += 1
                declared = rec.length or 0
                declared_total += declared
                if declared > MAX_WARC_RECORD_BYTES or declared_total > MAX_WARC_BYTES:
                    what = (f"a record declares {declared / 2**30:.1f} GB" if declared > MAX_WARC_RECORD_BYTES
                            else f"records declare more than {MAX_WARC_BYTES // 2**30} GB")
                    yield InputError(source, f"{what} (a compression bomb?); file not read further")
                    yielded += 1
                    return
                if rec.rec_type != "response":
                    it.read_to_end()
                    if getattr(rec.raw_stream, "limit", 0) > 0:  # the file ended inside it
                        broken_at = offset
                        yield InputError(source, f"a {rec.rec_type or 'WARC'} record is cut off (declares "
                                                 f"{declared:,} bytes)")
                        yielded += 1
                        break
                    continue
                n += 1
                where = f"{source}#{n}"
                ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else None) or ""
                html = "html" in ctype.lower()
                body = rec.content_stream().read(MAX_TEXT_BYTES + 1) if html else b""
                it.read_to_end()
                if getattr(rec.raw_stream, "limit", 0) > 0:  # cut off: its body swallowed what followed
                    broken_at = offset
                    yield InputError(where, f"record is cut off (declares {declared:,} bytes, the file ends "
                                            "before); the records after it are looked for")
                    yielded += 1
                    break
                if not html:
                    continue
                if len(body) > MAX_TEXT_BYTES:
                    yield InputError(where, f"response body over {MAX_TEXT_BYTES // 2**20} MB; not read")
                    yielded += 1
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI")
                try:
                    page = body.decode("utf-8")
                except UnicodeDecodeError:
                    page = body.decode("cp1252", "replace")
                yielded += 1
                if not page.strip():
                    yield InputError(where, "empty HTML response")
                    continue
                yield html_record(page, where, source_key(body, n), url)
        except Exception as e:  # noqa: BLE001 - warcio raises assorted errors (AttributeError...) on broken headers
            broken_at = it.offset
            why = str(e)[:100] if isinstance(e, _Broken) else type(e).__name__
            yield InputError(source, f"not a readable WARC file (broken record after #{n}: {why})")
            yielded += 1
        garbage += getattr(it, "garbage", 0)
        if broken_at is None or mark is None:
            break
        try:
            nxt = _next_header(stream, broken_at + 1, mark)
        except OSError:
            nxt = None
        if nxt is None:
            break
        stream.seek(nxt)
    if garbage:
        yield InputError(source, f"{garbage:,} bytes that are not WARC records were skipped between records")
        yielded += 1
    if not yielded:  # warcio yields nothing, silently, for a truncated .warc.gz, an empty file or garbage
        yield InputError(source, "no HTML response records in the WARC file" if seen else
                         "no WARC record could be read (empty, truncated or not a WARC file)")
