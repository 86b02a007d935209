"""General English forms of who attacked (issue 16, attackers), on sentences written for these tests with made-up
people, groups and towns: "he"/"she" for an earlier person agrees with the sex the article tells of them (a title,
a pronoun used of them before) and stays blank between two people whose sex it does not tell
(events/person_gender.py)."""
from __future__ import annotations

import pytest

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_recall_forms import name, on


@pytest.mark.parametrize("text,want", [
    # neither's sex is told: either may be meant
    ("Darek Volm met Anna Berg. She stabbed a guard.", None),
    ("Darek Volm met Anna Berg. He stabbed a guard.", None),
    # titles tell it
    ("Mr Volm met Mrs Berg in Brask. She stabbed a guard.", "Berg"),
    ("Mr Volm met Mrs Berg in Brask. He stabbed a guard.", "Volm"),
    ("Mrs Berg met Mr Volm in Brask. He stabbed a guard.", "Volm"),
    # a pronoun used of one of them before tells it
    ("Darek Volm said he was tired. He met Anna Berg in Brask. She stabbed a guard.", "Anna Berg"),
    # one person before the pronoun: no rival
    ("Police arrested Darek Volm on Tuesday. He stabbed two guards in Brask.", "Darek Volm"),
])
def test_he_or_she_agrees_with_the_sex_the_article_tells(ann, text, want):  # type: ignore[no-untyped-def]
    assert name(on(violent(ann, text), "stabbed").actor1) == want
