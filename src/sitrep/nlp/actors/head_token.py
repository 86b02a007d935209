"""The parse token heading a stretch of characters (the root of its span), or None where the parse has none."""
from __future__ import annotations

from typing import Any


def _head_token(doc: Any, start: int, end: int) -> Any:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root
