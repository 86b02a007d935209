"""The attacker named apart from the deed (issue 16, branch roles25, tests/data/terror_reports10): a blame that names
its deed in a later sentence ("blamed the attack on X", "blamed X for the assault": events/blamed_deed.py); a side
noun with the group it comes from ("Jihadists from ISWAP": events/membership.named_group_of_side); a group told only
by a description when the report names one armed group ("Fighters from the Somali Islamist group":
events/described_doer.py); a claim told to reporters ("X told reporters in a message that its fighters carried out
the attack": events/claims); "Gunmen loyal to the bandit leader X" (X's band: events/leader_loyal.py). Reports
written for these tests with made-up villages and people."""
from __future__ import annotations

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_crossclause import name

BLAMED_ON = ("Gunmen killed three members of the Syrian Democratic Forces at a checkpoint in the village of Tell "
             "Marqas on Monday night, the Kurdish-led force said. According to an SDF statement, the attackers fired "
             "from a passing car. A spokesman for the force, Rezan Kobani, blamed the attack on Islamic State sleeper "
             "cells.")
BLAMED_FOR = ("Rebels stormed a police post in Velantia in Colombia's Arauca province on Sunday, killing three "
              "officers, authorities said. Interior Minister Tomas Urrego blamed the National Liberation Army, or ELN, "
              "for the assault and promised more troops for the region. The ELN is fighting dissidents of the former FARC "
              "for smuggling routes.")
FROM_GROUP = ("Jihadists from Islamic State West Africa Province stormed an army base in Kalmaru in Borno State on "
              "Saturday, killing six soldiers, two military sources said.")
DESCRIBED = ("Fighters from the Somali Islamist group attacked a police station in Dhurwaqo in the Hiran region on "
             "Monday, killing five officers, a police commander said. Al-Shabaab has fought the federal government "
             "for more than fifteen years.")
TOLD = ("Militants attacked a police checkpoint in Tarokhel village in Bannu district on Friday, killing three "
        "policemen, police said. The Tehreek-e-Taliban Pakistan told reporters in a message that its fighters "
        "carried out the attack.")


def test_a_later_blame_of_the_attack_on_a_group_names_the_doer(ann):  # type: ignore[no-untyped-def]
    assert name(violent(ann, BLAMED_ON)[0]) == "Islamic State"  # the killing told first, not the blame's own noun


def test_a_later_blame_of_a_group_for_the_assault_replaces_a_bare_side(ann):  # type: ignore[no-untyped-def]
    n = name(violent(ann, BLAMED_FOR)[0])
    assert n is not None and "National Liberation Army" in n, n


def test_a_side_noun_from_a_named_group_is_that_group(ann):  # type: ignore[no-untyped-def]
    assert "Islamic State West Africa Province" in [name(e) for e in violent(ann, FROM_GROUP)]


def test_a_described_group_is_the_one_group_the_report_names(ann):  # type: ignore[no-untyped-def]
    n = name(violent(ann, DESCRIBED)[0])
    assert n is not None and "Shabaab" in n, n


def test_a_claim_told_to_reporters_names_the_doer(ann):  # type: ignore[no-untyped-def]
    names = [name(e) for e in violent(ann, TOLD)]
    assert any(n and "Taliban" in n for n in names), names


LOYAL_TO_LEADER = ("GUSAU, Nigeria, March 3 (Reuters) - Gunmen loyal to the bandit leader Audu Bakura killed nine "
                   "villagers near Tsafe in Zamfara State on Sunday, residents said.")


def test_gunmen_loyal_to_a_bandit_leader_are_his_band(ann):  # type: ignore[no-untyped-def]
    assert name(violent(ann, LOYAL_TO_LEADER)[0]) == "Audu Bakura"
