"""A question about who did a deed names no doer: "which group was behind the attack" leaves the attack without one
(issue 16, branch `attackers9`: attack_reports5 e03). Sentences written for these tests; the town and people are
made up."""
from __future__ import annotations

from test_roles import actor1_names, ann, violent  # noqa: F401  (the shared annotator fixture)


def test_which_group_was_behind_the_attack_is_no_doer(ann):
    evs = violent(ann, "Two farmers were shot dead near Kastrovo on Monday. \"We do not know yet which group was behind "
                       "the attack,\" a police officer, Ravi Ozulu, said.")
    assert not any(n and "which" in n.lower() for n in actor1_names(evs))
