"""tolls36: killers who were themselves killed, their victims told in their relative clause ("Two gunmen who shot dead
a shopkeeper ... were themselves killed", events/killers_killed.py); a waiter, a reservist and a passer-by are single
persons a wound can be told of (data/figure_lexicon.tsv). Sentences written for these tests; names and places made
up (Tessor, Marwick: no gazetteer entry)."""
from __future__ import annotations

import pytest

from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader)
from test_tolls26 import deaths, show, wounded


@pytest.mark.parametrize("text,dead", [
    # one killer, one victim with no number
    ("TESSOR - A watchman who shot dead a colleague at a depot in Tessor on Monday was himself killed by a driver "
     "who grabbed his rifle, police said.", 2.0),
    # two killers, one victim
    ("MARWICK - Two gunmen who shot dead a shopkeeper in Marwick on Wednesday were themselves killed minutes later by "
     "his bodyguard, police said.", 3.0),
    # the victims' conjuncts each counted
    ("TESSOR - A farmer who killed his brother and his nephew in Tessor on Sunday was himself killed by villagers, "
     "police said.", 3.0),
])
def test_killers_killed_count_with_the_victims_of_their_relative_clause(ann, text, dead):
    an = read(ann, text)
    assert deaths(an) == dead, show(an)


@pytest.mark.parametrize("text,dead", [
    # the relative clause tells no killing: the killer is the only death
    ("TESSOR - A watchman who wounded a colleague at a depot in Tessor on Monday was himself killed by officers, "
     "police said.", 1.0),
    # a plural with no number: how many is not said
    ("MARWICK - A gunman who shot dead villagers in Marwick on Wednesday was himself killed by soldiers, the army "
     "said.", 1.0),
])
def test_killers_killed_adds_nothing_without_counted_victims(ann, text, dead):
    an = read(ann, text)
    assert deaths(an) == dead, show(an)


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a trader outside a cafe in Tessor on Monday night, police said. A waiter was wounded by a "
    "stray bullet.",
    "Bandits shot dead two herders near Marwick on Friday, police said. A fourth reservist was wounded in the leg.",
])
def test_a_waiter_or_a_reservist_told_hurt_is_one_hurt(ann, text):
    an = read(ann, text)
    assert wounded(an) == 1.0, show(an)


@pytest.mark.parametrize("text,dead", [
    # the second victim coordinated with the first verb of "shot and killed", past a relative clause
    ("TESSOR - Police say a 52-year-old man shot and killed his wife, from whom he was separated, and her teenage "
     "son inside their Tessor home on Tuesday evening.", 2.0),
])
def test_a_victim_hung_on_the_first_verb_of_a_pair_is_counted(ann, text, dead):
    an = read(ann, text)
    assert deaths(an) == dead, show(an)
