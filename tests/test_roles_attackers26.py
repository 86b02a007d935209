"""Doers of attack reports left by attackers25 and roles16 (issue 16, branch `attackers26`): a claim by a group named
only by the name it gives itself ("A group calling itself X claimed responsibility", a name neither the entity layer
nor the actor dictionary knows) names the attacker of the deed told before it (events/claims); a gang name the parser broke at a Portuguese or Spanish link keeps its last part ("the
Guardioes do Estado", events/member_doer); "the killers were members of X" reaches back past a background paragraph
when no deed with a doer of its own is told between (events/member_doer). Sentences written for
these tests; groups, towns and incidents are made up."""
from __future__ import annotations

import pytest

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_recall_forms import name, on


@pytest.mark.parametrize("text,trigger,want", [
    ("A bomb exploded outside a tax office in Larissa early on Friday, injuring a guard, police said.\n\n"
     "A group calling itself Workers Vengeance Cell claimed responsibility in a message sent to a newspaper on "
     "Saturday.", "exploded", "Workers Vengeance Cell"),
    ("An incendiary device went off at a bank branch in Patras on Sunday night, wounding a passer-by.\n\n"
     "An anarchist group calling itself Proletarian Armed Justice claimed responsibility in a post on a website.",
     "wounding", "Proletarian Armed Justice"),
])
def test_a_self_named_group_claims_the_deed_before(ann, text, trigger, want):  # type: ignore[no-untyped-def]
    got = name(on(violent(ann, text), trigger).actor1)
    assert want.lower() in (got or "").lower(), got


@pytest.mark.parametrize("text,trigger,want", [
    ("Gunmen killed three men at a bar in Sobral on Saturday night, police said. On Sunday the police said the "
     "attackers belonged to the Irmaos do Sertao, a local gang.", "killed", "Irmaos do Sertao"),
    ("Gunmen shot dead a shopkeeper in Culiacan on Friday. Prosecutors said the killers were members of the Cartel "
     "del Valle, a local gang.", "shot", "Cartel del Valle"),
])
def test_a_gang_name_keeps_its_link(ann, text, trigger, want):  # type: ignore[no-untyped-def]
    got = name(on(violent(ann, text), trigger).actor1)
    assert (got or "").lower() == want.lower(), got


_FAR_BACK = ("Armed men stormed a dance hall in Zitacuaro on Saturday night and opened fire, leaving four dead, "
             "prosecutors said.\n\nThe attackers fled in a white van after the shooting, the office said. Two of "
             "the wounded were in a serious state.\n\nZitacuaro lies in a farming valley where gangs have for "
             "years extorted lime growers and bus drivers.\n\nInvestigators believe the killers were members of Los "
             "Caballeros Templarios, an official told reporters.")


def test_the_killers_told_back_four_sentences_on(ann):  # type: ignore[no-untyped-def]
    got = name(on(violent(ann, _FAR_BACK), "stormed").actor1)
    assert "caballeros templarios" in (got or "").lower(), got


def test_the_killers_told_back_past_a_deed_with_its_own_doer_are_not_the_first_deeds(ann):  # type: ignore[no-untyped-def]
    text = _FAR_BACK.replace("Two of the wounded were in a serious state.",
                             "Last month soldiers shot dead two men at a checkpoint in Zitacuaro.")
    got = name(on(violent(ann, text), "stormed").actor1)
    assert "caballeros" not in (got or "").lower(), got


@pytest.mark.parametrize("text,trigger", [
    # a self-named group that denies the deed claims nothing
    ("A bomb exploded outside a tax office in Larissa early on Friday, injuring a guard, police said.\n\n"
     "A group calling itself Workers Vengeance Cell denied it had claimed responsibility.", "exploded"),
])
def test_a_self_named_group_that_denies_claims_nothing(ann, text, trigger):  # type: ignore[no-untyped-def]
    assert on(violent(ann, text), trigger).actor1 is None
