"""Protest and riot readings found on tests/data/protest_reports6 and protest_reports5 (branch protests7 of
2026-12-06): a road held by people sitting on it is a protest, not a riot; residents who beat or stone a suspect to
death are a mob; gendarmes are state forces; tear gas thrown by the police is no crowd's violence. Sentences
written for these tests; people and incidents are made up, the towns real."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

TUESDAY = dt.date(2025, 6, 3)


def _told(ann, text):  # type: ignore[no-untyped-def]
    """The events told as fact, read in a report of Wednesday 4 June 2025: (sub-type, trigger)."""
    an = ann.annotate(text, DocContext("p7", published=TUESDAY + dt.timedelta(days=1)))
    return [(e.sub_event_type, e.trigger.text if e.trigger else None) for e in an.events if e.modality == "asserted"]


@pytest.mark.parametrize("text,reading", [
    ("Hundreds of sugarcane growers sat on the railway tracks near Saharanpur for four hours on Tuesday over unpaid "
     "dues.", ("Peaceful protest", "sat")),  # people sitting on a railway line are a protest
    ("Gendarmes used tear gas and then opened fire with live rounds on traders protesting against a market tax in "
     "Bouake on Tuesday, killing three of them, witnesses said.",
     ("Excessive force against protesters", "gas")),  # gendarmes are state forces: their live fire is excessive force
])
def test_reading_of_the_sentence(ann, text, reading):  # type: ignore[no-untyped-def]
    told = _told(ann, text)
    assert reading in told, told


def test_a_blocked_street_held_by_a_sit_down_is_no_riot(ann):  # type: ignore[no-untyped-def]
    text = ("Police detained 17 people in Tbilisi on Tuesday as they cleared pensioners who had blocked a street "
            "outside the city hall.\n\nThe pensioners sat down in the road in the morning and refused to move.")
    told = _told(ann, text)
    subs = {s for s, _ in told}
    assert "Violent demonstration" not in subs and "Protest with intervention" in subs, told


def test_a_blocked_street_with_no_sit_down_keeps_its_reading(ann):  # type: ignore[no-untyped-def]
    # the CASE gold reads a crowd's road block as a riot: without a sit-down nothing changes
    text = ("Police detained 17 people in Tbilisi on Tuesday as they cleared pensioners who had blocked a street "
            "outside the city hall.\n\nThe pensioners chanted slogans in the morning and refused to move.")
    told = _told(ann, text)
    assert ("Violent demonstration", "detained") in told, told


def test_residents_stoning_two_men_to_death_are_a_mob(ann):  # type: ignore[no-untyped-def]
    told = _told(ann, "Residents of a village near Kisumu stoned two men to death on Tuesday after accusing them "
                      "of stealing a cow, police said.")
    assert [s for s, _ in told] == ["Mob violence"], told


def test_a_group_of_neighbours_beating_a_suspect_are_a_mob(ann):  # type: ignore[no-untyped-def]
    told = _told(ann, "A group of neighbours caught a suspected burglar in Mwanza on Tuesday and beat him until he "
                      "died, police said.")
    assert ("Mob violence", "beat") in told and "Attack" not in {s for s, _ in told}, told


def test_gunmen_beating_a_man_stay_an_attack(ann):  # type: ignore[no-untyped-def]
    told = _told(ann, "Armed men beat a shopkeeper to death in Mwanza on Tuesday, police said.")
    assert "Mob violence" not in {s for s, _ in told}, told




def test_tear_gas_thrown_by_the_police_is_no_riot(ann):  # type: ignore[no-untyped-def]
    text = ("Gendarmes used tear gas and then opened fire with live rounds on traders protesting against a market "
            "tax in Bouake on Tuesday, killing three of them, witnesses said.\n\n\"They threw tear gas, and when "
            "nobody ran they began shooting,\" said one trader.")
    told = _told(ann, text)
    assert "Violent demonstration" not in {s for s, _ in told}, told


def test_the_first_day_of_a_strike_is_no_air_strike(ann):  # type: ignore[no-untyped-def]
    told = _told(ann, "Thousands of nurses marched through Porto on Tuesday on the first day of a strike over staffing "
                      "and pay in public hospitals, unions said.")
    assert "Shelling/artillery/missile attack" not in {s for s, _ in told} and ("Peaceful protest", "marched") in told, told


def test_a_demonstration_called_for_a_later_day_is_planned(ann):  # type: ignore[no-untyped-def]
    an = ann.annotate("The teachers' union on Tuesday called a national demonstration in Lisbon for Saturday, June 14, "
                      "against the new pension law.", DocContext("p7", published=TUESDAY + dt.timedelta(days=1)))
    demos = [e for e in an.events if e.event_type == "Protests"]
    assert demos and all(e.modality == "planned" for e in demos), [(e.modality, e.trigger.text) for e in demos]


def test_a_counter_rally_told_in_a_while_clause_of_the_lead_is_another_protest(ann):  # type: ignore[no-untyped-def]
    an = ann.annotate("Several thousand people joined a march for tenants' rights in Gdansk on Tuesday, while a few "
                      "hundred landlords staged a counter-rally outside the city hall.",
                      DocContext("p7", published=TUESDAY + dt.timedelta(days=1)))
    protests = [e for e in an.events if e.modality == "asserted" and e.event_type == "Protests"]
    assert len(protests) == 2, [(e.sub_event_type, e.trigger.text) for e in protests]


def test_a_protest_joined_to_a_deed_after_an_opening_day_takes_that_day(ann):  # type: ignore[no-untyped-def]
    text = ("Residents burnt tyres and pelted police with stones in Sukkur on Tuesday, police said. On Monday, "
            "traders in Rohri closed their shops and held a peaceful demonstration outside the press club.")
    an = ann.annotate(text, DocContext("p7", published=TUESDAY + dt.timedelta(days=1)))
    rohri = [e for e in an.events if e.event_type == "Protests" and e.place is not None and e.place.name == "Rohri"]
    assert rohri and all(e.date_start == TUESDAY - dt.timedelta(days=1) for e in rohri), \
        [(e.trigger.text, e.date_start, e.place.name if e.place else None) for e in an.events]


def test_a_sit_down_in_a_relative_clause_takes_the_detentions_day(ann):  # type: ignore[no-untyped-def]
    an = ann.annotate("Police detained more than 90 pensioners in Utrecht on Tuesday who sat down on the ring road to "
                      "demand higher allowances.", DocContext("p7", published=TUESDAY + dt.timedelta(days=1)))
    protests = [e for e in an.events if e.event_type == "Protests" and e.modality == "asserted"]
    assert protests and all(e.date_start == TUESDAY for e in protests), [(e.trigger.text, e.date_start) for e in protests]
