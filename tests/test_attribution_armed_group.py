"""A claimant phrase headed by a group noun described as armed ("the Malian rebel group") is no state speaking: the
demonym says where the group is from (issue 16, branch `claims1`: attack_reports6 f16, where the group's own claim
was read as the government's). Sentences written for this test; the group and the town are made up."""
from __future__ import annotations

import datetime as dt

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.nlp.annotate import DocContext


def _claimants(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2023, 5, 6)))
    return {a.span.text: a.claimant_id for a in an.attributions}


def test_a_nationalitys_rebel_group_is_not_its_government(ann):
    got = _claimants(ann, "Seven people were killed in an attack near Tembara on Saturday. The Malian rebel group "
                          "Kora Front claimed the attack. It said its fighters had killed several soldiers.")
    assert not any(v in ("MLI_GOV", "MLI_MIL") for v in got.values()), got


def test_a_nationalitys_government_still_speaks(ann):
    got = _claimants(ann, "Seven people were killed in an attack near Tembara on Saturday. The Malian government "
                          "said the attackers had come from across the border.")
    assert "MLI_GOV" in got.values(), got
