"""Two kinships under one possessive are two dead ("killed his elder brother and nephew": nlp/victims._two_kin), and
a killing hedged with "allegedly" whose report then tells the deed as a fact without a count is reported, its count
the toll (events/hedged_doer.assert_hedged_retold; local_reports13 w23, branch misses12). Sentences written for these
tests; people, places and events made up."""
from __future__ import annotations

from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import deaths


def test_two_kinships_are_two_dead(ann):  # noqa: F811
    assert deaths(ann, "A farmer killed his elder brother and nephew over a land dispute in Kalmora on Wednesday.") == 2
    assert deaths(ann, "A man killed his wife and daughter at their home in Velmora on Sunday, police said.") == 2


def test_one_person_of_two_titles_is_not_counted_two(ann):  # noqa: F811
    assert deaths(ann, "A man killed his friend and colleague in Kalmora on Wednesday.") in (None, 1)


def test_hedged_killing_retold_as_fact_is_reported(ann):  # noqa: F811
    text = ("A man allegedly killed his uncle and cousin after an argument over a plot of land in Kalmora on Tuesday. Police said "
            "Arif Suleman, 29, came to the house with a pistol and fired at them, both of whom died on the spot. "
            "Police arrested Suleman later that day and registered a murder case against him.")
    assert deaths(ann, text) == 2
