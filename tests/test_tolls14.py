"""tolls14: deaths and injuries read the way reporters write them (issue 16): the hurt carried to hospital "in a
critical condition"; the hurt still in hospital after a crime; people wounded who have since died are dead, deaths added to the toll.
Sentences written for these tests; names and places made up (Tessor and Quarnby are no real towns)."""
from __future__ import annotations

import pytest
from test_tolls10 import ann, deaths_of, read  # noqa: F401  (the shared annotator fixture and readers)
from test_tolls12 import hurt_of


def _figs(an):  # type: ignore[no-untyped-def]
    return [(f.what, f.low, f.span.text) for f in an.figures]


def test_the_hurt_carried_to_hospital_in_a_critical_condition(ann):
    an = read(ann, "One man has died and a second was taken to Quarnby Hospital in a critical condition after a "
                   "shooting in Tessor on Thursday night, police said.")
    assert deaths_of(an) == [1.0] and hurt_of(an) == [1.0], _figs(an)


def test_carried_in_a_critical_condition_but_died_is_no_hurt(ann):
    an = read(ann, "A man was punched during a row outside a bar in Tessor on Sunday. The man was taken to Quarnby "
                   "Hospital in a critical condition but died on Tuesday night, police said.")
    assert hurt_of(an) == [], _figs(an)


def test_the_hurt_still_in_hospital_after_a_crime(ann):
    an = read(ann, "A third person has died after last week's homicide at a bus station in Tessor, police said on "
                   "Monday. Two other people who were stabbed in the homicide remain in hospital in a stable condition.")
    assert max(hurt_of(an), default=None) == 2.0, _figs(an)


def test_people_wounded_who_have_since_died_are_dead(ann):
    an = read(ann, "Two more people wounded in a shooting at a house party in Tessor over the weekend have died, "
                   "bringing the death toll from the shooting to five, police said on Tuesday.")
    assert deaths_of(an) == [5.0] and 2.0 not in hurt_of(an), _figs(an)


def test_people_wounded_when_a_clause_comes_between_stay_hurt(ann):
    an = read(ann, "Two people wounded when gunmen fired on a bus in Tessor were taken to hospital, and the driver "
                   "died at the scene, police said.")
    assert 2.0 in hurt_of(an), _figs(an)


def test_a_part_of_the_wounded_who_died_leaves_the_whole_hurt(ann):
    # merged main, 2026-12-05 seventh round: "five of the eleven wounded ... had died" read 11 dead, and a story
    # of one raid gave a second incident (story_sets8 s01 above its largest count)
    an = read(ann, "Gunmen raided a village near Tessor on Monday night. Police said on Thursday that four of the nine "
                   "wounded villagers had died in hospital.")
    assert 9.0 not in deaths_of(an), _figs(an)
