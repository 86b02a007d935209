"""tolls27: people in care after a man-made disaster are its hurt ("Twenty-six others were treated at the hospital"
after a crush killed eight), as after an act of violence; a count kept in hospital ("Thirty-one others remain in
hospital") is a count of people in treatment, the hurt when no other count of them is told. An outbreak's patients
stay no hurt. A count set beside those pulled out or rescued that runs on into "with <injury>" ("Coast guards
rescued 30 people, six of them with burns") counts the hurt.
Sentences written for these tests; names and places made up (Tessor, Marwick: no gazetteer entry)."""
from __future__ import annotations

import pytest

from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader)
from test_tolls26 import deaths, show, wounded


@pytest.mark.parametrize("text,dead,hurt", [
    # patients after a stampede's dead
    ("Five women were killed on Friday in a stampede at a food handout in Tessor, police said. Nineteen others were "
     "treated at the district hospital, and most have gone home, a spokesman said.", 5.0, 19.0),
    # patients after a building collapse
    ("Three labourers died when a half-built warehouse collapsed in Tessor on Tuesday. Eleven other workers were "
     "treated for cuts and broken bones, the fire service said.", 3.0, 11.0),
    # a count kept in hospital after a crash's dead
    ("Seven passengers were killed when a bus fell into a gorge near Tessor on Sunday, police said. Twenty-two others "
     "remain in hospital, four of them in intensive care, a doctor said.", 7.0, 22.0),
    # a count kept in hospital after a shooting's dead
    ("Gunmen shot dead two traders at a market in Tessor on Monday, police said. Six others are in hospital, a nurse "
     "said.", 2.0, 6.0),
])
def test_people_in_care_after_a_deed_that_killed_are_its_hurt(ann, text, dead, hurt):
    an = read(ann, text)
    assert (deaths(an), wounded(an)) == (dead, hurt), show(an)


@pytest.mark.parametrize("text", [
    pytest.param("A bus fell into a gorge near Tessor on Sunday, killing six passengers. Two others who remained in "
                 "hospital until they died on Tuesday were counted among the dead, police said.",
                 id="a stay in hospital that ends in death"),
    pytest.param("Four people have died of cholera in Marwick this week, health officials said. Thirty others remain "
                 "in hospital and 12 were treated and sent home.",
                 id="an outbreak's patients"),
    pytest.param("Two miners were killed in a gas blast at a pit near Tessor on Monday. Rescuers brought 18 men to "
                 "the surface, five of them with their lamps still lit.",
                 id="the rescued with no injury"),
    pytest.param("Rebels attacked an army post near Tessor on Monday, killing four soldiers, the army said. Fourteen "
                 "soldiers remain in hospital, three of them in intensive care.",
                 id="a share of the hurt in hospital"),
])
def test_no_hurt_where_none_is_told_in_care_after_the_deed(ann, text):
    """A stay ending in death, an outbreak's patients, the rescued with no injury, a share of a count told before."""
    an = read(ann, text)
    assert wounded(an) is None, show(an)


@pytest.mark.parametrize("text,hurt", [
    ("A ferry capsized off Tessor on Sunday, killing four passengers. Coast guards rescued 30 people, six of them "
     "with burns.", 6.0),
    ("Two miners were killed in a gas blast at a pit near Tessor on Monday. Rescuers brought 18 men to the surface, "
     "five of them with injuries.", 5.0),
])
def test_a_part_of_the_rescued_told_with_injuries_is_hurt(ann, text, hurt):
    an = read(ann, text)
    assert wounded(an) == hurt, show(an)


