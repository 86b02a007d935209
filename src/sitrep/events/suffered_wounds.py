"""Wounds of a weapon suffered by a person: someone attacked them (issue 16).

"X sustained gunshot wounds", "suffered stab wounds to the chest", "received bullet wounds in the attack": a person
who suffered the wounds a weapon leaves (the ontology's ``wound_weapons``: gunshot, bullet, stab, knife ...) was shot
or stabbed by someone, whom the sentence may not name; as for "X died of gunshot wounds" (``toll.died_of_wounds``)
it is an attack (ACLED Violence against civilians: Attack), the sufferer its victim, its attacker untold.
"Suffered injuries" or "sustained wounds" with no weapon named say nothing of how (a crash, a fall): no event.
Such a sentence is an event of its own only in a report that tells no other violent deed
(``toll.drop_told_wound_deaths``): "gunmen opened fire ... two guards sustained gunshot wounds" is the shooting's
harm, not a second incident.
"""
from __future__ import annotations

__all__ = ["SUFFER_VERBS", "suffered_wounds"]

# verbs whose subject undergoes the wounds that are their object (common English)
SUFFER_VERBS = frozenset({"suffer", "sustain", "receive"})
_WOUNDS = frozenset({"wound", "injury"})


def suffered_wounds(tok, weapons: frozenset[str]):  # type: ignore[no-untyped-def]
    """The wound noun of "X sustained gunshot wounds", "X suffered a stab wound", "X received bullet injuries" (a
    verb of :data:`SUFFER_VERBS` with a subject, whose object, or a noun coordinated with it, is a wound or an injury
    named by a weapon of ``weapons``); None for anything else (no weapon named, no subject, a negated verb: "no one
    suffered gunshot wounds")."""
    if tok.lemma_.lower() not in SUFFER_VERBS or tok.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "nsubj" for c in tok.children) or any(c.dep_ == "neg" for c in tok.children):
        return None
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        for w in (obj, *obj.conjuncts):
            if w.lemma_.lower() in _WOUNDS and any(
                    m.dep_ in ("compound", "amod", "nmod") and m.lemma_.lower() in weapons for m in w.children):
                return w
    return None
