"""tolls43: murder-suicides whose doer's death is told as "hanging himself" or as a further object of the deed ("killed
all three and then himself"), and a lede's whole toll over the part the one incident took later (issue 16).
Sentences written for these tests; names and places made up (Tessor and Quarnby are no real towns)."""
from __future__ import annotations

from test_tolls10 import ann, deaths_of, read  # noqa: F401  (the shared annotator fixture and readers)
from test_tolls17 import _figs


def test_killer_who_hanged_himself_is_among_the_dead(ann):
    an = read(ann, "A Tessor farmer killed his mother and two brothers before hanging himself in a shed on Sunday, "
                   "police said.")
    assert max(deaths_of(an)) == 4.0, _figs(an)


def test_killer_told_as_a_further_object_is_among_the_dead(ann):
    an = read(ann, "Detectives in Quarnby said on Monday they believe a retired teacher killed his two lodgers and then "
                   "himself at a bungalow on Mill Lane.")
    assert max(deaths_of(an)) == 3.0, _figs(an)


def test_hanging_a_banner_is_no_death(ann):
    an = read(ann, "A Quarnby man stabbed his neighbour to death on Sunday, then hung a sign on the gate himself, "
                   "police said.")
    assert max(deaths_of(an)) == 1.0, _figs(an)


def test_lede_whole_toll_over_the_doer_found_later(ann):
    an = read(ann, "Four people are dead in what police call a murder-suicide in Tessor.\n\n"
                   "Officers were called to a farmhouse on Mill Lane early on Saturday. They found the bodies of a "
                   "woman, 61, and her two grown sons.\n\n"
                   "Her husband, Bram Oakes, 64, was found dead in a barn from a self-inflicted gunshot wound.")
    assert max(deaths_of(an)) == 4.0, _figs(an)


def test_lede_tally_of_the_year_is_no_toll(ann):
    an = read(ann, "Nine people have been killed in Tessor so far this year.\n\n"
                   "Officers were called to a flat on Mill Lane early on Saturday. A man, 40, was found dead with "
                   "stab wounds, police said.")
    assert max(deaths_of(an)) == 1.0, _figs(an)
