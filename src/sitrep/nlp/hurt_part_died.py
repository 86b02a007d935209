"""The hurt of whom some died later, counted by their whole: "The blast injured four residents ... Two of the four
wounded later died" (issue 16, branch tolls26).

"N of the M wounded (or injured, hurt) ... died" names the whole it takes the dead from: M people hurt before, N of
whom died after the deed. Where the report tells no other count of the dead, the N are its dead (a killed figure,
wherever the figure layer read "of the wounded" as the hurt; where it does, "at least 21 people were killed ... five of
the eleven wounded had died", the N are among those and no count of their own), and the hurt are the rest, M - N, as incident databases count the injured: every exact count of M hurt told
before it in the report, and the M of the phrase itself, are lowered to the difference (the same figure ids). A death
told as later is needed ("later", "since", "in hospital", "of their wounds"), as :func:`sitrep.nlp.figures._less_the_died`
asks; never a background, inexact or range count, nor a difference that is not positive. The fronted "Of the M
wounded, N died later" is :func:`sitrep.nlp.figures._fronted_hurt`'s.
"""
from __future__ import annotations

import re
from dataclasses import replace

from sitrep.model import KILLED_WHAT, Figure
from sitrep.nlp.hit_survivors import LATER_DEATH as _LATER

__all__ = ["part_of_hurt_died"]

_HURT_WHAT = frozenset({"wounded", "injured"})
# the whole right after the part, then its death: " of the four wounded later died", " of the 12 injured people died
# in hospital"
_OF_WHOLE = re.compile(r"\s+of\s+(?:the|those|these)\s+$", re.I)
_WHOLE_DIED = re.compile(r"\s+(?:wounded|injured|hurt)(?:\s+(?:people|persons|victims|residents|passengers|workers|"
                         r"men|women|others))?\s+((?:\w+\s+){0,3}?)(?:have\s+|has\s+)?(?:died|succumbed|passed\s+away)\b"
                         r"([^.;!?]*)", re.I)



def _exact(f: Figure) -> bool:
    return f.low is not None and f.low == f.high and not f.background


def part_of_hurt_died(figures: list[Figure], text: str) -> list[Figure]:
    """The figures with each "N of the M wounded ... later died" read as N dead and M - N hurt (module doc)."""
    out = list(figures)
    for k, part in enumerate(out):
        if not _exact(part) or part.what not in (*_HURT_WHAT, "killed"):
            continue
        whole = next((j for j, f in enumerate(out) if f.span.start > part.span.end and _exact(f)
                      and _OF_WHOLE.search(text[part.span.end:f.span.start])), None)
        if whole is None:
            continue
        w = out[whole]
        m = _WHOLE_DIED.match(text, w.span.end)
        if m is None or not (_LATER.search(m.group(1)) or _LATER.search(m.group(2))) or w.low - part.low <= 0:
            continue
        n, total = part.low, w.low
        if not any(j != k and f.what in KILLED_WHAT and not f.background for j, f in enumerate(out)):
            out[k] = replace(part, what="killed", best=None)
        for i, f in enumerate(out):
            if i != k and f.what in _HURT_WHAT and _exact(f) and f.low == total and f.span.start <= w.span.start:
                out[i] = replace(f, what="wounded", low=total - n, high=total - n, best=None)
    return out
