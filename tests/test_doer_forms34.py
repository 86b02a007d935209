"""Doers named by a common noun of men the tagger misread or the roles did not follow (issue 16, branch attackers34):
"Militiamen from X" and "Militiamen known as X" right after a dateline's dash, where the tagger reads the noun as a
name (events/roles/phrase_actor, roles/ties.name_given: data/role_cues.tsv dash_attacker_nouns), and the members of a
unit of a state's forces named with "from" or by "commandos"/"officers" (events/roles/head_actor._unit_members,
data/forces_sites.tsv MEMBER). Sentences written for these tests; villages, people and incidents made up; the groups
are public knowledge."""
from __future__ import annotations

import pytest

from test_attackers19 import _doers  # the asserted violent events' actor1 names
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


CASES = [
    # a generic noun after the dateline's dash, tagged as a name, with the group it is from or goes by
    ("BUNIA, Congo, May 6 (Reuters) - Militiamen from the CODECO armed group raided a village near Fataki on Sunday, "
     "killing six farmers, a local official said.", "CODECO"),
    ("JUBA, May 6 (AP) - Militiamen known as the White Army attacked an army barracks near Ulang on Sunday, killing "
     "nine soldiers, a military spokesman said.", "White Army"),
    # members of a unit of the state's forces
    ("RAIPUR, India, May 6 (Reuters) - Commandos from the CoBRA unit of the Central Reserve Police Force shot dead "
     "three Maoist rebels in a forest gunfight in Bijapur district on Sunday, police said.", "Police Forces of India"),
]


@pytest.mark.parametrize("text,want", CASES)
def test_doer_named(ann, text, want):  # type: ignore[no-untyped-def]
    assert want in _doers(ann, text)
