"""subtypes18: ACLED sub-types and modality from mixed_reports12: drones or missiles "destroyed" by air defences are
an interception (disrupted weapons use), not a drone strike. Sentences written for these tests; names made up,
places made up (Tessor, Varnik: no gazetteer entry)."""
from __future__ import annotations

import pytest

from test_subtypes13 import kinds
from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader; published Monday 2024-05-06)

_KINDS = [
    # drones destroyed in flight: kept from striking
    ("Air defence units destroyed 11 enemy drones over the Tessor region on Sunday night, the defence ministry said.",
     ["Disrupted weapons use"]),
    ("Nine drones were destroyed over Varnik overnight, the regional governor said. Nobody was hurt.",
     ["Disrupted weapons use"]),
    # a drone that destroys something is the strike
    ("A drone destroyed an army truck near Tessor on Sunday, killing two soldiers, officials said.",
     ["Air/drone strike"]),
]


@pytest.mark.parametrize("text,want", _KINDS)
def test_sub_types(ann, text, want):
    an = read(ann, text)
    assert kinds(an) == want, kinds(an)


def _asserted(an):  # type: ignore[no-untyped-def]
    return [e for e in an.events if e.modality == "asserted" and e.event_type != "Political"]


@pytest.mark.parametrize("text", [
    # a group's record told in the present perfect with "before" or "for years" (events/told_before)
    "Police blamed the Varnik Front, whose fighters have bombed targets in the district before.",
    "The Varnik Front, which has set off car bombs in Tessor before, made no comment.",
    "Militias have used rape to terrorize villages around Tessor for years, aid workers said.",
    # the area is where hideouts were cleared, not ground taken (triggers: "clear +area" in a phrase of place)
    "State television said troops had cleared rebel hideouts in the area on Sunday.",
    # a trend of a kind of deed, and fighting told as spreading ("as" read as a preposition by the parser)
    "Aid workers said on Sunday that sexual violence had risen sharply in the province as fighting spread.",
    # a deed a rule permits, told by a participle of the rule (events/permission)
    "Parliament on Tuesday passed an amendment allowing security forces to detain suspects for up to 90 days.",
])
def test_no_incident(ann, text):
    an = read(ann, text)
    assert _asserted(an) == [], [(e.sub_event_type, e.trigger.text) for e in _asserted(an)]


@pytest.mark.parametrize("text", [
    "Gunmen from the Varnik Front have bombed a bus station in Tessor, killing four people, police said.",
    "Police on Tuesday detained 12 men in Tessor, allowing investigators to question them.",
    "Soldiers cleared rebels from three villages near Tessor on Sunday, the army said.",
    "Gunmen killed two farmers near Tessor on Sunday as fighting spread.",
])
def test_still_an_incident(ann, text):
    assert len(_asserted(read(ann, text))) == 1


def test_the_detentions_called_unlawful_are_the_arrest(ann):
    an = read(ann, "Police detained 18 people in Tessor on Sunday over suspected links to a banned group, prosecutors "
                   "said. Amnesty International called the detentions unlawful.")
    got = [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in _asserted(an)]
    assert got == [("Arrests", "Police")], got


def test_explosives_found_in_a_defused_car_bomb_are_its_and_nobody_hurt_is_zero(ann):
    an = read(ann, "Police in Tessor defused a car packed with explosives at a checkpoint on Sunday, officials said. "
                   "Officers stopped the car near the entrance to the city and found explosives hidden under its seats. "
                   "Nobody was hurt.")
    got = [(e.sub_event_type, e.fatalities.low if e.fatalities else None) for e in _asserted(an)]
    assert got == [("Disrupted weapons use", 0.0)], got


def test_fighting_told_after_a_taking_is_its_fight(ann):
    an = read(ann, "Rebels captured the town of Dikwa on Tuesday after overrunning the last army post there, a "
                   "spokesman said. Residents said fighting had continued for about four hours before dawn.")
    assert kinds(an) == ["Non-state actor overtakes territory"], kinds(an)


def test_fighting_at_a_place_of_its_own_stays(ann):
    an = read(ann, "Rebels captured the town of Dikwa on Tuesday, a spokesman said. Fighting also raged in Monguno "
                   "on Tuesday, residents said.")
    assert kinds(an) == ["Armed clash", "Non-state actor overtakes territory"], kinds(an)


def test_a_missile_system_destroyed_is_no_disrupted_weapons_use(ann):  # type: ignore[no-untyped-def]  # noqa: F811
    # "destroy +missile" needs the missile destroyed; a system it only names ("an air defence missile system")
    # brought no weapon down (triggers._modifier_destroyed; lead, after the seeds gained such an event)
    an = read(ann, "An air defence missile system and two armoured vehicles were destroyed, the defence ministry "
                   "said on Friday.")
    assert "Disrupted weapons use" not in [e.sub_event_type for e in an.events]
    an = read(ann, "Air defences destroyed a missile fired at the airport near Tessor on Friday, the army said.")
    assert "Disrupted weapons use" in [e.sub_event_type for e in an.events]
