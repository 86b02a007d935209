"""Protest readings found on tests/data/protest_reports4 and protest_reports5 (branch protests6 of 2026-12-06): a
counter-demonstration is a protest of its own. Sentences written for these tests; people, groups and incidents
are made up, the towns real."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

TUESDAY = dt.date(2025, 6, 3)


def _protests(ann, text):  # type: ignore[no-untyped-def]
    """The protests told as fact, read in a report of Wednesday 4 June 2025."""
    an = ann.annotate(text, DocContext("p6", published=TUESDAY + dt.timedelta(days=1)))
    evs = [e for e in an.events if e.modality == "asserted" and e.event_type in ("Protests", "Riots")]
    return evs, [(e.sub_event_type, e.trigger.text if e.trigger else None, e.date_start) for e in evs]


# (text, number of protests told as fact, what is checked)
CASES = [
    ("Several thousand nurses protested outside the regional hospital in Kraljevo on Tuesday against unpaid "
     "overtime, and the gathering ended after speeches.\n\n"
     "A smaller group of supporters of the hospital director held a counter-rally in a square near the market.",
     2, "a counter-rally told in a sentence of its own is another protest"),
    ("Thousands of fishermen marched through Negombo on Tuesday against a new harbour levy.\n\n"
     "A few hundred members of a traders' guild staged a counter-demonstration outside the bus stand. "
     "The counter-demonstrators, holding placards praising the levy, stood a few hundred metres away.",
     2, "the counter-demonstrators retold join the counter-demonstration, not the march"),
    ("Several thousand nurses protested outside the regional hospital in Kraljevo on Tuesday against unpaid "
     "overtime.\n\nThe protesters carried banners and the rally ended after speeches.",
     1, "a protest told again without a counter- word stays one"),
    ("Nine people were arrested after supporters of a road-toll rally and counter-protesters clashed in Bruges "
     "on Tuesday, police said.\n\nAbout 200 people attended the rally outside the town hall, while a larger "
     "crowd of counter-protesters gathered behind police lines across the square.",
     1, "supporters and counter-protesters told clashing in one sentence are one riot"),
]


@pytest.mark.parametrize("text,n,what", CASES, ids=[c[2] for c in CASES])
def test_counter_demonstrations(ann, text, n, what):  # type: ignore[no-untyped-def]
    evs, told = _protests(ann, text)
    assert len(evs) == n, (what, told)


def test_a_main_verb_parsed_as_a_participle_is_read_as_past(ann):  # type: ignore[no-untyped-def]
    from sitrep.events.demonstration_day import main_verb_read_as_participle

    doc = ann.nlp("In the evening, several thousand supporters of the opposition gathered in Freedom Square for a "
                  "rally against a proposed electoral change.")
    gathered = next(t for t in doc if t.text == "gathered")
    assert main_verb_read_as_participle(gathered), [(t.text, t.tag_, t.dep_) for t in doc]
    doc = ann.nlp("The supporters gathered in the square were dispersed by police.")
    gathered = next(t for t in doc if t.text == "gathered")
    assert not main_verb_read_as_participle(gathered), [(t.text, t.tag_, t.dep_) for t in doc]
