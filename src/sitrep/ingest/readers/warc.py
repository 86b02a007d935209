"""WARC reader (``.warc`` and ``.warc.gz``, streamed with warcio): every HTML response is one page.

The page's URL is the record's ``WARC-Target-URI``. Each response body is read
up to the text cap, and the whole file's decompressed size is capped too, so
a compressed bomb cannot fill memory or run forever.
"""
from __future__ import annotations

from typing import BinaryIO, Iterator, Union

from sitrep.errors import InputError
from sitrep.ingest.readers.html import html_record
from sitrep.ingest.records import MAX_TEXT_BYTES, Record, source_key

MAX_WARC_BYTES = 4 * 1024**3  # decompressed bytes read from one WARC file at most


def read_warc(stream: BinaryIO, source: str) -> Iterator[Union[Record, InputError]]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    seen = 0
    total = 0
    try:
        for rec in ArchiveIterator(stream):
            seen += 1
            if rec.rec_type != "response":
                continue
            n += 1
            where = f"{source}#{n}"
            ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else None) or ""
            if "html" not in ctype.lower():
                continue
            declared = rec.length or 0
            if declared > MAX_WARC_BYTES // 4:
                yield InputError(where, f"record declares {declared / 2**30:.1f} GB (a compression bomb?); file not read further")
                return
            body = rec.content_stream().read(MAX_TEXT_BYTES + 1)
            total += len(body)
            if len(body) > MAX_TEXT_BYTES:
                yield InputError(where, f"response body over {MAX_TEXT_BYTES // 2**20} MB; not read")
                continue
            if total > MAX_WARC_BYTES:
                yield InputError(source, f"more than {MAX_WARC_BYTES // 2**30} GB of responses; the rest not read")
                return
            url = rec.rec_headers.get_header("WARC-Target-URI")
            try:
                html = body.decode("utf-8")
            except UnicodeDecodeError:
                html = body.decode("cp1252", "replace")
            if not html.strip():
                yield InputError(where, "empty HTML response")
                continue
            yield html_record(html, where, source_key(body, n), url)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as e:
        yield InputError(source, f"not a readable WARC file ({str(e)[:100]})")
        return
    except Exception as e:  # noqa: BLE001 - warcio raises assorted errors (AttributeError...) on broken headers
        yield InputError(source, f"not a readable WARC file (broken record after #{n}: {type(e).__name__})")
        return
    if seen == 0:  # warcio yields nothing, silently, for a truncated .warc.gz or an empty file
        yield InputError(source, "no WARC records (empty, truncated or not a WARC file)")
