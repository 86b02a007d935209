"""A denial that throws the blame back leaves the deed with no doer: "The Crimson Front denied that its fighters
were involved and accused soldiers of killing the traders" answers the officials' word with its own, so neither
decides (issue 16, branch `attackers8`: attack_reports4 d13, attack_reports5 e02). Sentences written for these tests; the people and the group's words are made up."""
from __future__ import annotations

from test_roles import actor1_names, ann, violent  # noqa: F401  (the shared annotator fixture)

LEDE = ("Four traders were killed when gunmen opened fire in a market in Kumba on Monday. An official, Paul Ekane, said "
        "\"terrorists\" had attacked the traders. ")


def _lede_doer(evs):  # type: ignore[no-untyped-def]
    return [n for e, n in zip(evs, actor1_names(evs)) if e.sentence.start < 200 and n]


def test_a_denial_that_blames_the_other_side_leaves_no_doer(ann):
    evs = violent(ann, LEDE + "The Ambazonia Defence Forces denied that its fighters were involved and accused "
                              "Cameroonian soldiers of killing the traders.")
    assert _lede_doer(evs) == []

