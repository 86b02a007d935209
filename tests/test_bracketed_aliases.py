"""A dictionary name written with a bracket ("Communist Party of India (Maoist)", "CPI (Maoist)") is found in a text
that writes it the same way (issue 16, branch `attackers8`, attack_reports5 e04): the units of a text never joined
across a bracket, so such a name was never matched and a noun chunk ("banned Communist Party") stood for the group.
Sentences written for these tests; the people are made up."""
from __future__ import annotations

import pytest

from sitrep.nlp.actor_lexicon import get_resolver, to_units
from test_roles import actor1_names, ann, violent  # noqa: F401  (the shared annotator fixture)


@pytest.mark.parametrize("text", [
    "cadres of the banned Communist Party of India (Maoist) laid the mine",
    "the CPI (Maoist) said in a statement",
])
def test_a_name_with_a_bracket_is_matched_with_its_bracket(text):
    units = to_units(text)
    assert [m.actor_id for m in get_resolver().match_units(units) if m.what == "actor"] == ["CPI_MAOIST"]


def test_the_group_named_with_its_bracket_is_the_doer(ann):
    evs = violent(ann, "Suspected cadres planted the mine that killed four policemen in Bijapur district on Monday, "
                       "and the banned Communist Party of India (Maoist) attacked a police camp in the district.")
    assert "Communist Party of India (Maoist)" in actor1_names(evs)
