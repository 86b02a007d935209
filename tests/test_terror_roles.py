"""Roles in terrorism reports (branch terror2, issue 16), on sentences written for these tests (the people and
incidents are made up; the towns and armed groups are real, named only as public knowledge).

- a group's name that the parse cuts short ("Tehreek-i-Taliban Pakistan": "Taliban Pakistan" alone reads as the
  country's forces; "<group> fighters" reads as "fighters") is the group the entity layer read (events/roles.py,
  ``ActorFinder._cut_group_name``);
- police as victims are the police of the one country the report sets things in, even when it names another
  country's armed group or people (a police force serves at home); soldiers are not (troops serve abroad);
  "at least six policemen" is read as "policemen"; "an Army detachment" is the country's army;
- a group that says "its fighters had planted the bomb" claims the bombing told before, up to five sentences back,
  and that sentence tells no second bombing (events/claims.py);
- a strike by a suicide bomber, or an explosive vest detonated, is a suicide bombing (data/ontology.json);
- attackers surrounding their target in the sentence after an attack are that attack's approach, no event of their
  own (events/merge.py).
"""
from __future__ import annotations

import datetime as dt

import pytest
from sitrep.nlp.annotate import DocContext
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_crossclause import name, on


def victim(ev):  # type: ignore[no-untyped-def]
    return ev.actor2.name if ev.actor2 is not None else None


# (text, trigger, actor1 wanted)
DOERS = [
    ("Tehrik-i-Taliban Pakistan fighters attacked a police station in Bannu on Tuesday, killing three constables.",
     "attacked", "Tehrik-i-Taliban Pakistan"),
    # the claim's subject parsed as "Taliban Pakistan" read as Pakistan's forces before
    ("At least five policemen were killed when a suicide bomber blew himself up at a police post in Bannu on "
     "Tuesday. The banned Tehreek-i-Taliban Pakistan claimed responsibility for the attack.",
     "blew", "Tehrik-i-Taliban Pakistan"),
]

# (text, trigger or None for the first violent event, actor2 wanted)
TARGETS = [
    ("At least six policemen were killed when a suicide bomber blew himself up at a police post in Bannu on "
     "Tuesday, officials said.", "blew", "Police Forces of Pakistan"),
    # a foreign armed group named: the police are still the setting country's (soldiers would stay unnamed)
    ("Four police officers were killed on Saturday when their vehicle ran over a roadside bomb in Mandera. The "
     "Somalia-based militants of al-Shabaab have targeted the area before.", None, "Police Forces of Kenya"),
    ("Two soldiers were killed when militants attacked an Army detachment in Datu Piang on Friday, the military "
     "said.", "attacked", "Military Forces of Philippines"),
]


@pytest.mark.parametrize("text,trigger,want", DOERS)
def test_a_cut_group_name_is_the_group(ann, text, trigger, want):  # type: ignore[no-untyped-def]
    evs = violent(ann, text)
    assert name(on(evs, trigger)) == want, [(e.trigger.text, name(e)) for e in evs]


@pytest.mark.parametrize("text,trigger,want", TARGETS)
def test_generic_forces_targets_are_the_country_forces(ann, text, trigger, want):  # type: ignore[no-untyped-def]
    evs = violent(ann, text)
    ev = on(evs, trigger) if trigger else evs[0]
    assert victim(ev) == want, [(e.trigger.text, victim(e)) for e in evs]


def test_its_fighters_planted_the_bomb_is_a_claim(ann):  # type: ignore[no-untyped-def]
    evs = violent(ann, "A district official and his driver were killed when a magnetic bomb attached to their car "
                       "exploded in Jalalabad on Wednesday. Two passersby were also injured. On Wednesday evening, "
                       "the Islamic State group's Khorasan branch (ISKP) said in a statement that its fighters had "
                       "planted the explosive device.")
    assert name(on(evs, "exploded")) == "Islamic State Khorasan Province"
    assert [e.trigger.text for e in evs] == ["exploded"], [e.trigger.text for e in evs]


def test_a_later_own_men_claim_reaches_the_whole_incident(ann):  # type: ignore[no-untyped-def]
    evs = violent(ann, "A suicide bomber struck a mosque in Kunduz on Friday, killing 12 worshippers, officials "
                       "said. The blast tore through the prayer hall. Dozens of people were wounded. The toll rose "
                       "later. No group claimed the attack at first. On Saturday, Islamic State Khorasan Province "
                       "said in a statement carried by its news agency that one of its fighters had detonated an "
                       "explosive vest among the worshippers.")
    ev = on(evs, "struck")
    assert ev.sub_event_type == "Suicide bomb"
    assert name(ev) == "Islamic State Khorasan Province", [(e.trigger.text, name(e)) for e in evs]


def test_an_explosive_vest_is_a_suicide_bombing(ann):  # type: ignore[no-untyped-def]
    evs = violent(ann, "The attacker walked up to the gate of the police post in Bannu on Tuesday and detonated his "
                       "explosives vest, killing four guards.")
    assert on(evs, "detonated").sub_event_type == "Suicide bomb"


def test_attackers_surrounding_their_target_are_the_attack(ann):  # type: ignore[no-untyped-def]
    an = ann.annotate("Gunmen attacked a church in a village near Dori on Sunday, killing twelve worshippers, "
                      "officials said. \"The assailants surrounded the church and opened fire on the faithful,\" a "
                      "local official said.", DocContext("r1", published=dt.date(2025, 4, 28)))
    assert not [e for e in an.events if e.sub_event_type == "Other"], [(e.trigger.text, e.sub_event_type)
                                                                       for e in an.events]


def test_people_marched_by_their_captors_are_no_protest(ann):  # type: ignore[no-untyped-def]
    # events/word_senses.forced_march: people as the object of "marched" were made to march
    an = ann.annotate("Gunmen stormed a church in Kajuru on Sunday and abducted 20 worshippers. The attackers "
                      "marched the worshippers into the bush, a community leader said.",
                      DocContext("r1", published=dt.date(2025, 3, 24)))
    assert not [e for e in an.events if e.event_type == "Protests"], [(e.trigger.text, e.sub_event_type)
                                                                       for e in an.events]
    an = ann.annotate("Thousands of students marched the streets of Kaduna on Sunday.",
                      DocContext("r1", published=dt.date(2025, 3, 24)))
    assert [e.sub_event_type for e in an.events] == ["Peaceful protest"]


def test_the_attack_claimed_days_later_is_the_attack_told(ann):  # type: ignore[no-untyped-def]
    # events/claims.credit_claims: "claimed the attack on Tuesday" is no second attack dated Tuesday
    an = ann.annotate("Insurgents killed at least seven villagers in Macomia on Sunday, local sources said. The "
                      "wounded were taken to the district hospital. The Islamic State group claimed the attack on "
                      "Tuesday.", DocContext("r1", published=dt.date(2025, 11, 5)))
    evs = [e for e in an.events if e.event_type in ("Violence against civilians", "Battles")
           and e.modality == "asserted"]
    assert [(e.trigger.text, name(e)) for e in evs] == [("killed", "Islamic State")]


def test_the_bomber_killed_in_his_blast_is_no_victim(ann):  # type: ignore[no-untyped-def]
    # events/victim_nouns.own_blast
    evs = violent(ann, "A suicide bomber blew himself up outside a hotel in Bannu on Tuesday, officials said. The "
                       "bomber was also killed in the blast.")
    assert not [e for e in evs if e.actor2 is not None and "bomber" in e.actor2.name.lower()], \
        [(e.trigger.text, victim(e)) for e in evs]
