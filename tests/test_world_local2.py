"""Tolls and attackers of local crime reports from outside the US, second held-out set (issue 16, branch
worldlocal2): a death told with no word of the deed but a murder charge or inquiry, and a second victim coordinated
with a first one's death by a participle of his own. Sentences written for these tests; names and events made up."""
from __future__ import annotations

from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import analyse, deaths, harm, wounded  # the first set's helpers (same record date)


def test_a_charge_of_murder_tells_the_killing(ann):  # noqa: F811
    text = ("A Regina man has been charged with second-degree murder after a woman was found dead in an apartment on "
            "Tuesday. Marcus Kehoe, 41, was arrested at the building.")
    evs = harm(ann, text)
    assert [e.fatalities.low for e in evs if e.fatalities is not None] == [1]
    assert any(x.name.endswith("Kehoe") for e in evs for x in [e.actor1, *e.associates] if x is not None)


def test_counts_of_murder_after_a_fire(ann):  # noqa: F811
    text = ("Two brothers have died in a fire at their home in Bunbury. Firefighters found the house well alight. "
            "A 33-year-old man was later charged with two counts of murder.")
    assert deaths(ann, text) == 2


def test_a_murder_investigation_tells_the_killing(ann):  # noqa: F811
    text = ("Gardaí have launched a murder investigation after a man was found with head injuries at a flat in "
            "Athlone. He was pronounced dead at the scene.")
    assert deaths(ann, text) == 1


def test_no_killing_from_an_attempted_murder_charge(ann):  # noqa: F811
    text = ("A 19-year-old man has been charged with attempted murder. The victim, a woman in her 50s, remains in "
            "hospital.")
    assert deaths(ann, text) is None


def test_second_victim_with_a_participle_of_his_own(ann):  # noqa: F811
    text = ("A 30-year-old man was beaten to death and his companion seriously injured by a mob on suspicion of theft "
            "in Gaya early on Sunday, police said.")
    assert deaths(ann, text) == 1
    text = "A village chief was killed and his driver wounded when gunmen ambushed their car in Iloilo on Friday."
    assert deaths(ann, text) == 1
    assert wounded(ann, text) == 1


def test_left_one_dead_and_another_injured(ann):  # noqa: F811
    text = "A stabbing in Moss Side left one man dead and another seriously injured."
    assert deaths(ann, text) == 1
    assert wounded(ann, text) == 1


def test_a_noun_the_lexicon_lacks_told_dead_is_one_person(ann):  # noqa: F811
    text = "A 31-year-old history-sheeter was hacked to death by four men near a tea stall in Mysuru on Sunday night."
    assert deaths(ann, text) == 1
    assert deaths(ann, "An autorickshaw-puller was stabbed to death by two youths in Kanpur on Friday.") == 1
    assert harm(ann, "Unknown attackers hacked the council's servers in Mysuru on Sunday.") == []


def test_father_of_two_counts_one(ann):  # noqa: F811
    assert deaths(ann, "A man has been charged with murder after a father-of-two was shot dead in a street in Salford.") == 1


def test_a_count_over_a_long_feud_is_no_toll(ann):  # noqa: F811
    text = ("Three men were shot dead at a bar in Uruapan on Friday. The killings come amid a months-long fight "
            "between two gangs that has left dozens dead in the region.")
    an = analyse(ann, text)
    assert [f.background for f in an.figures if f.what == "killed" and f.span.text == "dozens"] == [True]
    assert deaths(ann, text) == 3
