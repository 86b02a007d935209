"""What every claim of one article is read against (:class:`_Scan`: its parse, its id, the claimant resolver,
its quotations): whether a claim holds a quotation, whether another person is named between two places, the
attribution of a claimant phrase."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, Optional

from sitrep.model import Attribution, Span
from sitrep.nlp.attribution.resolver import _Resolver
from sitrep.nlp.attribution.words import _text


@dataclass
class _Scan:
    """What every claim of one article is read against: its parse, its id, the claimant resolver and the
    character spans of its quotations (:func:`quote_spans`, in text order)."""
    doc: Any
    aid: str
    rv: _Resolver
    quotes: list[tuple[int, int]]
    q_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.q_starts = [q[0] for q in self.quotes]

    def has_quote(self, s: int, e: int) -> bool:
        """Whether a quotation overlaps the characters ``s``..``e`` (a claim that holds or is a direct quote)."""
        k = bisect.bisect_left(self.q_starts, e)  # quotes starting before e; quotes do not overlap each other
        return k > 0 and self.quotes[k - 1][1] > s

    def person_between(self, after: int, before: int, eid: Optional[str]) -> bool:
        """Whether a person other than ``eid`` is named between the characters ``after`` and ``before``."""
        return any(m.kind == "PERSON" and m.entity_id != eid for m in self.rv.in_span(after, before, with_id=False))

    def attribution(self, s: int, e: int, cue: str, eid: Optional[str], name: Optional[str],
                    c_lo: int, c_hi: int) -> Attribution:
        """The attribution of the claimant phrase at characters ``s``..``e`` to the claim ``c_lo``..``c_hi``."""
        return Attribution(Span(self.aid, s, e, _text(self.doc)[s:e]), cue, eid, name, c_lo, c_hi)
