"""The entry point: which spans are tried, in which order (:meth:`Recognizer.candidates`): an upper-case dateline
read whole, the model's entity spans, "X and Y" countries, the capitalised runs, then the states and countries after
their towns, and which of them stand. The class gathers the steps, one module each (its bases)."""

from __future__ import annotations

from typing import Any

from sitrep.geo.candidate import Candidate, SpanIndex
from sitrep.geo.datelines import state_dateline_towns
from sitrep.geo.entity_lists import without_lists
from sitrep.geo.force_names import without_forces
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.name_runs import name_runs as _name_runs
from sitrep.geo.recognition_lists import not_places
from sitrep.geo.span_evidence import blocked_spans, entity_evidence
from sitrep.geo.span_reader import SpanReader
from sitrep.nlp.doctext import doc_ents, doc_text
from sitrep.geo.recognize.adjectives import _Demonyms
from sitrep.geo.recognize.blank import _Blank
from sitrep.geo.recognize.contained import _Contained
from sitrep.geo.recognize.dateline_head import _DatelineHead
from sitrep.geo.recognize.entity_names import _EntityNames
from sitrep.geo.recognize.in_a_name import _InAName
from sitrep.geo.recognize.joined_names import _JoinedNames
from sitrep.geo.recognize.keep import _Keep
from sitrep.geo.recognize.longer_name import _LongerName
from sitrep.geo.recognize.lookup import _Lookup
from sitrep.geo.recognize.not_a_town import _NotATown
from sitrep.geo.recognize.people_cue import _PeopleCue
from sitrep.geo.recognize.people_unit import _PeopleUnit
from sitrep.geo.recognize.reject import _Reject
from sitrep.geo.recognize.run_names import _RunNames


class Recognizer(_Lookup, _DatelineHead, _EntityNames, _JoinedNames, _RunNames, _Contained, _Keep,
                 _PeopleCue, _Reject, _InAName, _LongerName, _NotATown, _Blank, _Demonyms, _PeopleUnit):
    """Finds place-name candidates in a parsed spaCy Doc."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz

    def candidates(self, doc: Any, ctx: Any, analysis: Any, focus: tuple[str, ...] = ()) -> list[Candidate]:
        """The places ``doc`` names, in text order: the gazetteer matches over its entity spans, its "X and Y"
        countries and its capitalised runs (:class:`~sitrep.geo.span_reader.SpanReader` reading each span), with
        the state or country after a town (:meth:`_containers`), then those that stand (:meth:`_keep`)."""
        text = doc_text(doc)
        ents = without_lists(doc_ents(doc))  # "Ingham, Charters Towers" is no organisation (geo/entity_lists.py)
        ents, force_towns = without_forces(ents)  # "Kelowna RCMP" is no person (geo/force_names.py)
        org_pat, stop = not_places()
        evidence = entity_evidence(ents, analysis)
        evidence.labels.update((span, "GPE") for span in force_towns)
        blocked_ix = SpanIndex(blocked_spans(text, org_pat))
        read = SpanReader(doc, text, self._doc_lookup(), stop, blocked_ix, evidence.labels, focus)
        read.called_towns |= state_dateline_towns(text)
        covered = [False] * len(doc)  # tokens already inside an accepted candidate
        out = self._dateline_head(doc, read, covered)
        more, cut_start = self._entity_names(doc, ents, read, covered)
        out += more
        runs = _name_runs(doc)
        out += self._joined_names(doc, runs, covered)
        out += self._run_names(doc, runs, read, covered, cut_start)
        # "Pleasanton, Calif.", "Red Oak, Iowa", "Tripoli, Lebanon": a state's abbreviation right after one of its
        # towns is that state, and a name followed by the state or country holding it is a place
        out = self._containers(text, out)
        return self._keep(doc, text, ents, out, evidence.person_spans, evidence.known_orgs, stop, blocked_ix, focus,
                          read.texts)
