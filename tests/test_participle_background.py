"""A deed told in a participle of a background deed is background too (events/participle_background.py; issue 16,
branch tolls6). Sentences written for these tests; the incidents are made up (towns real)."""
from __future__ import annotations

from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import deaths


def test_the_steps_of_an_old_attack_lend_no_toll(ann):  # noqa: F811
    text = ("A drone strike killed seven people at a market in Kumba on Tuesday, officials said. The conflict began "
            "after rebels attacked the town in March 2017, killing about 300 people and taking 40 hostages.")
    assert deaths(ann, text) == 7
