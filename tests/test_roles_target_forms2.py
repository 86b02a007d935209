"""The target side (actor2) in more forms of wire copy (issue 16, branch roles13; a country's supply lines or outpost
as its armed forces: tests/test_roles_target_forms.py): a faith's or people's adjective before a building struck names
no side, so the people killed there are the target. Sentences made up."""
from __future__ import annotations

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import analyse


def _violent(ann, text):  # type: ignore[no-untyped-def]  # noqa: F811
    return [e for e in analyse(ann, text).events if e.event_type in VIOLENT_EVENT_TYPES]


@pytest.mark.parametrize("text", [
    "A military air strike hit a Baptist church in the village of Tolvar on Sunday, killing six worshippers.",
    "Gunmen attacked a Sufi shrine near the town of Kessaro on Friday, killing four pilgrims.",
])
def test_a_faith_word_before_a_building_names_no_side(ann, text):  # noqa: F811
    evs = _violent(ann, text)
    assert evs and evs[0].actor2 is not None and evs[0].actor2.name == "Civilians"
