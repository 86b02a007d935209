"""Suspects and pronouns of single-incident crime reports (issue 16, branch attackers25), on sentences written for
these tests (names made up):

- "arrested her ex-boyfriend, X," where the parser makes each word of "her ex - boyfriend" an object: the object a
  name stands in apposition to is the one arrested (events/charged_suspect._subject);
- "The attacker, whom prosecutors identified as X,": the identification in a relative clause on the doer noun
  (events/charged_suspect._charged_or_identified);
- "the main accused, X alias Y": the name before the nickname (events/charged_suspect._People.at);
- "X quarrelled with his cousin, Y Z. He ... fired at Y": a pronoun is not the one its own clause acts on, and two full
  names that share a surname are two people (events/antecedents.mention_antecedent, other_person_beside).
"""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def attackers(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("sf25", published=dt.date(2025, 4, 2)))
    return [e.actor1.name if e.actor1 else None for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]


def told_attackers(ann, text):  # type: ignore[no-untyped-def]
    """The attackers of the deeds told as done."""
    an = ann.annotate(text, DocContext("sf25", published=dt.date(2025, 4, 2)))
    return [e.actor1.name if e.actor1 else None for e in an.events
            if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]


@pytest.mark.parametrize("text, who", [
    ("The family of a woman who was shot dead in her home in Corvale on Sunday wants answers. Deputies arrested her "
     "ex-boyfriend, Dorian Vasko, 29, on Monday and booked him on a count of second-degree murder.", "Dorian Vasko"),
    ("A man stabbed a cyclist to death at a crossing in Meloria on Friday. The attacker, whom prosecutors identified "
     "as Ruben Tollefsen, 41, ran from the scene.", "Ruben Tollefsen"),
    ("Two brothers were shot dead in a quarrel over a field near Dhoke Sarwar on Monday. Police have arrested the "
     "main accused, Naveed Qamar alias Nanu, and registered a case against four others.", "Naveed Qamar"),
])
def test_the_suspect_named_later_is_the_attacker(ann, text, who):  # type: ignore[no-untyped-def]
    assert who in attackers(ann, text)


def test_a_pronoun_is_not_the_kinsman_its_clause_acts_on(ann):  # type: ignore[no-untyped-def]
    text = ("Police said Arif Dastgir, 35, had been feuding with his cousin, Sohail Dastgir, 40, for a year over a "
            "shop. On Tuesday he walked into the shop with a rifle and fired at Sohail, who died on the spot.")
    got = attackers(ann, text)
    assert "Arif Dastgir" in got and "Sohail Dastgir" not in got


def test_the_one_who_had_planned_the_told_killing_is_its_doer(ann):  # type: ignore[no-untyped-def]
    # events/planner_doer: a definite deed under a past verb of planning points back at the deed told
    text = ("Harun Mallick, a teacher, was shot dead outside his school in Rampurwa on Friday. Two men on a motorcycle "
            "fired at him, police said. Police on Sunday arrested Bikash Tandon, a landlord. Tandon had planned the "
            "killing and paid the gunmen, the police chief said.")
    assert "Tandon" in " ".join(a or "" for a in told_attackers(ann, text))
    # a plan still to come names no doer of the deed told
    text = ("Harun Mallick, a teacher, was shot dead outside his school in Rampurwa on Friday. Police said Bikash "
            "Tandon plans to attack the school again.")
    assert not any(a and "Tandon" in a for a in told_attackers(ann, text))


def test_two_groups_told_with_a_background_run_of_attacks_lend_no_doer(ann):  # type: ignore[no-untyped-def]
    # events/paired_doers: which of two, if either, did the incident is a guess
    text = ("Six people were killed on Monday when a bomb hidden in a cart exploded in a market in Dera Murad "
            "Jamali, police said. No group claimed the bombing. Both Baloch separatists and Tehrik-i-Taliban "
            "Pakistan fighters have carried out attacks in the province in recent months.")
    got = attackers(ann, text)
    assert not any(a and ("Baloch" in a or "Taliban" in a) for a in got)


def test_the_vehicle_that_struck_a_mine_is_no_doer(ann):  # type: ignore[no-untyped-def]
    # events/struck_device: who meets the device is its victim
    got = attackers(ann, "Three traders were killed when their lorry struck a roadside bomb near Wajir on Monday.")
    assert "lorry" not in got
    got = attackers(ann, "A minibus ran over a landmine near Wajir on Monday, killing five passengers.")
    assert "minibus" not in got
    # who sets the device off on purpose is its doer
    got = attackers(ann, "Rebels triggered a bomb under a police van near Wajir on Monday, killing four officers.")
    assert "minibus" not in got and any(a and "Rebels" in a for a in got)


def test_a_double_surname_of_the_man_arrested_is_the_attacker(ann):  # type: ignore[no-untyped-def]
    # events/surnamed: a Hispanic double surname with an accent, the object of the arrest
    text = ("Agents on Thursday arrested a 31-year-old man surnamed Quirós Madrigal, suspected of shooting a taxi "
            "driver dead in Heredia last month.")
    assert "Quirós Madrigal" in attackers(ann, text)
