"""Violent deeds that had no event (issue 16, branch ramsdeeds): verbs of destroying people (events/people_object.py),
a coup (events/coup.py), a deed told as the setting of a blame or a denial (modality.past_setting), "not only ... but
also", people captured, protesters as the victims of a deed. Each sense has its negatives: the same words in their
other senses. Sentences and names written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext

from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_roles_frames import a1


def _events(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("d1", published=dt.date(2024, 5, 6))).events


def _violent(ann, text):  # type: ignore[no-untyped-def]
    return [e for e in _events(ann, text) if e.event_type in VIOLENT_EVENT_TYPES]


# sentence -> (trigger text, actor1 span or None) of its one violent event
DESTROYED_PEOPLE = [
    ("Government troops annihilated the rebel column near the river on Monday.", ("annihilated", "Government troops")),
    ("The militia wiped out an entire hamlet in the hills last week.", ("wiped", "militia")),
    ("Gunmen slew four shepherds in the valley on Tuesday.", ("slew", "Gunmen")),
    ("Four shepherds were slain by gunmen in the valley on Tuesday.", ("slain", "gunmen")),
    ("The raiders exterminated the villagers of Tarsk on Monday, witnesses said.", ("exterminated", "raiders")),
    ("Agents poisoned the exiled dissident at his flat in the capital on Monday.", ("poisoned", None)),
    ("The opposition leader was poisoned on a flight last week, his aides said.", ("poisoned", None)),
    # a named body of people under arms: an armed-force word in the name, or a rebel group of data/actors.jsonl
    ("The army wiped out the Red Hand Brigade on Monday.", ("wiped", "army")),
    ("The air force annihilated the Kestrel Militia near the river on Monday.", ("annihilated", "air force")),
    ("The army exterminated Hamas in the town on Monday.", ("exterminated", None)),
]

NOT_DESTROYED_PEOPLE = [
    "The crash wiped out the savings of thousands of families.",
    "A pest-control firm exterminated the rats in the warehouse on Monday.",
    "In the old tale the knight slew the dragon.",
    "The visitors annihilated the home side in Sunday's match.",
    "The ruling party was annihilated in the election on Sunday.",
    "A late surge wiped out the gains of the morning.",
    "The dispute poisoned relations between the two neighbours.",
    "Dozens of guests were treated for food poisoning after the wedding.",
    "The lead poisoning of children in the town went unnoticed for years.",
    # a company or an institution is no body of people
    "Heavy losses wiped out the Kestrel Bank in March.",
    "Rival traders annihilated Borlund Logistics in the price war.",
    "The new tax wiped out the Orvane Institute.",
]


@pytest.mark.parametrize("text,want", DESTROYED_PEOPLE)
def test_destroying_people_is_a_killing(ann, text, want):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert len(evs) == 1, (text, [(e.trigger.text, e.event_type) for e in evs])
    trig, doer = want
    assert evs[0].trigger.text == trig
    if doer is not None:
        assert doer in (a1(evs[0]) or ""), (text, a1(evs[0]))


@pytest.mark.parametrize("text", NOT_DESTROYED_PEOPLE)
def test_destroying_things_or_beating_rivals_is_no_killing(ann, text):  # type: ignore[no-untyped-def]
    assert _violent(ann, text) == [], text


def test_a_poisoning_is_an_attack_not_a_chemical_weapon(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "The opposition leader was poisoned on a flight last week, his aides said.")
    assert [e.sub_event_type for e in evs] == ["Attack"]


COUPS = [
    ("Army officers staged a bloody coup on Wednesday and detained the president.", "coup", "Army officers"),
    ("The president was ousted in a military coup in March in which dozens were killed.", "coup", None),
    ("A coup d'état toppled the government on Thursday as tanks rolled into the capital.", "d'état", None),
    ("Hundreds of soldiers took part in a failed coup attempt on Friday night in which 30 people died.", "attempt", None),
]

NOT_COUPS = [
    "Signing the young striker was a major coup for the club.",
    "The minister pulled off a diplomatic coup at the summit on Monday.",
    "Winning the contract was a coup for the small firm.",
    "The champion delivered the coup de grace in the final round.",
    "The country's last change of ruler came in a bloodless coup.",
    "Critics called the sudden vote a parliamentary coup.",
    "Army officers staged a coup on Wednesday and detained the president.",  # no violence told: left alone
]


@pytest.mark.parametrize("text,trig,doer", COUPS)
def test_a_coup_with_violence_told_is_an_armed_clash(ann, text, trig, doer):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert [(e.trigger.text, e.event_type) for e in evs] == [(trig, "Battles")], text
    if doer is not None:
        assert a1(evs[0]) == doer


@pytest.mark.parametrize("text", NOT_COUPS)
def test_a_coup_in_another_sense_is_no_event(ann, text):  # type: ignore[no-untyped-def]
    assert _violent(ann, text) == [], text


def test_a_coup_beside_other_fighting_is_not_read_violent(ann):  # type: ignore[no-untyped-def]
    text = "The offensive is the army's first big operation since a failed coup in July shook its resolve to fight the insurgents."
    assert [e.trigger.text for e in _violent(ann, text) if e.trigger.text in ("coup", "attempt")] == []


@pytest.mark.parametrize("text", [
    "The governor blamed it on the separatists after a bomb killed six people at the bus station.",
    "Police blamed the insurgents after a bomb killed two traders on Monday.",
    "The militia denied any role after a bomb killed four farmers near the dam on Monday.",
])
def test_a_deed_told_as_the_setting_of_a_blame_or_denial_happened(ann, text):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert [(e.sub_event_type, e.modality) for e in evs] == [("Remote explosive/landmine/IED", "asserted")], text


def test_a_threat_after_a_shelling_leaves_the_shelling_told(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "The rebels threatened to strike again after troops shelled the town on Monday.")
    assert [(e.trigger.text, e.modality) for e in evs] == [("shelled", "asserted")]


@pytest.mark.parametrize("text", [
    "The army denied that it shelled the town on Monday.",
    "The militia vowed to attack the base when the troops arrive.",
    "The rebels said they would strike again before the talks began.",
])
def test_what_a_denial_or_threat_says_stays_unasserted(ann, text):  # type: ignore[no-untyped-def]
    assert not [e for e in _violent(ann, text) if e.modality == "asserted"], text


def test_not_only_but_also_denies_nothing(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "The guards were not only responsible for beating the prisoners but also hid the bodies.")
    assert [e.trigger.text for e in evs] == ["beating"] and evs[0].modality != "denied"  # (their deed, told as a blame)
    evs = _violent(ann, "The rebels did not shoot down the helicopter on Monday.")
    assert [e.modality for e in evs] == ["denied"]
    evs = _violent(ann, "The colonel said his men held trials and did not just shoot prisoners.")
    assert [e.modality for e in evs] == ["denied"]  # "not just" with no "but also": a denial


@pytest.mark.parametrize("text", [
    "The two captured pilots were flown to the capital on Monday.",
    "Rebels captured its pilot after the helicopter came down on Friday.",
])
def test_people_captured_are_no_territory(ann, text):  # type: ignore[no-untyped-def]
    assert not [e for e in _events(ann, text) if e.sub_event_type == "Non-state actor overtakes territory"], text


def test_a_crewed_aircraft_brought_down_is_an_armed_clash(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Rebels brought down an army helicopter near the border on Monday.")
    assert [(e.trigger.text, e.event_type, a1(e)) for e in evs] == [("brought", "Battles", "Rebels")]
    assert _violent(ann, "The scandal brought down the government on Monday.") == []


@pytest.mark.parametrize("text,doer", [
    ("Four villagers were captured by the militia on Monday.", "militia"),
    ("A rebel unit seized the village mayor on Sunday, residents said.", None),
])
def test_unarmed_people_seized_are_abducted(ann, text, doer):  # type: ignore[no-untyped-def]
    evs = [e for e in _events(ann, text) if e.event_type != "Political"]
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"], text
    if doer is not None:
        assert doer in (a1(evs[0]) or "")


def test_a_town_captured_still_is(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Rebels captured the town of Veltra on Friday.")
    assert [e.sub_event_type for e in evs] == ["Non-state actor overtakes territory"]


def test_protesters_as_victims_make_force_against_a_protest(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Gunmen on the rooftops slaughtered 12 demonstrators outside the ministry on Monday.")
    assert [(e.trigger.text, e.sub_event_type) for e in evs] == [("slaughtered", "Excessive force against protesters")]


def test_a_deed_years_ago_is_background_even_with_no_publication_date(ann):  # type: ignore[no-untyped-def]
    for text, want in (("She said the rebels had attacked the village a decade ago.", "background"),
                       ("The mayor said rebels had shelled the port three years ago.", "background"),
                       ("Rebels attacked the town two days ago, residents said.", "asserted")):
        an = ann.annotate(text, DocContext("d9"))
        assert [e.modality for e in an.events if e.event_type in VIOLENT_EVENT_TYPES] == [want], text


# "execute" (branch evidence): a person executed is a killing; a task or paper executed is not
EXECUTED_PEOPLE = [
    "Rebels executed two captured soldiers in Varnok on Monday.",
    "The engineer, executed in Telvia last week, had asked for asylum.",
    "He was executed by the militia on Sunday.",
    "The execution of three prisoners in Drosk on Monday drew protest.",
]

EXECUTED_TASKS = [
    "The survey says sales will grow as more missions are executed next year.",
    "The army executed the plan to rebuild the bridge on Monday.",
    "The execution of the order took three days.",
    "The lawyers executed the contract in Dorvale on Friday.",
    "Code execution flaws were found in the browser.",
]


@pytest.mark.parametrize("text", EXECUTED_PEOPLE)
def test_a_person_executed_is_a_killing(ann, text):  # type: ignore[no-untyped-def]
    assert [e.sub_event_type for e in _violent(ann, text)] == ["Attack"], text


@pytest.mark.parametrize("text", EXECUTED_TASKS)
def test_a_task_executed_is_no_killing(ann, text):  # type: ignore[no-untyped-def]
    assert _violent(ann, text) == [], text
