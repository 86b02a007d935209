"""Deeds told as what goes on in a region, not as the incident (issue 16, branch attackers20).

A report on one blast often closes on the region's war: "Al Qaeda and Islamic State affiliates have planted roadside
bombs on several routes in central Mali, where the army and its Russian allies are fighting insurgents"
(attack_reports13 n03). Both clauses were read as asserted deeds of the day and lent their sides to the incident,
whose doer the report leaves unknown ("No group claimed responsibility").

- :func:`where_war_goes_on`: a war verb (ontology cue ``war_state_verbs``: fight, battle, combat) in the present
  ("are fighting", "fight") in a "where" clause on a place ("in X, where the army is fighting insurgents") tells the
  place's war, not one clash.
- :func:`spread_perfect`: a present perfect with a bare plural object, done across places a quantifier counts
  loosely ("have planted roadside bombs on several routes", "has attacked villages in many districts") tells a run of
  deeds.
Neither holds with a time or a count of the clause's own ("where troops fought rebels on Monday", "have planted
three bombs on several routes").
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue

__all__ = ["spread_perfect", "where_war_goes_on"]

# quantifiers that count places loosely: "on several routes", "in many districts", "across various provinces"
_LOOSE = frozenset({"several", "many", "various", "numerous", "multiple", "different", "some"})


def _present(v) -> bool:  # type: ignore[no-untyped-def]
    """``v`` in the present: "are fighting" (a present form of be before a gerund) or "fight", "fights"."""
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if v.tag_ == "VBG":
        return any(a.lemma_.lower() == "be" and a.tag_ in ("VBZ", "VBP") for a in aux)
    return v.tag_ in ("VBZ", "VBP") and not aux and not v.lower_.endswith("ed")


def where_war_goes_on(trig, clause_times: list, figs: list) -> bool:  # type: ignore[no-untyped-def]
    """``trig`` is a present war verb of a "where" clause on a place, with no time or count (module docstring)."""
    if trig.pos_ != "VERB" or trig.lemma_.lower() not in sense_cue("war_state_verbs") or clause_times or figs:
        return False
    if trig.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" and c.i < trig.i
                                       for c in trig.children):
        return False
    return trig.head.pos_ == "PROPN" or trig.head.ent_type_ in ("GPE", "LOC")  # (a place the clause is on)


def _bare_plural(t) -> bool:  # type: ignore[no-untyped-def]
    """A plural noun with no determiner, number or owner ("roadside bombs", not "the bombs", "three bombs")."""
    return t.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss", "quantmod") for c in t.children)


def spread_perfect(trig, clause_times: list, figs: list) -> bool:  # type: ignore[no-untyped-def]
    """``trig`` is a present perfect verb with a bare plural object done on, in or across places counted loosely,
    with no time or count (module docstring)."""
    if trig.pos_ == "NOUN" and trig.dep_ == "dobj" and _bare_plural(trig):
        trig = trig.head  # the deed read off the object: "have planted [mines] on several roads"
    if trig.pos_ != "VERB" or trig.tag_ != "VBN" or clause_times or figs:
        return False
    if not any(a.dep_ == "aux" and a.lemma_.lower() == "have" and a.tag_ in ("VBZ", "VBP") for a in trig.children):
        return False
    if not any(c.dep_ == "dobj" and _bare_plural(c) for c in trig.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("on", "in", "across", "along") and any(
        o.dep_ == "pobj" and o.tag_ == "NNS" and any(d.lower_ in _LOOSE for d in o.children) for o in c.children)
        for c in trig.children)
