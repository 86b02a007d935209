"""Branch types14 (issue 11's ground): sabotage blasts, failed assaults that did harm, and a side's own word that it
took the place of a fight told before (events/blown_structure, modality/planned.attempt_with_harm,
events/counter_takeover). Sentences written for these tests; names made up."""
from __future__ import annotations

import datetime as dt

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _events(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 6, 11)))
    return [e for e in an.events if e.event_type != "Political"]


def _show(evs):  # type: ignore[no-untyped-def]
    return [(e.trigger.text if e.trigger else None, e.sub_event_type, e.modality) for e in evs]


def test_fighters_who_blew_up_a_bridge_set_off_a_sabotage_blast(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Fighters of the Red Hand militia blew up a bridge on the road to Kelvara on Sunday night, "
                       "police said. Nobody was hurt.")
    assert [(e.sub_event_type, e.modality) for e in evs] == [("Remote explosive/landmine/IED", "asserted")], _show(evs)


def test_a_pipeline_blown_up_by_rebels_is_no_accident(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "The Red Hand militia blew up a section of the oil pipeline near Kelvara on Monday, the "
                       "operating company said.")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [
        ("Explosions/Remote violence", "Remote explosive/landmine/IED")], _show(evs)


def test_masts_blown_up_with_a_room_set_on_fire_stay_one_property_raid(ann):  # type: ignore[no-untyped-def]
    # guard: blowing up masts and burning a room in one raid is property destroyed (read by "set fire"), no second blast
    evs = _events(ann, "Red Hand fighters blew up three phone masts and set fire to a pump house in Kelvara on "
                       "Sunday night, residents said.")
    assert [e.sub_event_type for e in evs] == ["Looting/property destruction"], _show(evs)


def test_an_attempt_to_overrun_a_post_that_killed_soldiers_happened(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Militants tried to overrun an army post near Kelvara on Saturday, killing six soldiers "
                       "before they were driven off, officials said.")
    assert any(e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted" for e in evs), _show(evs)


def test_an_attempt_to_overrun_a_post_alone_stays_an_attempt(ann):  # type: ignore[no-untyped-def]
    # guard: "tried to" with no harm done tells only the aim
    evs = _events(ann, "Militants tried to overrun an army post near Kelvara on Saturday, officials said.")
    assert not any(e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted" for e in evs), _show(evs)


def test_the_attackers_word_that_they_took_the_town_is_no_second_incident(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "The army said on Tuesday it had repelled an attack by the Red Hand militia on Kelvara on "
                       "Monday. The militia said in a statement that its fighters had seized the town.")
    told = [e for e in evs if e.modality == "asserted" and e.event_type in VIOLENT_EVENT_TYPES]
    assert len(told) == 1 and told[0].sub_event_type == "Armed clash", _show(evs)


def test_a_side_word_of_a_taking_alone_stays_an_event(ann):  # type: ignore[no-untyped-def]
    # guard: with no fight told before it, the statement is the report's only account of the taking
    evs = _events(ann, "The Red Hand militia said in a statement on Tuesday that its fighters had seized the town of "
                       "Kelvara on Monday.")
    assert any(e.sub_event_type == "Non-state actor overtakes territory" for e in evs), _show(evs)
