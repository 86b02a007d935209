""""The attackers" told after one group says its own men did the deed are that group's men (issue 16, branch
attackers12; events/claimed_attackers.py), on reports written for these tests with made-up villages. Two groups
claiming leave "the attackers" unnamed (negative)."""
from __future__ import annotations

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_crossclause import name

CLAIMED = ("Al-Shabaab said in a statement that its fighters attacked an army base near Qorwale in Somalia's Lower "
           "Shabelle region on Monday. The attackers fired mortars at the gate and shot dead four soldiers, a local "
           "elder said.")
TWO_CLAIMS = ("Al-Shabaab said in a statement that its fighters attacked an army base near Qorwale in Somalia's "
              "Lower Shabelle region on Monday. The Islamic State said its men attacked a police post in Senkara on "
              "the same day. The attackers fired mortars at the gate and shot dead four soldiers, a local elder said.")


def test_the_attackers_after_one_groups_claim_are_its_men(ann):  # type: ignore[no-untyped-def]
    # (the deed told twice, by the same group, is one event once its doer is known)
    assert [name(e) for e in violent(ann, CLAIMED)] == ["al-Shabaab"]


def test_the_attackers_after_two_groups_claims_name_neither(ann):  # type: ignore[no-untyped-def]
    evs = violent(ann, TWO_CLAIMS)
    told = [e for e in evs if "The attackers" in e.sentence.text]
    assert told and all(name(e) not in ("al-Shabaab", "Islamic State") for e in told)
