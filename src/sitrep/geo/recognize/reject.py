"""Whether a candidate is no place, the rejections in their order: inside another's name
(geo/recognize/in_a_name.py), a street, person or clutter (geo/recognize/not_a_town.py), upper case, a field
label's word, lower case, one word that is a common word, a person's name or an institution, a piece of a longer
name (geo/recognize/longer_name.py), and no evidence at all (no cue, label or prominent entry). On the way it marks
weak candidates (no exact match and no cue, no primary entry, a person's label)."""

from __future__ import annotations

from typing import Any, Optional

from sitrep.geo.candidate import Candidate, SpanIndex
from sitrep.geo.name_runs import article_led, is_cap as _is_cap
from sitrep.geo.person_evidence import persons_name
from sitrep.geo.span_evidence import PLACE_LABELS
from sitrep.geo.word_evidence import common_word, institution_after_the, lacks_evidence, upper_case_no_place
from sitrep.nlp.doctext import doc_text
from sitrep.nlp.incident_field import in_field_label


class _Reject:
    """Whether a candidate is no place (a step of :class:`Recognizer`)."""

    def _reject(self, doc: Any, c: Candidate, person_ix: SpanIndex, stop: frozenset[str],
                lower_words: frozenset[str] = frozenset(), person_names: frozenset[str] = frozenset(),
                org_starts: frozenset[int] = frozenset(), names_ix: Optional[SpanIndex] = None,
                focus: tuple[str, ...] = (), listed: bool = False, full_names: frozenset[str] = frozenset(),
                repeated: bool = False) -> bool:
        """True when the candidate is no place. ``listed``: it stands in a list next to a recognised place
        (geo/listed.py), which is the evidence a bare name otherwise lacks: a person's label or name elsewhere, a
        leading "the", or no locative word or prominent entry then reject it no more. ``full_names``: the words of
        the text's persons' names of two words or more. The steps, in order (some narrow the candidate's entries
        or mark it weak on the way): inside another's name (:meth:`_in_a_name`), no town (:meth:`_not_a_town`),
        upper case (:func:`upper_case_no_place`), lower case, one word that is a common word, a person's name
        or an institution (:func:`common_word`, :func:`persons_name`, :func:`institution_after_the`), a piece
        of a longer name (:meth:`_piece_of_a_longer_name`), no evidence (:func:`lacks_evidence`); a word of a
        release's field label ("Time" of "Date/Time:", nlp/incident_field.py)."""
        if c.scores.get("abbrev"):
            return False  # a state's abbreviation right after one of its towns
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            return True
        if self._in_a_name(doc, c, span, person_ix, org_starts, names_ix, focus, lower_words, person_names):
            return True
        first = span[0]
        if self._not_a_town(doc, c, span, listed, focus):
            return True
        if c.match != "exact" and not c.cue:
            c.weak = True
        if c.match == "exact" and not any(e.primary for e in c.entries) and not c.cue and c.label not in PLACE_LABELS:
            c.weak = True
        if upper_case_no_place(doc, c) or in_field_label(doc_text(doc), c.start, c.end):
            return True
        if c.text[:1].islower() and not (article_led(c.text) and not (span.start > 0 and _is_cap(doc[span.start - 1]))):
            return True  # (but "near al-Sukhnah": the Arabic article, in lower case before the name; not inside a
            # longer name: "el-Oued" of "Bab el-Oued" is no El Oued)
        if len(span) == 1 and not c.text.isupper() and (
                common_word(c, first, lower_words, focus, repeated)
                or persons_name(c, span, first, person_names, full_names, focus, listed)
                or institution_after_the(doc, c, first, listed)):
            return True
        best_pop = max((e.population for e in c.entries), default=0)
        prominent = any(e.fclass in ("A", "L", "R", "S") or e.population >= 100_000 for e in c.entries)
        if c.label == "PERSON" and not c.cue and not prominent:
            c.weak = True
        if self._piece_of_a_longer_name(doc, c, span, prominent, names_ix, focus, lower_words, person_names):
            return True
        return lacks_evidence(c, listed, best_pop)
