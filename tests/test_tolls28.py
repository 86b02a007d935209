"""tolls28: a house fire and a death "in a fire" are accidents with a toll, unless the report names arson; "fire broke
out" too; "At least 12 people died and up to 80 were injured" counts 80 hurt, not 80 dead; a later body counted by an
ordinal ("and a tenth body was found") raises the toll; a hospital count is the hurt even beside an older fire's "no
one was hurt". Sentences written for these tests; names and places made up (Tessor, Marwick: no gazetteer entry)."""
from __future__ import annotations

import pytest

from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader)
from test_tolls26 import deaths, show, wounded


@pytest.mark.parametrize("text,dead,hurt", [
    # a house fire with no violent word
    ("Three sisters died in a house fire in Tessor early on Sunday, the fire service said. Their father was treated "
     "for burns in hospital.", 3.0, 1.0),
    # "died in a fire at their home": who died is the victim, no doer
    ("Two elderly brothers died in a fire at their farmhouse outside Tessor on Friday night, police said.", 2.0, None),
    # "fire broke out"
    ("A grandmother and her two grandsons died when fire broke out in their wooden cabin near Tessor on Monday, "
     "officials said.", 3.0, None),
])
def test_a_fire_with_no_violent_word_has_its_toll(ann, text, dead, hurt):
    an = read(ann, text)
    assert (deaths(an), wounded(an)) == (dead, hurt), show(an)
    assert all(e.actor1 is None for e in an.events if e.outside == "man_made_disaster"), show(an)


@pytest.mark.parametrize("text", [
    "Two people died in a house fire in Tessor on Sunday which detectives are treating as arson.",
    # shots fired, no blaze
    "A driver died in the north of Tessor on Sunday when a soldier fired at his car at a checkpoint.",
    # a strike's fire
    "A drone hit a grain store in Tessor overnight, officials said. A fire broke out over 200 square metres.",
])
def test_a_fire_told_as_arson_or_shots_fired_is_no_accident(ann, text):
    an = read(ann, text)
    assert not any(e.outside == "man_made_disaster" for e in an.events), show(an)


def test_a_number_conjoined_to_the_dead_verb_counts_the_hurt_of_its_own_passive(ann):
    an = read(ann, "At least nine people died and up to 60 were injured in a stampede at a stadium gate in Tessor on "
                   "Saturday, police said.")
    assert deaths(an) == 9.0, show(an)
    assert [(f.what, f.high) for f in an.figures if f.span.text == "up to 60"] == [("wounded", 60.0)], show(an)


@pytest.mark.parametrize("text,dead", [
    ("Divers recovered the bodies of six people from the lake on Monday after a ferry capsized near Tessor, and a "
     "seventh body was found on the shore on Tuesday, officials said.", 7.0),
    ("Four miners were killed when a tunnel caved in at a gold pit near Tessor on Sunday, police said. A fifth body "
     "was recovered by rescuers on Monday.", 5.0),
    # a body in a separate incident adds nothing
    ("Four miners were killed when a tunnel caved in at a gold pit near Tessor on Sunday, police said. In a separate "
     "incident, a fifth body was found in a river near Marwick.", 4.0),
])
def test_a_later_body_counted_by_an_ordinal_raises_the_toll(ann, text, dead):
    an = read(ann, text)
    assert deaths(an) == dead, show(an)


def test_a_hospital_count_beside_an_older_fire_with_no_one_hurt(ann):
    an = read(ann, "A fire swept through the main market in Tessor on Thursday, destroying about 150 stalls, the fire service said. "
                   "Four traders were treated for smoke inhalation at the town hospital. A smaller fire at the same "
                   "market in 2019 left no one hurt.")
    assert wounded(an) == 4.0, show(an)


def test_the_one_accident_of_a_report_takes_its_later_dead(ann):
    an = read(ann, "A minibus carrying farm workers left the road and rolled down an embankment near Tessor on Friday, "
                   "police said. Nine passengers died at the scene.")
    assert deaths(an) == 9.0, show(an)
    assert [e.fatalities and e.fatalities.low for e in an.events if e.outside == "man_made_disaster"] == [9.0], show(an)


def test_an_arson_unit_named_at_the_scene_leaves_the_accident(ann):
    an = read(ann, "Two children died in a house fire in Tessor early on Sunday. Police said the fire was not being "
                   "treated as suspicious. Arson Squad detectives were at the scene to determine the cause.")
    assert [e.fatalities and e.fatalities.low for e in an.events if e.outside == "man_made_disaster"] == [2.0], show(an)
