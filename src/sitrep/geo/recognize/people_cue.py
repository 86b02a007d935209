"""Locative evidence from a noun of people: a name qualifying it ("a Dunmore woman", "Carrow residents",
data/geo_people_nouns.tsv) names where they live, so it takes the 'context' cue, keeping only its entries in the
article's countries (a big city abroad keeps its own)."""

from __future__ import annotations

from typing import Any

from sitrep.geo.candidate import Candidate
from sitrep.geo.name_evidence import INSIDE_BIG_TOWN
from sitrep.geo.word_evidence import people_of


class _PeopleCue:
    """A name qualifying a noun of people (a step of :class:`Recognizer`)."""

    @staticmethod
    def _people_cue(doc: Any, c: Candidate, focus: tuple[str, ...]) -> None:
        """A name qualifying a noun of people ("a Dunmore woman", "Carrow residents", data/geo_people_nouns.tsv)
        names where they live: the 'context' cue, with only the entries in the article's countries (the
        construction names a place of the story's own area; none there, nothing changes)."""
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or span.end >= len(doc) or not people_of(doc, span):
            return
        local = [e for e in c.entries if e.country in focus]
        big = max(c.entries, key=lambda e: e.population, default=None)
        if local and big is not None and big.country not in focus and big.fclass == "P" \
                and big.population >= INSIDE_BIG_TOWN and big.population >= 20 * max(e.population for e in local):
            c.cue = "context"  # "issued by London police" in a story of another country: the big city stays in
        elif local:
            c.entries, c.cue = local, "context"
