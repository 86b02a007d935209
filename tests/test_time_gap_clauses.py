"""A "when/after/as" clause measured off by an hour or more ("a day after soldiers clashed", "two weeks after a bomb
exploded") tells an earlier incident of its own, not the cause of the killing it hangs under
(events/triggers.apart_in_time): both events are kept, the killing with its toll. Without a span of time the clause
stays the killing's cause ("killed when a bomb exploded": one event). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def violent(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("gap", published=dt.date(2025, 3, 10)))
    figs = {f.id: f for f in an.figures}
    return sorted((e.sub_event_type or e.event_type, str(e.date_start),
                   max((figs[i].low for i in e.figures if i in figs and figs[i].what == "killed"), default=None))
                  for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted")


@pytest.mark.parametrize("text, want", [
    ("Gunmen killed six herders on Saturday, a day after soldiers clashed with bandits near Zurmi.",
     [("Armed clash", "2025-03-07", None), ("Attack", "2025-03-08", 6)]),
    ("Raiders killed three villagers near Zurmi on Sunday, two days after a bomb exploded at the cattle market.",
     [("Attack", "2025-03-09", 3), ("Remote explosive/landmine/IED", "2025-03-07", None)]),
])
def test_a_clause_a_day_or_more_before_is_an_incident_of_its_own(ann, text, want):  # noqa: F811
    assert violent(ann, text) == want


def test_a_clause_with_no_span_of_time_stays_the_cause(ann):  # noqa: F811
    got = violent(ann, "Three traders were killed on Sunday when a bomb exploded at the cattle market in Zurmi.")
    assert [(t, n) for t, _, n in got] == [("Remote explosive/landmine/IED", 3)]
