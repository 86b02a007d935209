"""Where the quotations of a text are (straight quotes toggle; a paragraph break closes an open quote:
:func:`quote_spans`)."""
from __future__ import annotations

import re
from typing import Optional


_QUOTE_CHARS = re.compile('[\n“«„”»"]')


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations (straight quotes toggle; paragraph breaks close an open quote)."""
    spans: list[tuple[int, int]] = []
    open_at: Optional[int] = None
    for m in _QUOTE_CHARS.finditer(text):  # every other character changes nothing below
        k = m.start()
        ch = text[k]
        if ch == "\n" and open_at is not None and text[k : k + 2] == "\n\n":
            spans.append((open_at, k))
            open_at = None
        elif ch in "“«„" and open_at is None:
            open_at = k
        elif ch in "”»" and open_at is not None:
            spans.append((open_at, k + 1))
            open_at = None
        elif ch == '"':
            if open_at is None:
                open_at = k
            else:
                spans.append((open_at, k + 1))
                open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans
