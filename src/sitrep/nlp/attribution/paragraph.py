"""Whether a claim stays inside the paragraph of its attribution (captions are often glued to the next
paragraph: :func:`_clip_paragraph`)."""
from __future__ import annotations

from sitrep.nlp.attribution.words import _TRIM


def _clip_paragraph(text: str, lo: int, hi: int, anchor: int) -> tuple[int, int]:
    """Keep a claim inside the paragraph of its attribution (captions are often glued to the next paragraph)."""
    p_start = text.rfind("\n", 0, anchor)
    p_end = text.find("\n", anchor)
    if p_start >= 0 and lo < p_start + 1 <= hi:
        lo = p_start + 1
    if p_end >= 0 and lo <= p_end < hi:
        hi = p_end
    while lo < hi and text[lo] in _TRIM:
        lo += 1
    return lo, max(lo, hi)
