"""data/agent_phrases.tsv: a country's units by their usual nouns are its state forces (ACLED's Military Forces /
Police Forces of <country>), never the bare "Government of <country>"."""
from __future__ import annotations

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import analyse


@pytest.mark.parametrize("noun,side", [("gendarmes", "Police Forces of Chad"), ("policemen", "Police Forces of Chad"),
                                       ("commandos", "Military Forces of Chad"),
                                       ("paratroopers", "Military Forces of Chad"),
                                       ("marines", "Military Forces of Chad")])
def test_a_unit_noun_with_its_country_is_the_state_force(ann, noun, side):  # noqa: F811
    text = f"Suspected rebels ambushed Chadian {noun} near the market on Sunday, killing four of them."
    (ev,) = [e for e in analyse(ann, text).events if e.event_type in VIOLENT_EVENT_TYPES]
    assert ev.actor2 is not None and ev.actor2.name == side
