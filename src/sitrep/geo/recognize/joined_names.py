"""Candidate spans of a country or first-level unit named "X and Y" ("Trinidad and Tobago", "Bosnia and
Herzegovina"): two capitalised runs joined by "and" or "&" whose whole is such a place's own name in the gazetteer."""

from __future__ import annotations

from typing import Any, Optional

from sitrep.geo.candidate import Candidate
from sitrep.geo.gazetteer import precision_of


class _JoinedNames:
    """Candidates named "X and Y" (a step of :class:`Recognizer`)."""

    def _joined_names(self, doc: Any, runs: list[tuple[int, int]], covered: list[bool]) -> list[Candidate]:
        """A country named "X and Y" ("Trinidad and Tobago", "Bosnia and Herzegovina"): two capitalised runs joined
        by "and" or "&", not all read already, whose whole is a country's or first-level unit's own name
        (:meth:`_joined`); their tokens are marked ``covered``."""
        out = []
        for (a0, a1), (b0, b1) in zip(runs, runs[1:]):
            if b0 != a1 + 1 or doc[a1].lower_ not in ("and", "&") or all(covered[k] for k in range(a0, b1)):
                continue
            c = self._joined(doc, max(a0, a1 - 3), a1, min(b1, b0 + 3))
            if c is not None:
                out.append(c)
                for k in range(doc.char_span(c.start, c.end, alignment_mode="expand").start,
                               doc.char_span(c.start, c.end, alignment_mode="expand").end):
                    covered[k] = True
        return out

    def _joined(self, doc: Any, a0: int, a1: int, b1: int) -> Optional[Candidate]:
        """The longest "X and Y" across ``doc[a0:b1]`` (the "and" at ``a1``) that is the own name of a country or a
        first-level unit, as a candidate."""
        for i in range(a0, a1):
            for j in range(b1, a1 + 1, -1):
                span = doc[i:j]
                es, how = self.lookup(span.text)
                if how == "exact" and any(e.primary and precision_of(e) in ("country", "province") for e in es):
                    return Candidate(span.start_char, span.end_char, span.text, es, how)
        return None
