"""A tally of many deeds told in the perfect tense ("militant attacks have killed dozens of soldiers over the same
period") is background, not the incident's toll (nlp/deed_tally.py; issue 16, branch tolls6). Sentences written for
these tests; people and events made up (towns real)."""
from __future__ import annotations

from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import deaths


def test_a_tally_of_deeds_is_no_toll(ann):  # noqa: F811
    text = ("A gunman killed two farmers near Hebron on Monday, the military said. Violence has surged since the "
            "start of the war. Army raids have killed hundreds of villagers, and militant attacks have killed dozens "
            "of soldiers over the same period.")
    assert deaths(ann, text) == 2
    # a night's strikes told in the perfect tense are a toll
    assert deaths(ann, "Rocket strikes have killed five people overnight in Kharkiv, the governor said.") == 5
