""""A <group> sniper shot dead ...", which spaCy parses as a noun compound ("sniper shot") hung on no subject: the
attacker noun is the doer, with the group's name before it (issue 16, branch attackers12; events/compound_doer.py),
on sentences written for these tests with made-up villages."""
from __future__ import annotations

import pytest
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_crossclause import name, on

CASES = {
    "al-Shabaab": "An al-Shabaab sniper shot dead a soldier near Qorwale in Somalia's Lower Shabelle region on Monday.",
    "Dawlah Islamiyah": "A Dawlah Islamiyah sniper shot dead a marine outside Dalaguin in Lanao del Sur on Friday.",
}


@pytest.mark.parametrize("group", sorted(CASES))
def test_the_sniper_of_a_named_group_is_its_man(ann, group):  # type: ignore[no-untyped-def]
    assert name(on(violent(ann, CASES[group]), "shot")) == group
