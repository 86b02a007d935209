"""A country or demonym before the proper name of a civil body (a commission, board, bar association, church, red
cross society...) names that body, independent or state-funded, never the country's government or its forces; the
state's own forces and organs named the same way stay the state's.

All phrases are written for these tests.
"""
import datetime as _dt

import pytest
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.nlp.actor_lexicon import get_resolver
from sitrep.nlp.annotate import DocContext


@pytest.fixture(scope="module")
def res():
    return get_resolver()


@pytest.mark.parametrize("name", [
    "the Ethiopian Human Rights Commission",
    "Kenya National Commission on Human Rights",
    "Ethiopian Electoral Board",
    "the Nigerian Bar Association",
    "Nigerian Red Cross Society",
    "the Sudanese Professionals Association",
    "Kenyan Football Federation",
    # a network of doctors or journalists, a national red crescent without "Society" (attackers12)
    "the Chadian Doctors Network",
    "the Iraqi Red Crescent",
])
def test_a_civil_body_named_with_a_demonym_is_no_state_actor(res, name):
    assert res.resolve(name, ["ET"]) is None


def test_an_unseen_civil_body_keeps_its_own_name(res):
    aid, name = res.resolve("Ethiopian Teachers Association", ["ET"], allow_unknown=True)
    assert aid.startswith("unk:") and name == "Ethiopian Teachers Association"


@pytest.mark.parametrize("name,want", [
    ("Ethiopian National Defense Force", "ETH_MIL"),
    ("Kenyan police", "KEN_POLICE"),
    ("the Ethiopian government", "ETH_GOV"),
    ("Nigerian Army", "NGA_MIL"),
    ("Sudanese Armed Forces", "SDN_MIL"),
])
def test_state_forces_named_with_a_demonym_stay_the_states(res, name, want):
    assert res.resolve(name, ["ET"])[0] == want


def test_a_state_organ_named_council_stays_the_government(res):
    assert res.resolve("the Libyan Presidential Council", ["LY"])[0] == "LBY_GOV"


def test_a_commission_that_counts_the_dead_is_the_claimant_not_the_government(ann):  # noqa: F811
    text = ("The Kenyan Teachers Association said on Tuesday that at least 14 people were killed when gunmen raided "
            "the market of Tsavomba on Sunday.")
    a = ann.annotate(text, DocContext("cb1", published=_dt.date(2024, 3, 5)))
    claimants = {f.claimant for f in a.figures if f.claimant}
    assert claimants and "KEN_GOV" not in claimants
    assert all(m.entity_id != "KEN_GOV" for m in a.entities)
