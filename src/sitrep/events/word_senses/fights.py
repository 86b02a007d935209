"""A **fight** that is a struggle, an aim or an ally's part, no battle of its own.

Decides: "fighting corruption", "a war against corruption", "an invasion of armyworm" (``abstract_foes``,
``cognate_fights``, ``swarm_nouns``: a struggle); "helping it fight jihadist groups", "trains troops to fight"
(``aid_verbs``); "fighting to topple the government" (``fight_aim_verbs``); "fighting alongside clan militias" (the
ally's part, told by the main verb); a weapon in the "with" phrase of a fight (``fight_with_verbs``: the fight is the
event, the weapon its instrument). Verbs of fighting: ``fight_verbs``. Evidence: data/event_sense_cues.tsv. Tests:
tests/test_events_word_senses.py.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.deps import child
from sitrep.events.word_senses.common import _lem


_FIGHT_VERBS = sense_cue("fight_verbs")


_ALLY_PREPS = frozenset({"alongside", "beside"})


def fought_alongside(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "Somali army troops, fighting alongside clan militias, recaptured the town": a participle of fighting that
    names only whom its subject fights with ("alongside", "beside") tells the side an ally took, no clash of its
    own (the deed is the clause it describes). A fight with an object or an "against" phrase stays one, and so
    does a clause's own verb ("the group is fighting alongside the army to retake the camp": its deed)."""
    if tok.pos_ != "VERB" or _lem(tok) not in _FIGHT_VERBS or tok.tag_ != "VBG":
        return False
    if tok.dep_ == "ROOT" or any(c.dep_ in ("aux", "nsubj") for c in tok.children):
        return False
    if child(tok, "dobj") is not None or any(c.dep_ == "prep" and c.lower_ in ("against", "with") for c in tok.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _ALLY_PREPS for c in tok.children)


def fight_against_thing(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "fighting corruption", "has fought crime for years", "by fighting the institutions and the established
    order": a verb of fighting whose object (each object coordinated with it) is a thing no one fights with arms
    (cue ``abstract_foes``): a struggle, no battle. A fight with no object, or against people, stays one."""
    if tok.pos_ != "VERB" or _lem(tok) not in _FIGHT_VERBS:
        return False
    obj = child(tok, "dobj")
    if obj is None:
        return fight_for_aim(tok)
    if _lem(obj) in _COGNATE_FIGHTS:
        return _foes_against(tok)
    objs = [_swarm_of(o) for o in [obj] + [c for c in obj.conjuncts]]
    return all(_lem(o) in sense_cue("abstract_foes") for o in objs)


_SWARM_NOUNS = sense_cue("swarm_nouns")


def _swarm_of(obj):  # type: ignore[no-untyped-def]
    """ "an invasion of fall armyworm", "a plague of locusts": what the invasion is of (the foe fought); else the
    object itself (branch precision18, quiet_reports12 y14)."""
    if _lem(obj) not in _SWARM_NOUNS:
        return obj
    of = next((p for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"), None)
    return next((o for o in of.children if o.dep_ == "pobj"), obj) if of is not None else obj


def aided_fight(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "its partners were helping it fight jihadist groups", "trains troops to fight": a verb of fighting that
    completes a verb of aid (cue ``aid_verbs``) told as what goes on, not as one day's deed (not a simple past:
    "helped the army fight off the raid on Tuesday" stays an incident): aid to a war, no battle (branch
    precision18, quiet_reports12 y02)."""
    if tok.pos_ != "VERB" or _lem(tok) not in _FIGHT_VERBS or tok.dep_ not in ("xcomp", "ccomp"):
        return False
    aid = tok.head
    return aid.pos_ == "VERB" and _lem(aid) in sense_cue("aid_verbs") and aid.tag_ != "VBD"


_COGNATE_FIGHTS = sense_cue("cognate_fights")


def _foes_against(verb) -> bool:  # type: ignore[no-untyped-def]
    """ "fighting a war on two fronts, against cholera and against malaria": the foes of a war "against" are all
    things no one fights with arms (cue ``abstract_foes``); a war with no "against", or against people, is left
    alone (branch precision15, quiet_reports9 v09)."""
    foes = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "against"
            for q in (p, *p.conjuncts) for o in q.children if o.dep_ == "pobj"]
    foes += [c for o in foes for c in o.conjuncts]
    return bool(foes) and all(_lem(o) in sense_cue("abstract_foes") for o in foes)


def fight_for_aim(verb) -> bool:  # type: ignore[no-untyped-def]
    """ "Al Shabaab, which is fighting to topple the government", "the group fighting to impose its rule": a verb
    of fighting with no object whose infinitive is an insurgency's aim (cue ``fight_aim_verbs``) describes the
    group's cause, no battle ("troops fought to retake the town" stays one; branch precision15, quiet_reports9
    v15)."""
    return any(c.dep_ == "xcomp" and _lem(c) in sense_cue("fight_aim_verbs")
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


_FIGHT_WITH = sense_cue("fight_with_verbs")
_NOUN_PATH = frozenset({"pobj", "conj", "compound", "amod", "npadvmod", "nmod", "cc", "punct"})


def fight_instrument(tok) -> bool:  # type: ignore[no-untyped-def]
    """A weapon noun in the "with" phrase of a verb of fighting: "two armed groups fought with machine guns and
    rocket-propelled grenades": what the fight was fought with, no strike of its own (the fight is the event; "fought
    with the army" names a side, no weapon). Read up the noun phrase only (no verb between: "fought with men who
    threw grenades" keeps its grenades); branch precision13."""
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB") or tok.dep_ not in _NOUN_PATH:
        return False
    cur = tok
    for _ in range(6):
        if cur.dep_ not in _NOUN_PATH:
            return False
        head = cur.head
        if head.i == cur.i:
            return False
        if head.dep_ == "prep" and head.lower_ == "with" and cur.dep_ == "pobj":
            verb = head.head
            return verb.pos_ == "VERB" and _lem(verb) in _FIGHT_WITH
        if head.pos_ in ("VERB", "AUX") and not (head.tag_ == "VBN" and head.dep_ in ("amod", "compound")):
            return False  # a clause between ("men who threw grenades"), save "rocket-propelled"
        cur = head
    return False
