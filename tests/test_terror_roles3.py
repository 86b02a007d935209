"""Terrorism reports, third round (branch terror3, issue 16), on sentences written for these tests (the people and
incidents are made up; the towns and armed groups are real, named only as public knowledge).

- "were martyred" kills: its subject is the deed's victim (data/ontology.json, vac.attack and kill_lemmas);
- a plural deed noun counted as a record ("has witnessed several attacks", "a surge of attacks", "have been hit by
  repeated attacks", and the deeds it lists: "including raids on ...") under a verb in a perfect tense tells a
  place's or a group's history, no incident (events/reference.attack_record);
- a deed that killed some and wounded others struck first those it killed (events/participants.killed_first);
- a deed at a site of the police or the army ("outside a police station") struck those forces, and the members of
  a unit ("personnel of the Central Reserve Police Force") are its forces (events/forces_site.py,
  ``ActorFinder._unit_members``, data/forces_sites.tsv);
- a group named in quotes before "were behind the attack" names the attacker (events/claims._DOER_BEFORE), and "the
  militants" after one armed group named in the sentence are its militants (events/antecedents.group_antecedent);
- a group's own word about its deed after the deed is told ("claimed it had killed eight soldiers") is no second
  incident (events/claims.drop_own_boasts);
- "Twelve civilians, among them four foreigners, were killed": the four are part of the twelve, no toll of their own
  (nlp/figure_actions._among_them);
- a site the gazetteer cannot place ("stormed the Hotel Sahel Palace") yields to the town the report sets it in
  (events/place.choose_place, ``unknown_site``).
"""
from __future__ import annotations

import datetime as dt

import pytest
from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)


def victims(evs):  # type: ignore[no-untyped-def]
    return [(e.trigger.text, e.actor2.name if e.actor2 is not None else None) for e in evs]


MARTYRED = [
    ("Four policemen were martyred and seven others injured when a suicide bomber rammed a car into a police post in "
     "Lakki Marwat on Monday, officials said.", "Police Forces of Pakistan"),
    # a constable is a police officer (data/bare_forces.tsv)
    ("Two constables were martyred when a bomb went off near their van in Dera Ismail Khan on Sunday.",
     "Police Forces of Pakistan"),
]


@pytest.mark.parametrize("text,want", MARTYRED)
def test_the_martyred_are_the_victims(ann, text, want):  # type: ignore[no-untyped-def]
    evs = violent(ann, text)
    assert any(v == want for _, v in victims(evs)), victims(evs)


RECORDS = [
    "Three police officers were killed when their truck hit a roadside bomb near Garissa on Monday. The county has "
    "experienced several attacks blamed on al-Shabaab, including raids on police posts and on buses.",
    "Two guards were killed on Monday when a bomb went off at a hotel gate in Garissa town. Police blamed the attack "
    "on al-Shabaab militants and said a manhunt had been launched. The county has experienced several attacks blamed "
    "on the militants.",
]


@pytest.mark.parametrize("text", RECORDS)
def test_a_record_of_attacks_is_no_incident(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 6, 2)))
    told = [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality in ("asserted", "claimed")]
    assert len(told) == 1, [(e.trigger.text, e.sub_event_type, e.modality) for e in told]



SIEGE = ("Special forces on Saturday ended a 14-hour siege of a hotel in the capital Ouagadougou, where gunmen had "
         "taken guests hostage, the government said. The assailants stormed the Hotel Sahel Palace on Friday evening, "
         "firing on diners at its terrace restaurant. Twelve civilians, among them four foreigners, were killed, "
         "government spokesman Issa Kombassere said.")


def _attacks(ann):  # type: ignore[no-untyped-def]
    an = ann.annotate(SIEGE, DocContext("r1", published=dt.date(2025, 5, 11)))
    evs = [e for e in an.events if e.sub_event_type == "Attack" and e.modality == "asserted"]
    assert evs, [(e.trigger.text, e.sub_event_type, e.modality) for e in an.events]
    return evs


def test_a_count_among_them_is_part_of_the_toll(ann):  # type: ignore[no-untyped-def]
    evs = _attacks(ann)
    assert [e.fatalities.low if e.fatalities else None for e in evs] == [12] * len(evs)


def test_an_unknown_site_yields_to_its_town(ann):  # type: ignore[no-untyped-def]
    evs = _attacks(ann)
    assert all(e.place is not None and e.place.name == "Ouagadougou" for e in evs), [e.place for e in evs]


# (text, actor2 wanted)
FORCES = [
    ("A car bomb exploded near a bus stop in Cucuta on Thursday, killing two police officers and wounding nine "
     "people, the authorities said.", "Police Forces of Colombia"),
    ("A grenade exploded in a market in Cucuta on Thursday, killing two soldiers and injuring eleven people.",
     "Military Forces of Colombia"),
    ("A car bomb partially exploded outside a police station in Derry on Saturday night, police said. Nobody was "
     "injured.", "Police Forces of United Kingdom"),
    ("Four personnel of the Central Reserve Police Force were killed when Maoists detonated an IED in Sukma on "
     "Tuesday.", "Police Forces of India"),
]


@pytest.mark.parametrize("text,want", FORCES)
def test_the_forces_struck(ann, text, want):  # type: ignore[no-untyped-def]
    evs = violent(ann, text)
    assert victims(evs)[0][1] == want, victims(evs)


def test_the_killed_come_before_a_place_phrase(ann):  # type: ignore[no-untyped-def]
    evs = violent(ann, "Three police officers were killed on Monday when their vehicle ran over an improvised explosive "
                       "device on the outskirts of Wajir.")
    assert "police" in (victims(evs)[0][1] or "").lower(), victims(evs)


# (text, trigger of the deed, actor1 wanted)
BLAMED = [
    ("Gunmen attacked a village near Baqubah in Diyala province late on Saturday, killing four farmers, security "
     "sources said. The attackers opened fire on the farmers and then fled, a police officer said. A spokesman for the "
     "Security Media Cell said in a statement that \"remnants of the Daesh terrorist gangs\" were behind the attack "
     "and that a search operation was under way.", "attacked", "Islamic State"),
    ("Two soldiers and four suspected members of the Bangsamoro Islamic Freedom Fighters (BIFF) were killed when the "
     "militants attacked an Army detachment in Shariff Aguak on Friday, the military said.", "attacked",
     "Bangsamoro Islamic Freedom Fighters"),
]


@pytest.mark.parametrize("text,trigger,want", BLAMED)
def test_the_group_named_is_the_attacker(ann, text, trigger, want):  # type: ignore[no-untyped-def]
    evs = violent(ann, text)
    ev = next(e for e in evs if e.trigger.text == trigger)
    assert ev.actor1 is not None and ev.actor1.name == want, [(e.trigger.text, e.actor1) for e in evs]


def test_a_deed_told_during_a_dated_clause_takes_its_day(ann):  # type: ignore[no-untyped-def]
    # events/date.during_time: the clause the bombing is told as happening during gives its day
    an = ann.annotate("A car bomb exploded as the convoy of a provincial official passed through the Khormaksar "
                      "district of Aden on Sunday, killing four of his guards, security officials said.",
                      DocContext("r1", published=dt.date(2025, 3, 17)))
    evs = [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]
    assert [str(e.date_start) for e in evs] == ["2025-03-16"], [(e.trigger.text, e.date_start) for e in evs]


def test_a_groups_own_boast_is_no_second_incident(ann):  # type: ignore[no-untyped-def]
    # events/claims.drop_own_boasts
    an = ann.annotate("A roadside bomb struck an army truck near Balcad on Thursday, killing three soldiers, an officer "
                      "said. In a Friday statement, Al Shabaab said its fighters had carried out the bombing and "
                      "claimed it had killed eight soldiers.", DocContext("r1", published=dt.date(2025, 3, 7)))
    evs = [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality in ("asserted", "claimed")]
    assert len(evs) == 1, [(e.trigger.text, e.sub_event_type, e.modality) for e in evs]
