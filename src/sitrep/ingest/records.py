"""What a reader yields: one input record (a file, a JSONL line, a WARC response, a feed entry)."""
from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import dataclass
from typing import Optional

# The input budget (SECURITY.md §4). Every cap is counted on the bytes or characters as they stream, before
# the next stage sees them, so no input costs more memory or time than its cap allows.
MAX_TEXT_BYTES = 20 * 1024 * 1024  # one text/HTML/feed input, a JSONL line or a WARC record body, inflated
MAX_DECOMPRESSED_BYTES = MAX_TEXT_BYTES  # a .gz text/HTML/feed input inflating beyond this is refused (a bomb)
MAX_STREAM_BYTES = 4 * 1024**3  # inflated bytes read from one streamed file (JSONL, WARC), skipped records too
MAX_HTML_CHARS = 5_000_000  # markup handed to the HTML extractor (its time grows faster than the page)
MAX_RECORD_CHARS = 2_000_000  # text handed to metadata extraction and cleaning (twice the article cap)
MAX_ARTICLE_CHARS = 1_000_000  # a clean article longer than this is refused: spaCy's max_length (it would fail)


def source_key(data: bytes, index: int = 0) -> str:
    """The key of an input in the store's ``sources`` table: sha256 of its bytes and its record index."""
    return f"{hashlib.sha256(data).hexdigest()}:{index}"


@dataclass
class Record:
    """One input, decoded, with whatever metadata its container carried (fields left None when absent)."""

    source: str  # how to name it to a person: "path", "path:12" (JSONL line), "path#3" (WARC/feed record)
    source_path: str
    key: str  # source_key(...)
    text: str  # the decoded text to clean (for HTML: the extracted main text)
    url: Optional[str] = None
    title: Optional[str] = None
    outlet: Optional[str] = None
    byline: Optional[str] = None
    published: Optional[_dt.date] = None
    published_precision: str = "unknown"
    published_how: str = "unknown"
    language: Optional[str] = None  # a language the container declared (a hint only)
