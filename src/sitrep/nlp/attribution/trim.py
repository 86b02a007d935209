"""Where a claim's characters begin and end: no punctuation or spaces at its ends, no dateline opening its
line, its closing quotation mark kept (:func:`_trim`)."""
from __future__ import annotations

import re
from typing import Any

from sitrep.nlp.attribution.words import _QUOTE_CLOSE, _QUOTE_OPEN, _TRIM, _char_range, _text


_DATELINE = re.compile(r"[A-Z][A-Z .'/-]{2,40}(?:,\s*[A-Z][a-z]+\.?\s*\d{1,2})?\s*(?:\([^)\n]{1,40}\))?\s*[-—–:]\s+")


def _trim(doc: Any, i: int, j: int) -> tuple[int, int]:
    s, e = _char_range(doc, i, j)
    text = _text(doc)
    while s < e and text[s] in _TRIM:
        s += 1
    if s == 0 or text[s - 1] == "\n":  # a dateline opening the line is not part of the claim
        dm = _DATELINE.match(text, s, e)
        if dm:
            s = dm.end()
    while e > s and text[e - 1] in _TRIM + ".":
        e -= 1
    # keep a closing quotation mark that belongs to the claim
    if e < len(text) and text[e : e + 1] in _QUOTE_CLOSE and text[s : s + 1] in _QUOTE_OPEN:
        e += 1
    return s, e
