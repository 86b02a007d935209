"""tolls25: survivors told as the people hit less the dead ("Of the six people hit, two died": 4 hurt; "Four men were
shot ... Two of them, brothers aged 19 and 23, died": 2 hurt; "a man had stabbed four people. Three of the victims,
..., died": 1 hurt), the dead listed by a "Dead are A, ...; B, ...; and C" sentence, and "a third was taken to
hospital" after others told dead. The "told next" cases with an apposition are rows of test_tolls13's table. Sentences written for these tests; names and places made up (Tessor, Marwick: no
gazetteer entry)."""
from __future__ import annotations

import pytest

from test_tolls11 import ann, harm, read  # noqa: F401  (the shared annotator fixture and reader)
from test_tolls19 import assert_toll


@pytest.mark.parametrize("text,dead,hurt", [
    ("Gunmen opened fire on a wedding party in Tessor on Saturday night. Of the six guests hit by the bullets, two "
     "died on the spot, while the others were taken to a clinic.", 2.0, 4.0),
    ("A van was driven into a queue outside a nightclub in Tessor early on Sunday. Of the 9 people hit, one, a "
     "31-year-old man, was killed instantly, police said.", 1.0, 8.0),
    ("Police opened a murder inquiry after a shooting at a flat in Tessor on Friday. Of the three men found wounded at "
     "the flat, one, aged 27, could not be revived.", 1.0, 2.0),
])
def test_the_hit_of_a_fronted_whole_less_its_dead_are_the_hurt(ann, text, dead, hurt):
    assert_toll(read(ann, text), dead, hurt)


def test_a_fronted_whole_of_people_not_hit_is_no_count_of_the_hurt(ann):
    an = read(ann, "Gunmen killed two men at a bar in Tessor on Saturday. Of the twelve men at the table, two died.")
    assert not any(f.what == "wounded" for f in an.figures), [(f.span.text, f.what, f.low) for f in an.figures]


def test_the_dead_are_listed_by_semicolons(ann):
    an = read(ann, "Gunmen opened fire on a group of men outside a bar in Tessor on Friday night.\n\nDead are "
                   "28-year-old Delroy Campbell, a mason; 40-year-old Wayne Francis, a vendor; and 22-year-old Kemar "
                   "Lewis, all of Tessor.")
    assert any(f.what == "killed" and f.low == 3.0 for f in an.figures), \
        [(f.span.text, f.what, f.low) for f in an.figures]


def test_among_the_dead_are_is_no_list_of_all_the_dead(ann):
    an = read(ann, "Gunmen killed eleven people in Tessor on Friday. Among the dead are Delroy Campbell; Wayne Francis; "
                   "and Kemar Lewis.")
    assert not any(f.what == "killed" and f.low == 3.0 for f in an.figures), \
        [(f.span.text, f.what, f.low) for f in an.figures]


def test_a_third_taken_to_hospital_after_the_dead_is_hurt(ann):
    an = read(ann, "Two men were found dead and a third was taken to hospital after police were called to a house in "
                   "Tessor on Monday night. Officers found the men, aged 33 and 35, dead in a bedroom after an "
                   "assault.")
    assert any(f.what == "wounded" and f.low == 1.0 and f.span.text == "a third" for f in an.figures), \
        [(f.span.text, f.what, f.low) for f in an.figures]
