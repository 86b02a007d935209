"""A death count over a whole war or campaign is a key figure of the story, never one incident's toll (sentences
written for these tests)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES, Article
from sitrep.nlp.annotate import Annotator, DocContext
from sitrep.stories import link_story

PUB = dt.date(2023, 5, 6)


@pytest.fixture(scope="module")
def story():
    ann = Annotator()

    def build(text):  # type: ignore[no-untyped-def]
        an = ann.annotate(text, DocContext("w1", published=PUB))
        art = Article(id="w1", text=text, published=PUB, published_precision="day")
        return an, link_story("s-w1", [art], {"w1": an}).story
    return build


def deed_tolls(an):  # type: ignore[no-untyped-def]
    return [e.fatalities.low for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"
            and e.fatalities is not None]


@pytest.mark.parametrize("text", [
    "Since the war began, 3,000 people have died in Ostrel province.",
    "Since the start of the rebel offensive, 40 soldiers have been killed around Ostrel.",
    "The rebel offensive on the port, which opened in early May and by now has killed 900 people, was condemned.",
    "The insurgency has killed 3,000 people in Ostrel province.",
    "More than 4,500 villagers have died in Ostrel province during the war.",
    "Curfews were imposed after the start of the rebel offensive in the port city, which opened on 2 May and by "
    "now has killed 900 people.",
])
def test_a_count_over_a_war_or_campaign_is_no_incidents_toll(story, text):
    an, st = story(text)
    assert deed_tolls(an) == []
    assert st.totals is None or not st.totals.n_incidents
    war = [f for f in an.figures if f.what == "killed"]
    assert len(war) == 1 and war[0].background


def test_a_war_total_is_a_key_figure_of_its_own_beside_the_incident(story):
    an, st = story("Rebels attacked the town of Tarvel on Monday, killing 12 soldiers. "
                   "The offensive has killed about 900 people.")
    assert deed_tolls(an) == [12]
    assert st.totals.best == 12
    rows = {(k.period, k.group): [(c.low, c.high) for c in k.claims] for k in st.key_figures if k.what == "killed"}
    assert rows[(False, "soldier")] == [(12, 12)]
    assert [v for (period, _g), v in rows.items() if period] == [[(810, 990)]]


@pytest.mark.parametrize("text,count", [
    ("Rebels killed 12 soldiers in Tarvel on Monday, the worst attack since the war began.", 12),
    ("The offensive killed 12 soldiers in Tarvel on Monday.", 12),
    ("The fighting has killed 30 people in Tarvel.", 30),
])
def test_an_incident_told_beside_a_war_keeps_its_toll(story, text, count):
    an, _st = story(text)
    assert deed_tolls(an) == [count]
