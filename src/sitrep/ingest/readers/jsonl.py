"""JSON Lines reader: one article a line, ``{"text", "title", "url", "date", "outlet", ...}``.

A broken line is one error naming ``file:line``; the other lines are read.
The file is streamed, so exports of any size can be read.
"""
from __future__ import annotations

import json
import re
from typing import BinaryIO, Iterator, Union

from sitrep.errors import InputError
from sitrep.ingest.dates import parse_date
from sitrep.ingest.decode import DecodeError, decode_bytes, repair
from sitrep.ingest.records import MAX_TEXT_BYTES, Record, source_key
from sitrep.ingest.tables import outlet_from_url, outlet_name

TEXT_KEYS = ("text", "content", "body", "article")
DATE_KEYS = ("date", "published", "published_at", "pub_date", "datePublished")
_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_LINE_ERRORS = 100  # per file: beyond this, bad lines are counted, not each reported (a file of junk lines)


def _valid(s: str) -> str:
    """``s`` with lone surrogates (JSON allows ``"\\ud800"``) replaced by U+FFFD: they cannot be stored as UTF-8."""
    return _SURROGATE.sub("\ufffd", s)


def _str(v: object) -> str | None:
    return _valid(v.strip()) if isinstance(v, str) and v.strip() else None


def read_jsonl(stream: BinaryIO, source: str) -> Iterator[Union[Record, InputError]]:
    bad = 0
    for item in _read_jsonl(stream, source):
        if isinstance(item, InputError):
            bad += 1
            if bad > MAX_LINE_ERRORS:
                continue
        yield item
    if bad > MAX_LINE_ERRORS:
        yield InputError(source, f"{bad - MAX_LINE_ERRORS:,} more bad lines after the first {MAX_LINE_ERRORS} "
                                 "reported (not JSON Lines?)")


def _read_jsonl(stream: BinaryIO, source: str) -> Iterator[Union[Record, InputError]]:
    n = 0
    while True:
        line = stream.readline(MAX_TEXT_BYTES + 1)
        if not line:
            break
        n += 1
        where = f"{source}:{n}"
        if len(line) > MAX_TEXT_BYTES:
            yield InputError(where, f"line longer than {MAX_TEXT_BYTES // 2**20} MB; not read")
            while line and not line.endswith(b"\n"):
                line = stream.readline(MAX_TEXT_BYTES)
            continue
        if not line.strip():
            continue
        try:
            s, _ = decode_bytes(line, fix=False)
            obj = json.loads(s)
        except (DecodeError, ValueError, RecursionError) as e:  # RecursionError: arrays nested thousands deep
            yield InputError(where, f"not a valid JSON line ({str(e)[:80]})")
            continue
        if not isinstance(obj, dict):
            yield InputError(where, "JSON line is not an object with a \"text\" field")
            continue
        text = next((obj[k] for k in TEXT_KEYS if isinstance(obj.get(k), str) and obj[k].strip()), None)
        if text is None:
            yield InputError(where, "no \"text\" field (or it is empty)")
            continue
        rec = Record(source=where, source_path=source, key=source_key(line, n), text=repair(_valid(text)))
        rec.url = _str(obj.get("url"))
        rec.title = _str(obj.get("title"))
        rec.byline = _str(obj.get("byline")) or _str(obj.get("author"))
        rec.outlet = outlet_name(_str(obj.get("outlet")) or _str(obj.get("source"))) or outlet_from_url(rec.url)
        rec.language = _str(obj.get("language")) or _str(obj.get("lang"))
        raw_date = next((obj[k] for k in DATE_KEYS if obj.get(k)), None)
        parsed = parse_date(raw_date) if raw_date else None
        if parsed:
            rec.published, rec.published_precision, rec.published_how = parsed[0], parsed[1], "header"
        yield rec
