"""Terrorism reports, seventh round (issue 16, branch terror7), on sentences written for these tests with made-up
people and places (Kessara, Dorvan: no gazetteer entries) and real towns (Beledweyne, Jowhar)."""
from __future__ import annotations

import datetime as dt

from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader; published Monday 2024-05-06)

VIOLENT = ("Explosions/Remote violence", "Battles", "Violence against civilians")


def violent(an):  # type: ignore[no-untyped-def]
    return [e for e in an.events if e.event_type in VIOLENT and e.modality != "background"]


# a bomber named days later: the relative clause's killing is the bomber's (events/antecedent_weapon), and the
# lead's "last week" takes the day the body of the report tells (vague_first.blast_day_within)
NAMED_LATER = ("MOGADISHU, May 6 (Reuters) - Somalia's police on Monday named the suicide bomber who killed seven "
               "soldiers at a checkpoint in Beledweyne last week as a 19-year-old from Jowhar. He blew himself up on "
               "Wednesday evening as soldiers searched a minibus, police said.")


def test_the_bomber_named_later_is_one_suicide_bombing_on_its_day(ann):  # type: ignore[no-untyped-def]
    evs = violent(read(ann, NAMED_LATER))
    got = [(e.sub_event_type, e.date_start) for e in evs]
    assert got == [("Suicide bomb", dt.date(2024, 5, 1))], got


def test_the_relative_clause_of_a_bomber_is_a_suicide_bombing(ann):  # type: ignore[no-untyped-def]
    evs = violent(read(ann, "Prosecutors in Dorvan on Monday charged the brother of the suicide bomber who killed "
                            "eleven worshippers at a mosque in the city in March."))
    assert [e.sub_event_type for e in evs] == ["Suicide bomb"], [e.sub_event_type for e in evs]


def test_the_relative_clause_of_a_gunman_stays_a_shooting(ann):  # type: ignore[no-untyped-def]
    evs = violent(read(ann, "Prosecutors in Dorvan on Monday charged the brother of the gunman who killed eleven "
                            "worshippers at a mosque in the city in March."))
    assert "Suicide bomb" not in [e.sub_event_type for e in evs], [e.sub_event_type for e in evs]



def test_a_groups_country_branch_is_the_group_not_the_countrys_government():  # type: ignore[no-untyped-def]
    from sitrep.nlp.actor_lexicon import get_resolver
    r = get_resolver()
    assert r.resolve("the Islamic State's Somalia branch")[0] == "ISS_SO"
    assert r.resolve("the Islamic State group's Afghan affiliate")[0] == "ISKP"
    assert r.resolve("the Islamic State's Pakistan affiliate")[0] == "ISIS"
    assert r.resolve("Pakistan's army")[0] == "PAK_MIL"


def test_a_claim_by_a_groups_branch_names_the_doer(ann):  # type: ignore[no-untyped-def]
    evs = violent(read(ann, "A bomb hidden in a handcart killed three shoppers in a bazaar in Dorvan on Tuesday, "
                            "police said. The Islamic State's Pakistan affiliate claimed responsibility on Wednesday."))
    assert [e.actor1.name if e.actor1 else None for e in evs] == ["Islamic State"], evs
