"""Armed groups that are no state's do not lend their country to a bare "army" ("lends_country": false in
data/actors.jsonl), and a state with no army of its own has no "army" read from a generic phrase or from its
demonym ("bare_army": false). Sentences written for these tests; the places are made up."""
from __future__ import annotations

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)

from sitrep.nlp.actor_lexicon import get_resolver
from sitrep.nlp.annotate import DocContext


def _a1(ann, text, trigger):  # type: ignore[no-untyped-def]
    ev = next(e for e in violent(ann, text) if e.trigger.text == trigger)
    return ev.actor1.entity_id if ev.actor1 is not None else None


def test_the_flags_are_read():
    res = get_resolver()
    assert res.actors["HAMAS"].get("lends_country") is False
    assert res.actors["HEZBOLLAH"].get("lends_country") is False
    assert not res.has_bare_army("PS")
    assert res.has_bare_army("SY") and res.has_bare_army("LB")


def test_a_group_named_alone_sets_no_country_for_the_army(ann):
    text = "Hezbollah said its fighters hit a post at dawn. The army shelled the hamlet of Derrow on Monday."
    assert _a1(ann, text, "shelled") != "LBN_MIL"
    text = "Hamas fighters attacked a post near Kessow. The army then shelled the hamlet of Derrow."
    assert _a1(ann, text, "shelled") != "PSE_MIL"


def test_a_state_without_an_army_gets_none_from_a_generic_phrase(ann):
    assert _a1(ann, "Palestinian forces clashed with a patrol near Kessow on Monday.", "clashed") != "PSE_MIL"
    assert _a1(ann, "Palestinians attacked a checkpoint near Kessow on Monday.", "attacked") not in ("PSE_MIL", "PSE_GOV")


def test_its_forces_named_by_their_alias_and_other_states_armies_stay(ann):
    assert _a1(ann, "Syrian forces shelled the hamlet of Derrow on Monday.", "shelled") == "SYR_MIL"
    an = ann.annotate("Palestinian security forces arrested two men in Kessow on Monday.", DocContext("r1"))
    assert [e.actor1.entity_id for e in an.events if e.actor1 is not None] == ["PSE_MIL"]
