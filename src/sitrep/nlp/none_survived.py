"""People shot, stabbed or hurt of whom "neither survived" or "none survived" are the dead (issue 16, branch tolls19).

"Two security guards were shot when a gang ambushed a cash van. Both guards were rushed to hospital, but neither
survived."; "Three men were stabbed outside the bar; none of them survived.": the figure layer reads the count of
a shooting or stabbing verb as people hit (``nlp/figures.py``), or a count of the hurt, and nothing tells that they
died but the denied survival. :func:`none_survived` reads "neither/none (of them) survived" (or "made it", "lived")
in the count's own sentence or the next one, with no other count of people hit, hurt or killed between them (the gang's "about eight armed
men" may be), and gives a killed figure
of the same number on the count's span ("neither" only for a count of two). Never a background or inexact count.
"""
from __future__ import annotations

import re
from dataclasses import replace

from sitrep.model import Figure, Span

__all__ = ["none_survived"]

_HIT_OR_HURT = frozenset({"hit", "people", "wounded", "injured"})
# "but neither survived", "none of them survived", "neither of the men made it", "none lived"
_NONE_SURVIVED = re.compile(r"\b(?P<who>neither|none)(?:\s+of\s+(?:them|the\s+\w+|those|these))?\s+"
                            r"(?:(?:had|has|have)\s+)?(?:survived|made\s+it|lived)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’]?\s+")


def _reach(text: str, start: int) -> int:
    """The end of the sentence after the one ``start`` lies in (the count's own sentence and the next)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start)][:2]
    return ends[-1] if ends else len(text)


def none_survived(figures: list[Figure], text: str) -> list[Figure]:
    """Killed figures for counts of people hit or hurt whose survival is denied next (module docstring)."""
    out = list(figures)
    for f in figures:
        if f.what not in _HIT_OR_HURT or f.background or f.low is None or f.low != f.high or f.low < 2:
            continue
        m = _NONE_SURVIVED.search(text, f.span.end, _reach(text, f.span.end))
        if m is None or (m.group("who").lower() == "neither" and f.low != 2):
            continue
        if any(g is not f and g.what in ("hit", "wounded", "injured", "killed") and f.span.end <= g.span.start < m.start() and g.low != f.low
               for g in figures):
            continue  # another count between them ("Both guards" restates it): whose survival is denied is not told
        if any(g.what == "killed" and g.span.start == f.span.start for g in out):
            continue
        out.append(replace(f, id=f"{f.id}.died", what="killed", best=None, unit="people",
                           span=Span(f.span.article_id, f.span.start, f.span.end, f.span.text)))
        if f.what in ("wounded", "injured"):
            out.remove(f)  # the hurt who did not survive are no hurt
    out.sort(key=lambda x: x.span.start)
    return out
