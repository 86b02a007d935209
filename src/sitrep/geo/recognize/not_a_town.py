"""Street, person and clutter exclusions: names the gazetteer also lists as towns that the words around them show to
be a street or address, a person's name (with a title, a given name, an age, a verb of saying), the head of a
facility's name or a count, a disease or a common word (the tests themselves in geo/word_evidence.py and
geo/person_evidence.py; the word lists in data/geo_not_towns.tsv)."""

from __future__ import annotations

from typing import Any

from sitrep.geo.candidate import Candidate
from sitrep.geo.gazetteer import precision_of
from sitrep.geo.kind_words import COARSE, not_towns
from sitrep.geo.person_evidence import a_given_name_or_age, a_persons_name, after_a_title_or_prefix
from sitrep.geo.word_evidence import a_disease_or_word, an_address, heads_a_facility_or_count
from sitrep.nlp.doctext import doc_text


class _NotATown:
    """Streets, persons and clutter listed as towns (a step of :class:`Recognizer`)."""

    @staticmethod
    def _not_a_town(doc: Any, c: Candidate, span: Any, listed: bool = False, focus: tuple[str, ...] = ()) -> bool:
        """Streets, persons, page clutter and common words that the gazetteer also lists as towns (``focus``: the
        article's countries)."""
        words = not_towns()
        text = doc_text(doc)
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.text == "." and span.end + 1 < len(doc):
            nxt = None
        coarse = any(precision_of(e) in COARSE and e.primary for e in c.entries)
        if nxt is not None and nxt.lower_ in ("'s", "’s") and span.end + 1 < len(doc) \
                and doc[span.end + 1].text[:1].isupper() \
                and not any(e.primary and precision_of(e) == "country" for e in c.entries):
            nxt = doc[span.end + 1]  # "St. Peter's Square", "Carrow's Market Street": the possessive's head noun
        return an_address(doc, c, span, nxt, coarse, words) or a_persons_name(doc, c, span, coarse, focus) \
            or heads_a_facility_or_count(doc, c, span, nxt, coarse, words, text) \
            or after_a_title_or_prefix(doc, c, span, coarse, words) \
            or a_given_name_or_age(doc, c, span, coarse, words, text) \
            or a_disease_or_word(doc, c, span, nxt, coarse, words, listed, focus)
