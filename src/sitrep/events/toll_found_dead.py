"""A body found slain: the "dead" of "X was found dead with gunshot wounds" or the body of "the bodies of two men were
found, riddled with bullets" (:func:`found_slain`, :func:`_found_remains`), a finding told inside a killing ("found
dead in an apparent murder-suicide": :func:`found_in_killing`), and the "riddled" of a found body, no deed of its own
(:func:`riddled_found_body`). Read by :mod:`sitrep.events.triggers`.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.toll_wound_deaths import _WOUND_NOUNS


_DEAD_DEPS = frozenset({"oprd", "acomp", "xcomp", "advcl", "advmod", "ccomp"})


_REMAINS_NOUNS = frozenset({"body", "corpse", "remains", "cadaver"})


def _found_remains(tok):  # type: ignore[no-untyped-def]
    """The body found by ``tok`` ("the bodies of three men were found", "police found two corpses"): the passive
    subject or object of "find" that is a word for a dead body; None otherwise."""
    return next((c for c in tok.children if c.dep_ in ("nsubjpass", "dobj", "obj")
                 and c.lemma_.lower() in _REMAINS_NOUNS), None)


def found_slain(tok, weapons: frozenset[str]):  # type: ignore[no-untyped-def]
    """The "dead" of "X was found dead with gunshot wounds", "police found him dead, with stab wounds", "was found
    with knife wounds, dead", or the body of "the bodies of two men were found, riddled with bullets",
    "police found two bullet-riddled corpses": a body found with the wounds of a weapon (``weapons``, the ontology's
    ``wound_weapons``) is a killing, its attacker untold. None for "found dead" or "bodies were found" alone (a
    death, not said to be violent) and for any other verb; "found shot dead" is the shooting's own trigger."""
    if tok.lemma_.lower() != "find" or tok.pos_ not in ("VERB", "AUX"):
        return None
    from sitrep.nlp.victims import found_dead_with

    dead = next((c for c in tok.children if c.dep_ in _DEAD_DEPS and c.lower_ == "dead"), None) or found_dead_with(tok)
    if dead is None:
        dead = _found_remains(tok)
        if dead is None:
            return None
    elif not any(c.dep_ in ("nsubjpass", "dobj", "obj") for c in tok.children) and not any(
            c.dep_ == "nsubj" for c in dead.children):
        return None  # "found dead" with nobody found ("found X dead" may hang X on "dead")
    if dead.lower_ == "dead" and found_in_killing(tok):
        return dead  # "were found dead in what police believe was a murder-suicide"
    for t in tok.subtree:
        if t.lemma_.lower() not in weapons:
            continue
        if t.dep_ in ("compound", "amod", "nmod") and t.head.lemma_.lower() in _WOUND_NOUNS:
            return dead  # "gunshot wounds", "bullet holes", "stab wounds"
        if t.dep_ == "pobj" and t.head.lower_ in ("with", "by") and t.tag_ in ("NNS", "NNPS") \
                and (t.head.lower_ == "with" or t.head.head.lemma_.lower() in _RIDDLE):
            return dead  # "riddled with bullets", "riddled by bullets"
        if t.head.lemma_.lower() in _RIDDLE or t.head.lower_ in _RIDDLE:
            return dead  # "bullet-riddled bodies"
    return None


_RIDDLE = frozenset({"riddle", "riddled", "pierce", "pierced"})
_NEGATORS = frozenset({"not", "n't", "no", "never"})


def found_in_killing(tok) -> bool:  # type: ignore[no-untyped-def]
    """The finding ``tok`` ("found dead") is told inside a killing by an "in" phrase of its words: "found dead in an
    apparent murder-suicide", "were found dead at a house in what police believe was a double homicide", "in what
    police are treating as a murder" (the phrase's own noun, or the noun its "what" clause names, of event sense cue
    ``found_killing_nouns``, or "suicide" compounded with "murder"), never negated ("in what police say was not a
    homicide"), never inside the people found: the finding tells a killing, its doer untold."""
    found = {t.i for c in tok.children if c.dep_ in ("nsubjpass", "dobj", "obj") for t in c.subtree}
    for prep in tok.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i in found:
            continue
        if any(w.lower_ in _NEGATORS for w in prep.subtree):
            continue
        if any(_killing_noun(n) for n in _in_phrase_nouns(prep)):
            return True
    return False


def _in_phrase_nouns(prep) -> list:  # type: ignore[no-untyped-def]
    """The nouns an "in" phrase names its setting by: its object ("in an apparent murder-suicide"), or what its
    "what" clause calls it ("in what police believe was X", "in what police are calling X", "... treating as X")."""
    out = []
    for c in prep.children:
        if c.dep_ == "pobj":
            out.append(c)
        elif c.dep_ == "pcomp":
            out += [g for g in c.children if g.dep_ in ("attr", "oprd", "dobj")]
            out += [p for a in c.children if a.dep_ == "prep" and a.lower_ == "as" for p in a.children
                    if p.dep_ == "pobj"]
    return out


def _killing_noun(n) -> bool:  # type: ignore[no-untyped-def]
    lem = n.lemma_.lower()
    return n.pos_ == "NOUN" and (lem in sense_cue("found_killing_nouns") or (lem == "suicide" and any(
        c.dep_ == "compound" and c.lemma_.lower() == "murder" for c in n.children)))


def riddled_found_body(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``tok`` is the "riddled" of a body that a "find" finds ("the bullet-riddled bodies of two men were
    found"): the wounds of the killing :func:`found_slain` reads off the finding, no deed of their own."""
    body = tok.head
    return (tok.lower_ in _RIDDLE or tok.lemma_.lower() in _RIDDLE) and body is not tok \
        and body.lemma_.lower() in _REMAINS_NOUNS and body.head.lemma_.lower() == "find"
