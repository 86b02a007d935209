"""tolls24: people "found dead in" a killing ("in an apparent murder-suicide", "in what police believe was a double
homicide") were killed: the finding is the deed, its toll the people found (its doer untold); a murder-suicide is no
suicide bombing; "a lone gunman" is a generic attacker (no one named).
Sentences written for these tests; names and places made up (Tessor: no gazetteer entry)."""
from __future__ import annotations

import pytest

from test_tolls11 import ann, harm, read  # noqa: F401  (the shared annotator fixture and reader)
from test_tolls19 import deaths

from sitrep.events.generic_doers import generic_doer_words


_FOUND_IN_KILLINGS = [
    ("A woman and her two daughters were found dead at a farmhouse outside Tessor on Sunday morning in what police "
     "believe was a murder-suicide.\n\nNeighbours said the family had moved there in spring.", 3.0),
    ("Two brothers were found dead in their flat in Tessor on Tuesday in an apparent double homicide, the county "
     "sheriff said.", 2.0),
    ("Two hikers were found dead near Tessor on Tuesday in what police say was not a murder but a fall.", None),
]


@pytest.mark.parametrize("text,dead", _FOUND_IN_KILLINGS)
def test_found_dead_in_a_killing_is_a_killing_and_no_suicide_bombing(ann, text, dead):
    an = read(ann, text)
    assert deaths(an) == dead, [(e.trigger.text, e.event_type, e.fatalities) for e in an.events]
    assert all(e.sub_event_type != "Suicide bomb" for e in harm(an)), [(e.trigger.text, e.sub_event_type)
                                                                       for e in an.events]


def test_a_lone_gunman_is_a_generic_attacker():
    assert generic_doer_words("a lone gunman")
    assert generic_doer_words("the lone attacker")
    assert not generic_doer_words("a lone farmer")


def test_a_bystander_hit_by_a_stray_bullet_is_hurt(ann):
    from test_tolls19 import wounded
    an = read(ann, "Gunmen shot dead a shopkeeper in Tessor on Monday night, police said. A woman was hit by a stray "
                   "bullet and is receiving treatment in hospital.")
    assert deaths(an) == 1.0 and wounded(an) == 1.0, [(f.span.text, f.what, f.low) for f in an.figures]


def test_hit_by_a_car_is_no_gunshot_hurt(ann):
    an = read(ann, "Gunmen shot dead a shopkeeper in Tessor on Monday night, police said. A woman was hit by a car "
                   "as she ran from the shop.")
    assert not any(f.what == "wounded" for f in an.figures), [(f.span.text, f.what, f.low) for f in an.figures]


def _attackers(an):  # type: ignore[no-untyped-def]
    return [x.name for e in harm(an) for x in [e.actor1, *e.associates] if x is not None]


def test_the_main_accused_named_in_apposition_is_the_attacker(ann):
    an = read(ann, "Two farmers were shot dead when a group of men opened fire on them in Tessor on Sunday, police "
                   "said. Police have arrested the main accused, Dorvan Pelkar (41), and seized a pistol.")
    assert any("Pelkar" in n for n in _attackers(an)), _attackers(an)


def test_the_accused_subject_of_an_arrest_is_the_attacker(ann):
    an = read(ann, "A 30-year-old shopkeeper was stabbed to death by a group of men in Tessor on Monday night, police "
                   "said. The main accused, Harnel Vostrick (27), has been arrested.")
    assert any("Vostrick" in n for n in _attackers(an)), _attackers(an)


def test_a_councilor_shot_in_a_relative_clause_and_still_critical_is_hurt(ann):
    from test_tolls19 import wounded
    an = read(ann, "A village councilor who was shot by two men in Tessor on Friday remains in critical condition, "
                   "police said on Sunday.")
    assert wounded(an) == 1.0, [(f.span.text, f.what, f.low) for f in an.figures]
