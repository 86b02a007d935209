"""Bare "militants" are Islamist militants only where the armed groups the press calls so mostly are: in India,
Pakistan, the Philippines, Thailand, Colombia, Myanmar, Ethiopia, Turkey, Sri Lanka and Nepal they are an
unidentified armed group (issue 16, branch `attackers9`: attack_reports5 e03, e10; data/agent_phrases.tsv
``not_in``/``elsewhere``). Sentences written for these tests; the towns and people are made up."""
from __future__ import annotations

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture)

from sitrep.nlp.actor_lexicon import get_resolver


def test_militants_in_india_are_an_unidentified_group():
    assert get_resolver().resolve("the militants", ["IN"])[0] == "IND_UNIDENT"
    assert get_resolver().resolve("Pakistani militants", ["SO"])[0] == "PAK_UNIDENT"


def test_suspected_militants_in_manipur_are_not_islamist(ann):
    evs = violent(ann, "KASTROVO, India - Suspected militants shot dead two farmers near the village of Dunmarrow in "
                       "Manipur on Monday, a police officer, Ravi Ozulu, said.")
    assert not any(e.actor1 is not None and e.actor1.entity_id.endswith("_ISLAMIST") for e in evs)
