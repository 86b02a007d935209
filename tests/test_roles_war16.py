"""Doers told by their leader, by a unit the group owns, by a relative clause on the weapon, or by a generic word the
report puts on one of two named groups (issue 16, branch `roles16`, held-out war_reports8): "Hemedti's fighters" and
"fighters under the command of Ivan Mordisco" are the groups those men lead (events/leader_forces, the leaders'
entries in data/actors.jsonl); "X said its Eastern War Front had carried out the attack" is X (events/antecedents
.own_unit_name, events/claims); "hit by a drone that X had launched" is X (events/nominal.relative_user); "X, a
militia, ... clashed with Y ... The militiamen raided" is X (events/generic_actors). Sentences written for these
tests; the towns and the incidents are made up (the leaders and groups are real, so that the dictionary knows
them)."""
from __future__ import annotations

import pytest

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_recall_forms import name, on


@pytest.mark.parametrize("text,trigger,want", [
    # a group leader's men: the group, not the man
    ("Hemedti's fighters shelled the market in Korra on Monday, killing six civilians, a doctor said.",
     "shelled", "Rapid Support Forces"),
    ("Fighters under the command of Ivan Mordisco set off a car bomb outside the police station in Korra on "
     "Tuesday, killing two officers.", "bomb", "Estado Mayor Central"),
    # a unit the group owns, in its claim
    ("A roadside bomb hit an army truck outside Korra on Thursday, killing three soldiers. On Friday the ELN said "
     "its Western War Front had carried out the attack.", "bomb", "National Liberation Army"),
    # the subject of an active relative clause on the weapon of a passive's by-phrase
    ("A clinic in Korra was hit on Sunday by a drone that the Rapid Support Forces had launched, killing four "
     "patients.", "hit", "Rapid Support Forces"),
    # of two named groups, the one the report calls a militia
    ("Dan Na Ambassagou, a Dogon militia, has fought JNIM fighters around Korra for months, officials said. The "
     "militiamen raided a hamlet near Korra on Friday, killing nine people.", "raided", "Dan Na Ambassagou"),
])
def test_the_doer_is_the_group_the_text_ties_the_men_to(ann, text, trigger, want):  # type: ignore[no-untyped-def]
    got = name(on(violent(ann, text), trigger).actor1)
    assert want.lower() in (got or "").lower(), got


@pytest.mark.parametrize("text,trigger,wrong", [
    # a man the dictionary does not know as a group's leader leads no group
    ("Fighters under the command of a local chief, Kofi Adomako, set off a bomb outside the police station in Korra "
     "on Tuesday, killing two officers.", "bomb", ("estado", "rapid", "liberation")),
    # the relative clause's subject found the weapon, it did not use it
    ("Two farmers were killed on Sunday by a mine that villagers had found near Korra.", "mine", ("villager",)),
    # two groups, neither called a militia: "the militiamen" stays unnamed
    ("JNIM and Islamic State fighters have fought around Korra for months, officials said. The militiamen raided a "
     "hamlet near Korra on Friday, killing nine people.", "raided", ("jnim", "nusrat", "islamic")),
    # "dissident guerrillas" are set apart from the FARC the report calls a guerrilla group
    ("Two soldiers were killed when dissident guerrillas attacked a base near Korra, the army said. The Central "
     "General Staff, the largest group of dissidents of the former FARC guerrilla group, broke off talks last year.",
     "attacked", ("revolutionary armed forces",)),
])
def test_no_group_when_the_text_does_not_tie_the_men_to_one(ann, text, trigger, wrong):  # type: ignore[no-untyped-def]
    got = (name(on(violent(ann, text), trigger).actor1) or "").lower()
    assert not any(w in got for w in wrong), got
