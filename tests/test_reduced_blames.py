"""Blames told in reduced or embedded clauses (issue 16, branch `roles23`): a relative clause of blame with no
relative word ("in an attack the army blamed on X"), an accused followed by a "who" clause
with no comma ("blamed X fighters who have raided the area"), "it" standing for the bomb of the clause it hangs on
("a bomb killed two soldiers when it struck their truck, the ministry said": not the ministry), and wounds told
with the blame after the deed's own sentence. Sentences written for these tests; the people and villages are made
up, the armed groups are real ones named as in public reports."""
from __future__ import annotations

from test_roles import actor1_names, ann, violent  # noqa: F401  (the shared annotator fixture)


def test_a_relative_clause_of_blame_with_no_relative_word_names_the_doer(ann):
    evs = violent(ann, "Seven herders were killed near Bandiagara late on Friday, in an attack the army blamed on "
                       "Boko Haram fighters.")
    assert "Boko Haram" in actor1_names(evs)


def test_a_who_clause_after_the_accused_keeps_the_blame_bare(ann):
    evs = violent(ann, "Gunmen killed six farmers in Tokombere village on Monday, a local official said. Police "
                       "blamed Boko Haram fighters who have raided villages in the area for months.")
    assert "Boko Haram" in actor1_names(evs)


def test_it_after_a_bomb_is_the_bomb_not_the_speaker(ann):
    evs = violent(ann, "A roadside bomb killed two soldiers on Monday when it struck their truck near Dalwanto, the "
                       "Defence Ministry said.")
    assert all(n is None or "Ministry" not in n for n in actor1_names(evs))


def test_wounds_told_with_the_blame_lend_it_to_the_deed_before(ann):
    evs = violent(ann, "A roadside bomb killed two soldiers on Monday when it struck their truck near Dalwanto, the "
                       "Defence Ministry said. Three other soldiers were wounded, the ministry said in a statement, "
                       "which blamed \"al-Shabaab militants who attack our convoys\".")
    names = actor1_names(evs)
    assert names and all(n == "al-Shabaab" for n in names), names

