"""Protest and riot readings found on tests/data/protest_reports7 (branch protests8 of 2026-12-06): arrests told
with a riot or a sit-down ("detained 30 people after fans fought", "those detained") are part of it; a club's
supporters at a match and inmates rioting in a prison are a mob; a mob whose sentence names a protest is a violent
demonstration; "no one was arrested" is no intervention. Sentences written for these tests; people and incidents
are made up, the towns real."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

TUESDAY = dt.date(2025, 6, 3)


def _told(ann, text):  # type: ignore[no-untyped-def]
    """The events told as fact, read in a report of Wednesday 4 June 2025: (sub-type, trigger)."""
    an = ann.annotate(text, DocContext("p8", published=TUESDAY + dt.timedelta(days=1)))
    return [(e.sub_event_type, e.trigger.text if e.trigger else None) for e in an.events if e.modality == "asserted"]


def _subs(ann, text):  # type: ignore[no-untyped-def]
    return sorted(s for s, _ in _told(ann, text))


@pytest.mark.parametrize("text,subs", [
    # a club's supporters fighting before a match are a mob, and the arrests told before them are the fight's
    ("Police in Split detained 30 people on Tuesday after rival supporters of two clubs fought with chairs and "
     "flares outside a bar before the derby.", ["Mob violence"]),
    # inmates rioting in a prison are a mob, no demonstration
    ("Inmates rioted for six hours at the central prison in Kisumu on Tuesday, burning bedding and smashing cell "
     "doors, officials said.", ["Mob violence"]),
    # "those detained" are the people of the arrest told before, no second arrest
    ("Police in Tirana fired tear gas on Tuesday at students who tried to storm the ministry of education, and "
     "detained 12 of them.\n\nThe ministry said the building was not damaged. Most of those detained were freed "
     "by the evening.", ["Protest with intervention"]),
    # "no one was arrested": no force used on the march
    ("Hundreds of nurses marched through Lusaka on Tuesday to demand unpaid allowances. Police said the march was "
     "orderly and no one was arrested.", ["Peaceful protest"]),
])
def test_reading_of_the_report(ann, text, subs):  # type: ignore[no-untyped-def]
    assert _subs(ann, text) == subs, _told(ann, text)


def test_activists_detained_who_sat_down_are_the_protest(ann):  # type: ignore[no-untyped-def]
    told = _told(ann, "Police detained more than 200 farmers on Tuesday who sat down on the ring road around Lyon, "
                      "using water cannon to clear the tarmac.")
    assert "Arrests" not in {s for s, _ in told} and any(s == "Protest with intervention" for s, _ in told), told


def test_a_mob_told_with_its_protest_is_a_violent_demonstration(ann):  # type: ignore[no-untyped-def]
    text = ("A man of 22 was killed by gunfire and three officers were hurt on Tuesday as residents of a district "
            "of Valencia, Venezuela, burned tyres and pelted police with rocks during a protest over water cuts, "
            "police said.\n\nPolice said officers fired after coming under attack from the crowd.")
    subs = _subs(ann, text)
    assert "Violent demonstration" in subs and "Mob violence" not in subs, _told(ann, text)


def test_a_fan_riot_with_no_protest_stays_a_mob(ann):  # type: ignore[no-untyped-def]
    # control: fans who rioted, no demonstration named
    text = ("Football fans rioted in Sfax on Tuesday after their team lost, torching two cars and a kiosk.\n\n"
            "Police said the fans also threw stones at officers.")
    assert "Mob violence" in _subs(ann, text), _told(ann, text)


def _places(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("p8", published=TUESDAY + dt.timedelta(days=1)))
    return sorted(e.place.name for e in an.events if e.modality == "asserted" and e.event_type == "Protests" and e.place)


def test_a_sit_in_in_the_leads_while_clause_is_a_protest_of_its_own(ann):  # type: ignore[no-untyped-def]
    text = ("About 800 tea pickers marched to the labour office in Colombo on Tuesday to demand a wage rise, while "
            "pickers from another estate held a sit-in at its gates in Gampaha district's Kadawatha town.")
    assert len(_places(ann, text)) == 2 and "Colombo" in _places(ann, text), _told(ann, text)


def test_a_march_told_later_in_another_town_is_a_protest_of_its_own(ann):  # type: ignore[no-untyped-def]
    text = ("LIMA (Reuters) - Thousands of miners marched in cities across Peru on Tuesday against a new mining "
            "law.\n\nLarge marches were also held in Arequipa, where miners walked to the regional government.\n\n"
            "The marches passed off peacefully, police said.")
    assert "Arequipa" in _places(ann, text) and len(_places(ann, text)) == 2, _told(ann, text)


def test_men_who_beat_suspects_to_death_are_a_mob(ann):  # type: ignore[no-untyped-def]
    # the crowd told as the passive verb's agent, "a group of men" a crowd where the victims are told as suspects
    an = ann.annotate("A 40-year-old farmer died on Tuesday after he was beaten by a group of men who suspected him "
                      "of stealing goats near Dodoma, police said.", DocContext("p8", published=TUESDAY))
    told = [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in an.events if e.modality == "asserted"]
    assert ("Mob violence", "Rioters (Tanzania)") in told and "Attack" not in {s for s, _ in told}, told


def test_men_who_beat_a_man_with_no_suspicion_told_are_no_mob(ann):  # type: ignore[no-untyped-def]
    # no suspicion told, no crowd word: the beating stays an attack (the victim, "farmer", subject of the verb the
    # beating hangs on, was read as the crowd before the passive agent was read)
    told = _told(ann, "A 40-year-old farmer died on Tuesday after he was beaten by a group of men near Dodoma, "
                      "police said.")
    assert "Mob violence" not in {s for s, _ in told}, told


def test_took_to_the_streets_over_a_grievance_is_a_protest(ann):  # type: ignore[no-untyped-def]
    # "over rising fares" is no "take over": the protest idiom wins
    told = _told(ann, "Thousands of students took to the streets of Kandy on Tuesday over rising bus fares.")
    assert [s for s, _ in told] == ["Peaceful protest"], told


def test_inmates_taking_over_cell_blocks_take_no_territory(ann):  # type: ignore[no-untyped-def]
    told = _told(ann, "Inmates rioted at the prison in Gulu on Tuesday and took over two cell blocks, officials said.")
    assert "Non-state actor overtakes territory" not in {s for s, _ in told}, told
