"""The others in hospital after a count of the dead are the hurt: "Seven people ... died ... Twelve other passengers
were admitted with fractures", "Seven other residents were taken to hospital" (issue 16, branch tolls26).

A count told as others ("N others", "N other passengers") whose own sentence takes them into care (admitted, treated,
hospitalised, taken or rushed to hospital, in hospital, receiving treatment) after the report has counted its dead
counts the rest of the people hit: the hurt, as incident databases count the injured (treated and released
included). The figure layer reads a bare "others" as people; such a count becomes a wounded one (the same figure id).
A count read as patients (``in_treatment``: "were treated", "were hospitalised") is left to events/hospital_hurt, which
knows the deed (the patients of an outbreak are no hurt). Never a background, inexact or range count, a count
with no dead told before it (others of what, then), nor one told apart ("in a separate incident", "elsewhere").
"""
from __future__ import annotations

import re
from dataclasses import replace

from sitrep.model import KILLED_WHAT, Figure

__all__ = ["others_in_care"]

_OTHERS = re.compile(r"\s+(?:\w+\s+)?others?\b(?!\s+(?:of|said|say|told))", re.I)
_CARE = re.compile(r"[^.;!?]{0,60}?\b(?:(?:was|were|are|is|have\s+been|had\s+been|remain|remains|remained)\s+"
                   r"(?:(?:still|also|later|all|being)\s+)?(?:admitted|treated|hospitali[sz]ed|in\s+hospital|"
                   r"(?:taken|rushed|brought|admitted|airlifted)\s+to\s+(?:a\s+|the\s+)?(?:\w+\s+){0,4}?"
                   r"(?:hospitals?|clinics?|infirmary|medical\s+cent(?:er|re)))|receiving\s+treatment)\b", re.I)
_APART = re.compile(r"\b(?:separate|separately|elsewhere|earlier|previous|last\s+(?:week|month|year))\b", re.I)
_HURT = frozenset({"wounded", "injured"})


def _exact(f: Figure) -> bool:
    return f.low is not None and f.low == f.high and not f.background and f.since is None


def others_in_care(figures: list[Figure], text: str) -> list[Figure]:
    """``figures`` with each count of others in care after the dead read as the hurt (module doc)."""
    out = list(figures)
    for i, f in enumerate(out):
        if not _exact(f) or f.what in _HURT or f.what in KILLED_WHAT or f.what == "in_treatment" or f.low < 1:
            continue
        m = _OTHERS.match(text, f.span.end)
        if m is None or not _CARE.match(text, m.end()):
            continue
        start = text.rfind(".", 0, f.span.start) + 1
        if _APART.search(text[start:f.span.end + 120]):
            continue
        if not any(k.what in KILLED_WHAT and _exact(k) and k.span.end <= f.span.start for k in out):
            continue
        out[i] = replace(f, what="wounded", unit="people")
    return out
