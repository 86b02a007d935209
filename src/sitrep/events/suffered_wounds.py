"""Wounds of a weapon suffered by a person: someone attacked them (issue 16).

"X sustained gunshot wounds", "suffered stab wounds to the chest", "received bullet wounds in the attack", the police
release's "located a victim suffering from a gunshot wound": a person
who suffered the wounds a weapon leaves (the ontology's ``wound_weapons``: gunshot, bullet, stab, knife ...) was shot
or stabbed by someone, whom the sentence may not name; as for "X died of gunshot wounds"
(``toll_wound_deaths.died_of_wounds``) it is an attack (ACLED Violence against civilians: Attack), the sufferer its
victim, its attacker untold. "Suffered injuries" or "sustained wounds" with no weapon named say nothing of how (a crash,
a fall): no event. Such a sentence is an event of its own only in a report that tells no other violent deed
(``toll_wound_deaths.drop_told_wound_deaths``): "gunmen opened fire ... two guards sustained gunshot wounds" is the
shooting's harm, not a second incident.
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
    if tok.lemma_.lower() in ("suffer", "suffering") and not any(c.dep_ == "neg" for c in tok.children):
        w = _suffering_from(tok, weapons)
        if w is not None:
            return w
    if tok.lemma_.lower() not in SUFFER_VERBS or tok.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "nsubj" for c in tok.children) or any(c.dep_ == "neg" for c in tok.children):
        return None
    return _weapon_wound((c for c in tok.children if c.dep_ == "dobj"), weapons)


def _weapon_wound(objs, weapons: frozenset[str]):  # type: ignore[no-untyped-def]
    """The first of ``objs`` (or a noun coordinated with it) that is a wound or an injury named by a weapon."""
    for obj in objs:
        for w in (obj, *obj.conjuncts):
            if w.lemma_.lower() in _WOUNDS and any(
                    m.dep_ in ("compound", "amod", "nmod") and m.lemma_.lower() in weapons for m in w.children):
                return w
    return None


def _suffering_from(tok, weapons: frozenset[str]):  # type: ignore[no-untyped-def]
    """The wound of the police release's "officers located a victim suffering from a gunshot wound", "found a man
    suffering from stab wounds": "suffering" hung on the person it tells of (a participle on its noun, a clause of
    "found" with the person its subject, or the parser's noun "suffering" after the person's words), with "from" a
    wound named by a weapon."""
    on_person = tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON") or (
        tok.pos_ == "VERB" and tok.dep_ in ("ccomp", "xcomp") and any(c.dep_ == "nsubj" for c in tok.children)) or (
        tok.pos_ == "NOUN" and tok.i > 0 and tok.nbor(-1).pos_ in ("NOUN", "PROPN", "ADJ") and tok.nbor(-1).head.i == tok.i)
    if not on_person:
        return None
    return _weapon_wound((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "from"
                          for g in p.children if g.dep_ == "pobj"), weapons)
