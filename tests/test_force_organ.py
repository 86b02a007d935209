"""A force word before a government noun (nlp/force_organ; issue 16, branch stories24): a town's or region's civil
administration named with a force word ("the regional military administration", as Ukraine's regional and city
administrations are called since 2022) is no force of any state: its count of a strike's dead is the local body's,
never the military's.

All sentences and names are written for these tests.
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
    "the regional military administration",
    "the city's military administration",
    "the region's military administration",
    "the Brovary district military administration",
])
def test_a_local_military_administration_names_no_force(res, name):
    assert res.resolve(name, ["RU", "UA"]) is None


@pytest.mark.parametrize("name,want", [
    ("a military spokesman", "RUS_MIL"),
    ("the military", "RUS_MIL"),
    ("a police patrol", "RUS_POLICE"),
    ("the Russian administration", "RUS_GOV"),
    ("district police officials", "RUS_POLICE"),
])
def test_forces_and_governments_stay_the_states(res, name, want):
    assert res.resolve(name, ["RU", "UA"])[0] == want


def test_the_count_of_a_regional_military_administration_is_not_the_strikers(ann):  # noqa: F811
    text = ("A Russian missile struck a school gym in the centre of Pryluky on Monday evening, killing six people and "
            "wounding 19, the regional military administration said.")
    a = ann.annotate(text, DocContext("lo1", published=_dt.date(2026, 3, 2)))
    killed = [f for f in a.figures if f.what == "killed"]
    assert killed and all(f.claimant not in ("RUS_MIL", "UKR_MIL") for f in killed)
