"""Decides a finding of a death (:func:`found_death`: "was found dead", "his body was found") and its day: that
day or the night before (:func:`found_before`). Read by events/incident_date too. Tests:
tests/test_event_dates_hours_found.py.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import replace

from sitrep.events.date.verbs import _violent_noun, _violent_verb, lemmas
from sitrep.model import TimeExpr
from sitrep.nlp.timelex import lexicon


def found_death(verb) -> bool:  # type: ignore[no-untyped-def]
    """A finding of a death: "was found dead", "his body was found", "were found shot", "found with stab
    wounds" (a finding verb with a death word or a word of violence among its dependents, two levels down)."""
    lx = lexicon()
    if verb.pos_ not in ("VERB", "AUX") or not any(w in lx.finding_verbs for w in lemmas(verb)):
        return False
    near = [c for c in verb.children if c.dep_ not in ("ccomp", "conj", "advcl", "relcl", "parataxis")]
    near += [g for c in near for g in c.children if g.dep_ not in ("ccomp", "conj", "relcl", "parataxis")]
    return any(x.lower_ in lx.death_signs or (x.pos_ == "VERB" and _violent_verb(x)) or
               (x.pos_ == "NOUN" and _violent_noun(x)) for x in near)


def found_before(t: TimeExpr) -> TimeExpr:
    """The day a death was found: it happened that day or the night before (an interval of both days)."""
    assert t.start is not None
    return replace(t, start=t.start - _dt.timedelta(days=1), end=t.start, precision="day",
                   anchor=f"time:{t.start.isoformat()} (found then)")
