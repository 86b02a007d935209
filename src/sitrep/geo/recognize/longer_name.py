"""A match inside a longer capitalised name (``sub_run``, no cue) is a piece of that name, not a place: its head noun
("Delta" of "the Nile Delta"), or a name that is no country, big town or first-level unit of the article's
countries ("Notre Dame" in "Notre Dame Fighting Irish"); where the longer name is some place's, that place is kept,
marked ``embedded``. A town before a police force's name is not cut ("Prince George RCMP")."""

from __future__ import annotations

from typing import Any, Optional

from sitrep.geo.candidate import Candidate, SpanIndex
from sitrep.geo.force_names import before_a_force
from sitrep.geo.name_evidence import head_word
from sitrep.geo.name_runs import is_cap as _is_cap
from sitrep.geo.span_evidence import PLACE_LABELS


class _LongerName:
    """A piece of a longer capitalised name (a step of :class:`Recognizer`)."""

    def _piece_of_a_longer_name(self, doc: Any, c: Candidate, span: Any, prominent: bool,
                                names_ix: Optional[SpanIndex], focus: tuple[str, ...], lower_words: frozenset[str],
                                person_names: frozenset[str]) -> bool:
        """True when a match inside a longer capitalised run (``sub_run``, with no cue) is a piece of that name,
        not a place: its head noun ("Delta" of "the Nile Delta", "Northwest" of "Pacific Northwest"), or a name
        that is no country, big town or first-level unit of the article's countries ("Notre Dame" in "University
        of Notre Dame Fighting Irish"; "Midlands" in "West Midlands" is no Zimbabwean province in a British
        story). Where the longer name is some place's ("the Owensboro Public Schools", "IBA-Karachi"), the
        candidate keeps that place, marked ``embedded``."""
        if not c.scores.get("sub_run") or c.cue or before_a_force(doc, span.end):
            return False  # "Prince George RCMP": the force's town (geo/force_names.py)
        if span.start > 0 and _is_cap(doc[span.start - 1]) and head_word(c.text):
            return True
        if not (prominent and c.label in PLACE_LABELS) and not any(
                e.fcode == "PCLI" or e.population >= 100_000
                or e.fcode == "ADM1" and (not focus or e.country in focus) for e in c.entries):
            inside = self._inside(doc, c, names_ix, focus, lower_words | person_names)
            if inside:
                c.entries, c.scores["embedded"] = inside, 1.0
            else:
                return True
        return False
