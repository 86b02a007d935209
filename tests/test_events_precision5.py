"""Event precision, fifth round (branch precision2): extra events on the own report sets, by cause. Sentences
written for these tests; the people and incidents are made up (the towns are real, so that the gazetteer places
them)."""
from __future__ import annotations

import datetime as dt
import functools

import pytest

PUB = dt.date(2025, 6, 12)  # a Thursday
VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


@functools.lru_cache(maxsize=1)
def _annotator():  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import Annotator

    return Annotator()


def events(text):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    return _annotator().annotate(text, DocContext(article_id="t", published=PUB)).events


def happened(evs, sub=None):  # type: ignore[no-untyped-def]
    return [e for e in evs if e.event_type != "Political" and e.modality in ("asserted", "claimed", "disputed")
            and (sub is None or e.sub_event_type == sub)]


def show(evs):  # type: ignore[no-untyped-def]
    return [(e.sub_event_type, e.trigger and e.trigger.text, e.modality) for e in evs]


# ------------------------------------------------------------------ a stretch of past deeds under a perfect verb
@pytest.mark.parametrize("text", [
    "The border police have detained dozens of suspected smugglers near Kassala in recent months, an official said.",
    "Officials said investigators had since arrested four men accused of helping the bomber.",
    "Government forces have increasingly used heavy barrel bombs against villages near Kassala.",
])
def test_a_deed_over_a_stretch_of_the_past_is_background(text):
    evs = [e for e in events(text) if e.event_type != "Political"]
    assert evs and not happened(evs), show(evs)
    assert all(e.modality == "background" for e in evs), show(evs)


def test_in_recent_months_is_background_but_in_the_past_day_is_news():
    months = events("Police have arrested three men near Kassala in recent months, an official said.")
    day = events("Police have arrested three men near Kassala in the past day, an official said.")
    assert not happened(months, "Arrests") and happened(day, "Arrests"), (show(months), show(day))


# ------------------------------------------------------------------ the object of a plan verb is not told done
def test_a_deed_wanted_by_a_plan_verb_is_planned():
    evs = events("Police have arrested two men suspected of plotting a bomb attack on a stadium in Kassala, the "
                 "ministry said.")
    assert happened(evs, "Arrests"), show(evs)
    assert [e.modality for e in evs if e.sub_event_type == "Remote explosive/landmine/IED"] == ["planned"], show(evs)
    evs = events("The governor ordered an inquiry and the arrest of the commander in charge of the checkpoint in "
                 "Kassala.")
    assert [e.modality for e in evs if e.sub_event_type == "Arrests"] == ["planned"], show(evs)


# ------------------------------------------------------------------ killers rounding up their victims
def test_a_round_up_before_a_killing_is_part_of_the_killing():
    evs = events("Gunmen rounded up villagers near Kassala on Monday and shot them, residents said.")
    assert not happened(evs, "Arrests"), show(evs)
    kill = [e for e in happened(evs) if e.event_type in VIOLENT]
    assert len(kill) == 1, show(evs)
    assert kill[0].date_start == dt.date(2025, 6, 9)  # the day told with the round-up
    alone = events("Police rounded up forty protesters in Kassala on Monday.")  # no killing: an event of its own
    assert happened(alone), show(alone)


# ------------------------------------------------------------------ one side's account of the incident told
def test_a_claimed_account_of_an_asserted_incident_is_the_same_incident():
    evs = events("Marchers clashed with police in Kassala on Monday, officials said. When officers tried to stop "
                 "the procession, the marchers pelted them with stones, the police claimed.")
    riots = happened(evs, "Violent demonstration")
    assert len(riots) == 1 and riots[0].modality == "asserted", show(evs)


def test_the_force_that_dispersed_a_riot_is_not_its_doer():
    evs = events("Party workers clashed with police near Kassala on Friday, officials said. When officers tried to "
                 "stop the march, the workers threw stones at them, the police claimed. Police used tear gas to "
                 "disperse the crowd.")
    riots = [e for e in happened(evs) if e.event_type in ("Riots", "Protests")]
    assert len(riots) == 1, show(evs)
    assert riots[0].actor1 is None or "Police" not in riots[0].actor1.name, riots[0].actor1


def test_a_sides_counter_account_is_the_incident_but_lends_no_doer():
    evs = events("A missile hit the bus station in Kassala on Friday, killing 12 people, officials said. The rebels "
                 "have said that they did not strike the station and that the missile was fired by army units.")
    strikes = [e for e in happened(evs) if e.event_type == "Explosions/Remote violence"]
    assert len(strikes) == 1 and strikes[0].modality == "asserted", show(evs)
    assert strikes[0].actor1 is None, strikes[0].actor1  # the rebels' account names the army: a claim, not a fact


# ------------------------------------------------------------------ a sentence opening on a past time
def test_a_deed_in_a_sentence_opening_on_a_past_year_is_of_that_year():
    evs = events("Students marched through Kassala on Wednesday to demand lower fees. In 2023, a similar march in "
                 "Kassala was broken up by police, who arrested 12 students.")
    arrests = [e for e in evs if e.sub_event_type == "Arrests"]
    assert arrests and arrests[0].modality == "background", show(evs)
    assert arrests[0].date_start == dt.date(2023, 1, 1)
    assert happened(evs, "Peaceful protest"), show(evs)  # the report's own march stays news


# ------------------------------------------------------------------ a participle that says who a group is
@pytest.mark.parametrize("text", [
    "The area around Kassala is disputed by rebels and drug-trafficking gangs.",
    "The militants said they had targeted the invading forces at the airport in Kassala on Monday.",
])
def test_a_participle_before_a_group_noun_is_no_deed(text):
    evs = events(text)
    assert not [e for e in evs if e.event_type != "Political"], show(evs)
