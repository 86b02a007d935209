"""Armed groups of the regions the actor dictionary covered thinly (branch attackers10, data/actors.jsonl): the
Central African Republic, Burundi, the Kivus, Nigeria's south-east and north-west, Papua, Mindanao, Thailand's
south, India's north-east, Balochistan, Iran's south-east, Ecuador and Mexico. Names as the press writes them."""
from __future__ import annotations

import pytest

from sitrep.nlp.actor_lexicon import get_resolver


@pytest.mark.parametrize("words, aid", [
    ("3R", "THREE_R"),
    ("RED-Tabara", "RED_TABARA"),
    ("Red Tabara", "RED_TABARA"),
    ("FDLR", "FDLR"),
    ("Imbonerakure", "IMBONERAKURE"),
    ("anti-balaka militias", "ANTI_BALAKA"),
    ("LRA", "LRA"),
    ("Indigenous People of Biafra", "IPOB"),
    ("Lakurawa", "LAKURAWA"),
    ("TPNPB", "TPNPB"),
    ("NPA", "NPA"),
    ("Maute group", "DAWLAH_ISLAMIYAH"),
    ("ULFA-I", "ULFA_I"),
    ("Jaish al-Adl", "JAISH_AL_ADL"),
    ("Los Choneros", "LOS_CHONEROS"),
])
def test_the_group_is_in_the_dictionary(words, aid):
    got = get_resolver().resolve(words, [])
    assert got is not None and got[0] == aid, got

