"""What the recogniser hands on: a stretch of text that may name a place (:class:`Candidate`), and the index of
character spans it checks a stretch against (:class:`SpanIndex`: inside a person's name, an organisation phrase).
Plain data, no decision: the decisions are in the package geo/recognize/ and the modules it reads."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional

from sitrep.geo.gazetteer import Entry


@dataclass
class Candidate:
    """A stretch of text that may name a place, with its gazetteer entries."""

    start: int  # character offsets into the text
    end: int
    text: str
    entries: list[Entry]
    match: str  # exact, skeleton, fuzzy
    cue: str = ""  # admin, city, point, context, ""
    label: str = ""  # the spaCy entity label covering exactly this span, if any
    suffix_end: Optional[int] = None  # end of "X province"-style suffix (not part of the span)
    weak: bool = False  # kept only if its entry lies in a country the article is about
    # a place named, but no point to give it (a company named after a town, a compass region, a doubtful town at the
    # head of a facility's name): the resolver leaves it without coordinates and the ranker's training skips it
    blank: bool = False
    scores: dict[int, float] = field(default_factory=dict)


class SpanIndex:
    """Static character spans answering "is (s, e) inside one of them?" in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.maxend: list[int] = []
        m = -1
        for _, b in self.spans:
            m = max(m, b)
            self.maxend.append(m)
        self.by_start: dict[int, int] = {}
        for a, b in self.spans:
            self.by_start[a] = max(self.by_start.get(a, -1), b)

    def contains(self, s: int, e: int, strict: bool = False) -> bool:
        """True when some span covers [s, e) (with ``strict``, a span other than [s, e) itself)."""
        k = bisect.bisect_left(self.starts, s)  # spans starting strictly before s: [0, k)
        if k and self.maxend[k - 1] >= e:
            return True
        b = self.by_start.get(s, -1)
        return b > e if strict else b >= e
