"""Person and organisation exclusions: a candidate inside another's name names no place there ("Vladimir" in
"Vladimir Putin", "Chief Ray Lebanon", "Boise State" where the name does not say which town), unless the name says
which place it is named after ("the Texas Rangers", "Seattle police"): that place is kept, marked ``embedded`` (a
reference, never an event's place). Evidence: the person and organisation spans of the model and the actor
dictionary, a title before a surname, the words of the text in lower case or in persons' names."""

from __future__ import annotations

from typing import Any, Optional

from sitrep.geo.candidate import Candidate, SpanIndex
from sitrep.geo.gazetteer import Entry
from sitrep.geo.name_evidence import named_inside
from sitrep.geo.name_runs import is_cap as _is_cap
from sitrep.geo.person_evidence import titled_surname
from sitrep.geo.revival import known_unambiguous


class _InAName:
    """A candidate inside a person's or organisation's name (a step of :class:`Recognizer`)."""

    def _in_a_name(self, doc: Any, c: Candidate, span: Any, person_ix: SpanIndex, org_starts: frozenset[int],
                   names_ix: Optional[SpanIndex], focus: tuple[str, ...], lower_words: frozenset[str],
                   person_names: frozenset[str]) -> bool:
        """True when the candidate stands inside another's name and names no place there: the town an institution
        is named after ("Boise State") where the name alone does not say which town it is; a country's name as
        the surname of a person the text titles ("Chief Ray Lebanon"); a word of a multi-word person's or
        organisation's name ("Vladimir" in "Vladimir Putin"). Where the name does say which place it is named
        after ("the Texas Rangers", "Seattle police"), the candidate keeps that place, marked ``embedded``: a
        reference to it, never an event's place."""
        if c.scores.get("named_for"):
            inside = self._inside(doc, c, names_ix, focus, lower_words | person_names)
            if not inside:
                return True
            c.entries, c.scores["embedded"] = inside, 1.0
        if not c.cue and person_ix.contains(c.start, c.end, strict=True):
            big = max(c.entries, key=lambda e: (e.fclass == "A", e.population))
            if names_ix is not None and names_ix.contains(c.start, c.end, strict=True) and titled_surname(doc, span):
                return True
            if not (big.fclass == "A" and big.fcode == "PCLI"):
                inside = [] if c.start in org_starts else \
                    self._inside(doc, c, names_ix, focus, lower_words | person_names)
                if c.start in org_starts and not (names_ix and names_ix.contains(c.start, c.end)) \
                        and known_unambiguous(c):
                    c.scores["embedded"] = 1.0
                elif inside:
                    c.entries, c.scores["embedded"] = inside, 1.0
                else:
                    return True
        return False

    @staticmethod
    def _inside(doc: Any, c: Candidate, names_ix: Optional[SpanIndex], focus: tuple[str, ...],
                words: frozenset[str] = frozenset()) -> list[Entry]:
        """``named_inside`` for a candidate outside any person's name, with whether it heads the longer name;
        ``words``: words of the text that say it is no such place (in lower case there, or in a person's name)."""
        if names_ix is not None and names_ix.contains(c.start, c.end) or c.text.lower() in words:
            return []
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            return []
        prev = doc[span.start - 1] if span.start > 0 else None
        head = prev is None or not _is_cap(prev) or prev.lower_ == "the" or span[0].is_sent_start
        return named_inside(c, head, focus)
