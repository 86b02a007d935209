"""Merging and deduplication of the candidates, and the order of the checks: of overlapping candidates the first and
longest stands; each gets its cue from the words around it (geo/context_cue.py: "the town of X", "in X", "X
province"), from a dateline, a line's heading or the country named before it; an organisation the actor dictionary
knows, or a common phrase ("The city"), is dropped; the rest go through the rejections
(geo/recognize/reject.py), and a rejected name comes back where a list or a repetition vouches for it
(geo/revival.py); what stands is blanked where doubtful (geo/recognize/blank.py), and the demonyms are added
(geo/recognize/adjectives.py)."""

from __future__ import annotations

from typing import Any

from sitrep.geo.candidate import Candidate, SpanIndex
from sitrep.geo.context_cue import TYPE_BEFORE, context_cue
from sitrep.geo.datelines import is_dateline
from sitrep.geo.line_heading import heading_name
from sitrep.geo.force_names import names_a_force_at
from sitrep.geo.name_evidence import dictionary_org
from sitrep.geo.person_evidence import city_not_person, person_surnames
from sitrep.geo.region_evidence import town_sized, unit_of_the_country_before
from sitrep.geo.revival import revive_rejected
from sitrep.geo.surname_towns import placed_by_text
from sitrep.geo.word_evidence import COMMON_PHRASE
from sitrep.nlp.doctext import doc_attr


class _Keep:
    """Which candidates stand (a step of :class:`Recognizer`)."""

    def _keep(self, doc: Any, text: str, ents: Any, out: list[Candidate], person_spans: list[tuple[int, int]],
              known_orgs: set[tuple[int, int]], stop: Any, blocked_ix: SpanIndex, focus: tuple[str, ...],
              texts: Any) -> list[Candidate]:
        """The candidates (``out``, overlapping, longest first at each start) that stand as places: the first of
        overlapping ones, with a cue from their context, not an organisation the actor dictionary knows, not
        rejected as a person's name, a word or clutter (:meth:`_reject`), a rejected one revived by a list or a
        repetition; then blanked where doubtful (:meth:`_blank`), with the demonyms added."""
        lower_words = frozenset(t for t, alpha in zip(texts, doc_attr(doc, "is_alpha")) if alpha and t.islower())
        person_names = frozenset(t.lower_ for ent in ents if ent.label_ == "PERSON"
                                 for t in ((ent[0], ent[-1]) if len(ent) >= 2 else (ent[0],)))
        person_ix = SpanIndex(person_spans)
        full_names = frozenset(t.lower_ for ent in ents if ent.label_ == "PERSON" and len(ent) >= 2 for t in ent)
        for c in out:
            if c.label == "PERSON" and city_not_person(doc, c, full_names):
                c.label = "GPE"
        # where multi-word organisation names begin (after "the"), and the person names a place may not be in
        org_starts = frozenset((e[1] if e[0].lower_ == "the" and len(e) > 2 else e[0]).idx
                               for e in ents if e.label_ == "ORG" and len(e) >= 2)
        names_ix = SpanIndex([(e.start_char, e.end_char) for e in ents if e.label_ == "PERSON"])
        kept, rejected = [], []
        for c in sorted(out, key=lambda c: (c.start, -(c.end - c.start))):
            if kept and c.start < kept[-1].end:
                continue
            if COMMON_PHRASE.fullmatch(c.text):
                continue  # "The city", "The village", "The river" opening a sentence: a noun phrase, no name
            if c.label in ("", "PERSON") and names_a_force_at(doc, c.start, c.end):
                c.label = "GPE"  # "Prince George RCMP", "Gauteng police": the force's town (geo/force_names.py)
            c.cue = c.cue or context_cue(doc, c) or (
                "context" if is_dateline(text, c.start, c.end, town_sized(c)) or heading_name(text, c.start, c.end)
                or unit_of_the_country_before(text, kept[-1] if kept else None, c) else "")
            if dictionary_org(c, known_orgs):
                continue
            if not c.cue and focus:
                self._people_cue(doc, c, focus)
            if c.cue and c.text in person_surnames(doc):
                span = doc.char_span(c.start, c.end, alignment_mode="expand")
                if span is not None and placed_by_text(doc, span, c.entries, text, c.end, self.gaz, TYPE_BEFORE):
                    c.scores["placed"] = 1.0  # "the town of Gonzaga" after "Gov. Rafael Gonzaga" (geo/surname_towns.py)
            if self._reject(doc, c, person_ix, stop, lower_words, person_names, org_starts, names_ix, focus,
                            full_names=full_names):
                rejected.append(c)
                continue
            kept.append(c)
        if rejected:
            kept = revive_rejected(text, ents, kept, rejected, full_names, lambda c, repeated=False: self._reject(
                doc, c, person_ix, stop, lower_words, person_names, org_starts, names_ix, focus, listed=True,
                full_names=full_names, repeated=repeated))
        for c in kept:
            self._blank(doc, c, focus)
        dem = self._demonyms(doc, kept, blocked_ix)
        return sorted(kept + dem, key=lambda c: c.start) if dem else kept
