"""An accusation names the attacker (events/accusation.py): the deed it lays on someone is an event whose actor1 is
the accused and whose claimant is the accuser; on sentences written for these tests, negatives included."""
from __future__ import annotations

import datetime as dt

import pytest

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_frames import a1

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext

# sentence -> (trigger of the deed, its actor1's span, its claimant's name or None, its modality)
ACCUSED = [
    ("Police blamed the Scorpion Front for the attack on the bank.", "attack", "the Scorpion Front", "Police", None),
    ("The police hold the Scorpion Front responsible for the attack on the bank.", "attack", "the Scorpion Front", "police",
     None),
    ("The rebels accused the army of bombing the church.", "bombing", "the army", "The rebels", "claimed"),
    # "of" hung by the parser on the accused, not on the verb
    ("Officials accused the rebels of bombing the bridge.", "bombing", "the rebels", "Officials", "claimed"),
    ("The army was blamed for the massacre in the valley.", "massacre", "The army", None, None),
    ("The Scorpion Front claimed responsibility for killing the judge.", "killing", "The Scorpion Front", None, "asserted"),
]


@pytest.mark.parametrize("text,trig,actor,claimant,modality", ACCUSED)
def test_the_accused_is_the_deeds_actor1_and_the_accuser_its_claimant(ann, text, trig, actor, claimant, modality):
    ev = next(e for e in violent(ann, text) if e.trigger.text == trig)
    assert a1(ev) == actor
    if claimant is not None:
        assert ev.claimant_name == claimant
    if modality is not None:
        assert ev.modality == modality


def test_a_definite_deed_an_accusation_names_stays_a_fact(ann):
    """ "blamed X for the attack": the attack happened; only who did it is the accuser's word."""
    ev = next(e for e in violent(ann, "Police blamed the Scorpion Front for the attack on the bank.")
              if e.trigger.text == "attack")
    assert ev.modality != "claimed"


def test_the_accuser_is_never_the_attacker(ann):
    for text in ("Police blamed the Scorpion Front for the attack on the bank.",
                 "The rebels accused the army of bombing the church.",
                 "The police hold the Scorpion Front responsible for the attack on the bank."):
        for ev in violent(ann, text):
            assert a1(ev) not in ("Police", "police", "The police", "The rebels"), text


@pytest.mark.parametrize("text", [
    "They hold the key responsible for the attack.",  # a thing is nobody
    "No faction has so far owned up to the ambush on the convoy.",  # no one claimed it
    "No faction claimed responsibility for the ambush.",
    "Nobody claimed the bombing of the bridge.",
])
def test_no_one_is_named(ann, text):
    from sitrep.model import VIOLENT_EVENT_TYPES
    from test_roles import DocContext, dt

    an = ann.annotate(text, DocContext("r1", published=dt.date(2023, 5, 6)))
    assert all(e.actor1 is None for e in an.events if e.event_type in VIOLENT_EVENT_TYPES)


def test_an_accusation_of_no_deed_makes_no_violent_event(ann):
    from sitrep.model import VIOLENT_EVENT_TYPES
    from test_roles import DocContext, dt

    an = ann.annotate("The rebels accused the government of corruption.", DocContext("r1", published=dt.date(2023, 5, 6)))
    assert not [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]


# ---- an unnamed attacker is never "Civilians" (events/unnamed_attackers.py)

@pytest.mark.parametrize("text", [
    "The mayor was shot by two men on Friday in Tegucigalpa, Honduras.",
    "Two men opened fire on a bus in Tegucigalpa, Honduras, killing the driver.",
])
def test_an_unnamed_group_of_attackers_is_an_unidentified_armed_group(ann, text):
    ev = violent(ann, text)[0]
    assert ev.actor1 is not None and ev.actor1.entity_id != "CIVILIANS" and "Unidentified" in ev.actor1.name


@pytest.mark.parametrize("text", [
    "A man stabbed a guard outside the bank in Lagos.",  # a lone man is no armed group
    "The mayor was shot by two men on Friday.",  # no country to name the group by
    "Villagers attacked the police post on Sunday.",  # a mob: blank, not civilians
])
def test_an_unnamed_attacker_is_never_civilians(ann, text):
    # (the villagers' attack on a police post is a riot since branch subtypes7: a crowd of people with no arms
    # attacking the police is mob violence, ACLED Riots; its doer is still never "civilians")
    an = ann.annotate(text, DocContext("r1", published=dt.date(2023, 5, 6)))
    evs = [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES or e.event_type == "Riots"]
    assert evs, (text, [(e.trigger.text, e.event_type) for e in an.events])
    for ev in evs:
        assert ev.actor1 is None or ev.actor1.entity_id != "CIVILIANS"


def test_unnamed_victims_stay_civilians(ann):
    ev = violent(ann, "Two men were shot dead by soldiers in Tegucigalpa, Honduras.")[0]
    assert ev.actor2 is not None and ev.actor2.entity_id == "CIVILIANS"


# ---- members act for their group (events/membership.py); an attack put down to a cartel names the cartel

@pytest.mark.parametrize("text,name", [
    ("The minister conceded that members of the army had carried out the massacre.", "army"),
    ("Fighters of the Scorpion Front have claimed credit for the bombing of the station.", "Scorpion Front"),
    ("In another attack attributed to the drug cartels, gunmen wounded a guard at the bank.", "drug cartels"),
])
def test_the_group_is_the_attacker(ann, text, name):
    assert any(e.actor1 is not None and name in e.actor1.name for e in violent(ann, text))


@pytest.mark.parametrize("text", [
    "Members of a family were shot dead by unknown gunmen.",  # a family is no armed group
    "The wife of the mayor was shot dead on Sunday.",
])
def test_members_of_no_group_name_no_group(ann, text):
    for ev in violent(ann, text):
        assert ev.actor1 is None or ev.actor1.name not in ("family", "mayor")


def test_an_attack_put_down_to_someone_in_passing_has_no_accuser(ann):
    """ "an attack attributed to X, gunmen wounded ...": the gunmen attributed nothing."""
    ev = next(e for e in violent(ann, "In another attack attributed to the drug cartels, gunmen wounded a guard at "
                                      "the bank.") if e.trigger.text == "attack")
    assert ev.claimant_name != "gunmen"


# ---- a deed named by a relative clause or a pronoun of the accusation

@pytest.mark.parametrize("text,trig", [
    ("The massacre, which was attributed to the army, shocked the country.", "massacre"),
    ("The massacre, for which the army was held responsible, shocked the country.", "massacre"),
    ("The mayor condemned the bombing and blamed the army for it.", "bombing"),
    ("A bomb destroyed the bridge on Monday. Police blamed the army for it.", "bomb"),
])
def test_the_deed_an_accusation_points_back_to_gets_the_accused(ann, text, trig):
    ev = next(e for e in violent(ann, text) if e.trigger.text == trig)
    assert ev.actor1 is not None and ev.actor1.span.text == "the army"


@pytest.mark.parametrize("text,trig", [
    ("The bombing, which the rebels reported on Monday, killed 10 people.", "bombing"),  # a report lays it on no one
    ("A bomb destroyed the bridge on Monday. The rebels blamed the government for the economic crisis.", "bomb"),
])
def test_no_accused_no_attacker(ann, text, trig):
    ev = next(e for e in violent(ann, text) if e.trigger.text == trig)
    assert ev.actor1 is None


def test_a_named_attacker_is_not_replaced_by_an_accusation_of_it(ann):
    ev = violent(ann, "Rebels killed two soldiers on Monday. The army blamed the Scorpion Front for it.")[0]
    assert ev.actor1 is not None and ev.actor1.span.text == "Rebels"


def test_a_deed_charged_in_a_that_clause_is_the_accusers_claim(ann):
    ev = violent(ann, "The rebels charged that the air force bombed three villages.")[0]
    assert a1(ev) == "the air force" and ev.modality == "claimed" and ev.claimant_name == "rebels"


def test_a_deed_told_as_fact_beside_an_accusation_stays_asserted(ann):
    ev = violent(ann, "The rebels accused the army of corruption and said that it had bombed three villages.")[0]
    assert ev.modality != "claimed"


def test_an_of_gerund_on_the_object_of_no_accusation_names_no_attacker(ann):
    """ "told the rebels of bombing the bridge": the rebels hear of the deed; only an accusation verb makes its
    object the doer."""
    ev = next(e for e in violent(ann, "Officials told the rebels of bombing the bridge.") if e.trigger.text == "bombing")
    assert a1(ev) is None


# a bare blame whose accused is described to the sentence's end (events/accusation.bare_blame)
DESCRIBED = [
    ("Gunmen shot dead two policemen at a checkpoint in Segovia on Sunday. The police commander, Ramiro Estaban, said "
     "the attackers fled, blaming the Scorpion Front, the region's largest drug gang.", "the Scorpion Front"),
    ("A drone struck a wedding party in Finote Selam on Sunday, killing nine guests. Relatives blamed the Ethiopian "
     "military, which has flown armed drones over the region.", "the Ethiopian military"),
]


@pytest.mark.parametrize("text,actor", DESCRIBED)
def test_a_blame_whose_accused_is_described_names_the_deed_before(ann, text, actor):
    ev = next(e for e in violent(ann, text) if e.sentence.start == 0)
    assert a1(ev) == actor

