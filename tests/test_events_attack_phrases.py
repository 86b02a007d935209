"""Reporter phrasings of real attacks (issue 16, trigger recall): shots fired at a target, a unit that came under
fire, a raid told with its dead or by an armed group, a building stormed, a killing by hand (hacked, strangled,
butchered, kicked and punched, burned alive), a killing spree, acid thrown, a crowd sprayed with bullets, the
slaughter of people (data/ontology.json; events/attack_phrases.py; cues in data/event_sense_cues.tsv). Each has a
harmless sense that stays no violent event: a dismissal, criticism, a police search, a stage stormed, a ball kicked,
a song butchered, cattle slaughtered. Sentences, names and places made up for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext

from test_events_deeds import _violent
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

# sentence -> the trigger word of its asserted violent event
DEEDS = [
    ("Gunmen fired at a police patrol in Morvale on Sunday.", "fired"),
    ("Soldiers fired on the car as it neared the checkpoint at Kessin.", "fired"),
    ("The convoy was fired on near the village of Ardolo.", "fired"),
    ("Unidentified men fired shots at the house of a judge in Tarnby.", "fired"),
    ("The patrol came under fire near the village of Ardolo on Monday.", "came"),
    ("The convoy came under heavy mortar fire outside Tervoss.", "came"),
    ("Aid workers came under fire from gunmen near Dovrin.", "came"),
    ("The raid on the village of Ostrina left twelve people dead.", "raid"),
    ("Militants raided a police post near Karsavo on Sunday.", "raided"),
    ("A raid by bandits on the village of Arolo killed six farmers.", "raid"),
    ("Militants stormed a hotel in Lirava on Sunday.", "stormed"),
    ("Unknown assailants hacked a farmer to death in Belunda on Thursday.", "hacked"),
    ("Two people were hacked to death by attackers in Dovrin.", "hacked"),
    ("The gunmen strangled the hostage before dumping his body.", "strangled"),
    ("The kidnappers butchered three captives, police said.", "butchered"),
    ("Mobs burned two men alive in Pascoria on Friday.", "burned"),
    ("The men kicked and punched the shopkeeper before fleeing.", "punched"),
    ("A gunman went on a shooting rampage at a school in Dornley.", "rampage"),
    ("The militia went on a killing spree in the valley on Monday.", "spree"),
    ("Assailants threw acid at a woman in Pellmouth on Friday.", "threw"),
    ("The gunmen sprayed the crowd with bullets at the market in Halvorn.", "sprayed"),
]

# the same words in a harmless sense: no violent event at all
NOT_DEEDS = [
    "She was fired at the meeting on Monday.",
    "The company fired him on the spot.",
    "The senator fired back at his critics on Tuesday.",
    "The firm fired at least 20 workers last week.",
    "The striker fired at goal in the second half.",
    "The minister fired questions at the panel.",
    "He fired off a letter to the mayor.",
    "The minister came under fire for his remarks on Monday.",
    "The plan came under fire from lawmakers in Vellmar.",
    "The agency has come under fire over the delays.",
    "Police raided the offices of the newspaper on Monday.",
    "Agents raided a drug lab in Korvin and arrested four men.",
    "Troops raided the camp at dawn.",
    "Tax officials raided the firm's headquarters last week.",
    "The couple raided their savings to buy a house.",
    "Fans stormed the pitch after the match.",
    "The singer stormed off the stage in anger.",
    "Hackers hacked the ministry's servers last month.",
    "The new tariffs strangled the economy of Vellmar.",
    "The coach kicked off the campaign in Dornley.",
    "The party kicked him out last year.",
    "The striker kicked the ball into the net.",
    "The bill punched a hole in the budget.",
    "The band butchered the anthem at the final.",
    "The slaughter of cattle rose ahead of the holiday.",
]


@pytest.mark.parametrize("text,trigger", DEEDS)
def test_reporter_phrasing_of_an_attack_is_an_asserted_violent_event(ann, text, trigger):  # type: ignore[no-untyped-def]
    evs = [e for e in _violent(ann, text) if e.modality == "asserted"]
    assert [e.trigger.text for e in evs] == [trigger], (text, [(e.trigger.text, e.event_type) for e in _violent(ann, text)])


@pytest.mark.parametrize("text", NOT_DEEDS)
def test_harmless_sense_is_no_violent_event(ann, text):  # type: ignore[no-untyped-def]
    assert _violent(ann, text) == [], text


def test_a_convoy_under_fire_is_its_target_not_a_deployment(ann):  # type: ignore[no-untyped-def]
    an = ann.annotate("The convoy came under heavy mortar fire outside Tervoss.", DocContext("ap2", published=dt.date(2024, 5, 6)))
    assert [e.event_type for e in an.events] == ["Explosions/Remote violence"]


@pytest.mark.parametrize("text", [
    "The guards dragged him outside, beating and kicking him for an hour.",
    "Gunmen shot and stabbed two watchmen at the depot in Korvin.",
])
def test_one_assault_told_by_two_verbs_is_one_event(ann, text):  # type: ignore[no-untyped-def]
    assert len(_violent(ann, text)) == 1, [(e.trigger.text, e.event_type) for e in _violent(ann, text)]


@pytest.mark.parametrize("text", [
    "Militants could storm the hotel in Lirava if talks fail.",
    "The rebels threatened to fire on any convoy that entered Tarnby.",
    "Police denied that officers fired at the crowd in Morvale.",
    "The rebel commander said his men will keep fighting the army in Ostrina.",
    "If the talks fail, the militia will continue attacking the garrison at Tervoss.",
    "We are prepared to advance and to strike the enemy at any hour.",
    "Brothers, let us rise together and strike the occupiers of Dovrin.",
])
def test_a_threat_a_denial_or_a_deed_still_to_come_is_not_asserted(ann, text):  # type: ignore[no-untyped-def]
    assert not [e for e in _violent(ann, text) if e.modality == "asserted"], text


def test_a_wounding_in_a_raid_keeps_its_verb_and_victim(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "A shepherd wounded in the raid on Kessin died in hospital on Friday.")
    assert [e.trigger.text for e in evs] == ["wounded"]
