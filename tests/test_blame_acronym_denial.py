"""A bare blame whose accused is followed by its acronym and a description ("Police blamed the Crimson Valley Front
(CVF), the main armed group in the hills, saying ...") names the doer of the deed just told; a bare blame the accused
denies in the next sentences ("A spokesman for the CVF denied that the group was involved") names none: one side's
word against the other's (issue 16, branch `attackers8`: attack_reports5 e06; terror_reports2 u08 kept blank).
A denial of a manner ("denied targeting civilians") is no denial of the deed. Sentences written for these tests;
the group and the people are made up."""
from __future__ import annotations

from test_roles import actor1_names, ann, violent  # noqa: F401  (the shared annotator fixture)

DEED = "Two rangers were killed when a bomb exploded beside their patrol in Rueso district on Tuesday, police said. "
BLAME = ("Police blamed the Barisan Revolusi Nasional (BRN), the main insurgent group in the region, saying the bomb "
         "was of a type its fighters had used before.")


def test_a_bare_blame_with_acronym_and_description_names_the_doer(ann):
    evs = violent(ann, DEED + BLAME)
    assert "Barisan Revolusi Nasional" in actor1_names(evs)


def test_a_bare_blame_the_accused_denies_names_no_doer(ann):
    evs = violent(ann, DEED + BLAME + " A man who said he spoke for the BRN denied that the group was involved.")
    assert "Barisan Revolusi Nasional" not in actor1_names(evs)


def test_a_denial_of_a_manner_leaves_the_blame(ann):
    evs = violent(ann, DEED + BLAME + " The BRN denied targeting teachers.")
    assert "Barisan Revolusi Nasional" in actor1_names(evs)
