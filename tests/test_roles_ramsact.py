"""Attackers read off the structure of the sentence (issue 16), on sentences written for these tests: an accused
is the attacker ('implicated in'), gear and troops act for their owner, a told killing keeps its own subject, a
group known by a name is that name, and one phrase never fills both sides."""
from __future__ import annotations

import pytest

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_frames import a1, a2


@pytest.mark.parametrize("text,trig,actor", [
    ("Varnian police were implicated in the killing of two students.", "killing", "Varnian police"),
    ("A leaked report implicated the border guards in the shooting of the farmers.", "shooting", "the border guards"),
    ("[Volkov implicated in deadly poisoning of former spy at Kell hotel]", "poisoning", "Volkov"),
])
def test_the_one_implicated_in_a_deed_is_its_attacker(ann, text, trig, actor):
    ev = next(e for e in violent(ann, text) if e.trigger.text == trig)
    assert a1(ev) == actor
    assert ev.modality != "claimed"  # being implicated in a deed takes the deed for granted


@pytest.mark.parametrize("text,name", [
    ("The jets of Russia bombed the village of Kell on Monday.", "Military Forces of Russia"),
    ("Tanks belonging to the Turkish army shelled the town of Kell.", "Military Forces of Turkey"),
    ("Drones of the Turkish air force struck a convoy near Kell.", "Military Forces of Turkey"),
    ("Troops of the Malian army shelled the village of Kell.", "Military Forces of Mali"),
])
def test_gear_and_troops_act_for_their_owner(ann, text, name):
    ev = violent(ann, text)[0]
    assert ev.actor1 is not None and ev.actor1.name == name


def test_gear_of_no_armed_side_names_no_attacker(ann):
    evs = violent(ann, "Vehicles of the villagers were shelled near Kell.")
    assert all(e.actor1 is None for e in evs)


def test_a_killing_told_by_a_saying_keeps_its_own_subject(ann):
    """The speaker of the condemnation is not the killer; the killing is an event of its own."""
    evs = violent(ann, "The defence ministry condemned the raid, saying gunmen killed two farmers near Kell.")
    kill = next(e for e in evs if e.trigger.text == "killed")
    assert a1(kill) == "gunmen"
    assert a2(kill) == "two farmers"


def test_a_threat_told_by_a_saying_stays_a_threat(ann):
    from sitrep.model import VIOLENT_EVENT_TYPES
    import datetime as dt
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate("The rebels threatened the town, saying they would kill anyone who resisted.",
                      DocContext("r1", published=dt.date(2023, 5, 6)))
    assert all(e.modality == "threatened" for e in an.events if e.event_type in VIOLENT_EVENT_TYPES)


@pytest.mark.parametrize("text,actor", [
    ("Three guards died when a patrol was ambushed by a faction known as the Red Crescent Front.", "the Red Crescent Front"),
    ("A militia called the Kell Brigade attacked the village.", "the Kell Brigade"),
])
def test_a_group_known_by_a_name_is_that_name(ann, text, actor):
    assert a1(violent(ann, text)[0]) == actor


def test_one_phrase_never_fills_both_sides(ann):
    for text in ("The mayor of Dornia was implicated in the bombing of the market.",
                 "Troops of the Malian army shelled the village of Kell.",
                 "The gunmen were killed after attacking the checkpoint near Kell."):
        for ev in violent(ann, text):
            if ev.actor1 is not None and ev.actor2 is not None and ev.actor1.span and ev.actor2.span:
                assert not (ev.actor1.span.start < ev.actor2.span.end and ev.actor2.span.start < ev.actor1.span.end)


def test_pilots_who_shot_down_an_aircraft_are_its_attackers(ann):
    ev = violent(ann, "The two pilots were responsible for shooting down the transport helicopter.")[0]
    assert a1(ev) == "The two pilots"


def test_a_name_given_to_a_farm_is_not_the_attackers(ann):
    """A naming the parser hangs on a person noun far before it ("a farm called X" after the shooters) is the
    farm's name, not the shooters': only a naming right after its noun counts."""
    ev = violent(ann, "Late on Friday a vet was gunned down by a few strangers at her ranch called Los Pinos"
                      " outside Kell.")[0]
    assert ev.actor1 is None or "Pinos" not in ev.actor1.name


def test_troops_of_an_unnamed_unit_stay_blank(ann):
    """Soldiers of numbered units the dictionary does not know: blank beats a bare 'brigades'."""
    import datetime as dt

    from sitrep.nlp.annotate import DocContext

    an = ann.annotate("Near Kell, troops of the 2nd and 9th mountain brigades fought through the night.",
                      DocContext("r1", published=dt.date(2023, 5, 6)))
    assert all(e.actor1 is None or "brigade" not in e.actor1.name.lower() for e in an.events)
