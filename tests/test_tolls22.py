"""tolls22: a death at the scene and the hurt who died later are summed ("Six people were shot. A man died at the
scene. Of the five others who were wounded, two died later": 3 dead, 3 hurt), the attacker the police wounded adds to
his attack's hurt ("wounded a neighbour ... before officers shot and wounded him": 2), and the killer of a
murder-suicide named only in the list of the dead ("They found X, 58, his wife Y ... dead") is the doer. Sentences
written for these tests; names and places made up (Tessor: no gazetteer entry)."""
from __future__ import annotations

import pytest

from test_tolls11 import ann, harm, read  # noqa: F401  (the shared annotator fixture and reader)
from test_tolls19 import assert_toll

TOLLS = [
    # the dead at the scene and the wounded who died later are different people
    ("Six people were shot outside a bar in Tessor on Friday night, police said. A man died at the scene. Of the five "
     "others who were wounded, two died later at a hospital.", 3.0, 3.0),
    # the attacker the police wounded is hurt too
    ("Dale Mercer, 34, stabbed his brother to death and wounded a neighbour at a house in Tessor on Sunday before "
     "officers shot and wounded him, police said.", 1.0, 2.0),
    ("Dale Mercer, 34, stabbed his brother to death and wounded a neighbour at a house in Tessor on Sunday, police "
     "said. Officers shot and wounded him when he charged at them.", 1.0, 2.0),
]


@pytest.mark.parametrize("text,dead,hurt", TOLLS)
def test_tolls(ann, text, dead, hurt):
    assert_toll(read(ann, text), dead, hurt)


def test_a_count_of_the_hurt_that_holds_the_attacker_is_not_raised(ann):
    an = read(ann, "Dale Mercer, 34, stabbed his brother to death in Tessor on Sunday. Two people were wounded, "
                   "including the attacker, whom officers shot and wounded, police said.")
    from test_tolls19 import wounded
    assert wounded(an) != 3.0


def test_the_killer_named_among_the_dead_found_is_the_doer(ann):
    an = read(ann, "A man fatally shot his wife and her sister before turning the gun on himself at a home in Tessor "
                   "on Sunday, police said.\n\nOfficers found Dermot Fallow, 58, his wife Irene Fallow, 55, and her "
                   "sister, Maud Keel, 61, dead inside.")
    doers = {e.actor1.name for e in harm(an) if e.actor1 is not None}
    assert "Dermot Fallow" in doers, [(e.trigger.text, e.actor1, e.fatalities) for e in an.events]


def test_a_later_death_told_as_the_toll_adds_no_earlier_count(ann):
    from test_tolls19 import deaths
    an = read(ann, "A rights group said it mourns the 11 people killed in the attack on a village in Tessor on Friday "
                   "night. One of the injured died in hospital on Tuesday, bringing the toll to 11.")
    assert deaths(an) == 11.0, [(e.trigger.text, e.fatalities) for e in an.events]
