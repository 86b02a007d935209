"""Plain-text reader: the whole file is one article (metadata is read later from its text)."""
from __future__ import annotations

from typing import Iterator, Union

from sitrep.errors import InputError
from sitrep.ingest.decode import DecodeError, decode_bytes
from sitrep.ingest.records import Record, source_key


def read_txt(data: bytes, source: str) -> Iterator[Union[Record, InputError]]:
    try:
        text, _ = decode_bytes(data)
    except DecodeError as e:
        yield InputError(source, str(e))
        return
    yield Record(source=source, source_path=source, key=source_key(data), text=text)
