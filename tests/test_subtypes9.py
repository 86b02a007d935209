"""Branch subtypes9 tests (own sentences, made-up places): a present passive with a frequency is a habit; a pact
broken or of earlier years is no new agreement; a side's "agreed to" and "the deal was brokered by" after a deal
told before are that deal, no second one."""
from __future__ import annotations

import datetime as dt

import pytest

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.nlp.annotate import DocContext

D = dt.date


def _events(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=D(2025, 6, 11)))
    return [(e.trigger.text, e.sub_event_type, e.modality) for e in an.events if e.event_type != "Political"]


def _asserted(ann, text, sub):  # type: ignore[no-untyped-def]
    return [t for t, s, m in _events(ann, text) if s == sub and m == "asserted"]


# -- "is shelled almost every day": a habit (events/modality habitual_passive) --------------------------------------

def test_present_passive_with_a_frequency_is_a_habit(ann):
    got = _events(ann, "Tarvosk lies across the river from the front and is shelled almost every day, the "
                       "governor said.")
    assert [m for t, s, m in got if t == "shelled"] == ["background"]


def test_present_passive_without_a_frequency_is_left_alone(ann):
    got = _events(ann, "Tarvosk was shelled on Tuesday, killing two men, the governor said.")
    assert [m for t, s, m in got if t == "shelled"] == ["asserted"]


# -- a pact broken or of earlier years (events/standing_pact); a deal's terms and retelling (events/deal_terms) -----

_PACTS = [
    # a pact broken, or of earlier years: no new agreement
    ("Brennick militia leaders signed a truce with the Osmarra council on Tuesday, a mediator said. The council said "
     "the militia's raid last month broke a ceasefire. Earlier truces in the area broke down within months.",
     ["signed"]),
    # "agreeing to share wells", "The deal was brokered by", "agreed to suspend": the truce told before
    ("Brennick militia leaders and Osmarra elders signed a truce in Kelldun on Tuesday, agreeing to share wells and "
     "to free hostages, a mediator said. The deal was brokered by a local scholar. The council agreed to suspend "
     "arrest warrants against the militia's leaders.", ["signed"]),
    # a guard: an agreement told once stays
    ("The Brennick militia and the Osmarra council agreed to stop fighting on Tuesday, a mediator said.", ["agreed"]),
]


@pytest.mark.parametrize("text,want", _PACTS)
def test_agreements_told_once(ann, text, want):
    assert _asserted(ann, text, "Agreement") == want
