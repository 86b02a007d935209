"""An **attack** on no one: an illness, a website, a budget.

Decides: "an attack of gout" (cue ``illness_words``); an attack on a website, a server, an account (``cyber_targets``:
a cyberattack, no one hurt); an attack, battle or war on a budget, a plan, a disease or a mosquito
(``attacked_things``, ``contest_nouns``: words or a campaign); a deed "in" a budget or a law ("a massacre of
pensioners in its budget", ``deed_documents``). Evidence: data/event_sense_cues.tsv. Tests:
tests/test_events_word_senses.py, tests/test_quiet_precision8.py.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.deps import child
from sitrep.events.word_senses.common import _lem


_ATTACK = frozenset({"attack", "assault"})
_CONTEST_NOUNS = sense_cue("contest_nouns")


def _illness(tok) -> bool:  # type: ignore[no-untyped-def]
    return tok is not None and (_lem(tok) in sense_cue("illness_words") or tok.lower_ in sense_cue("illness_words"))


def illness_attack(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "an attack of gout": an attack noun whose "of" object is an illness; "Cholera attacks quickly": an attack
    verb whose subject is one, or an attack noun with one before it ("an asthma attack") (branch precision12,
    quiet_reports6 t10)."""
    if _lem(tok) in _ATTACK and tok.pos_ == "VERB":
        return _illness(child(tok, "nsubj"))
    if _lem(tok) not in _ATTACK or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("compound", "nsubj") and _illness(c) for c in tok.children):
        return True  # "an asthma attack"; "Cholera attacks quickly" (tagged a noun with its compound)
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            return any(o.dep_ == "pobj" and _illness(o) for o in p.children)
    return False


def _target(tok):  # type: ignore[no-untyped-def]
    """What an attack is on: the verb's object or passive subject, or the noun's "on/against" object (and for a
    battle, fight or war noun, its "for/over" object: "the battle for the election")."""
    if tok.pos_ == "VERB":
        return child(tok, "dobj", "nsubjpass")
    if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.pos_ == "VERB":
        return child(tok.head.head, "nsubj")  # "a bill ... came under fierce attack": what the attack is on
    preps = ("on", "against") if _lem(tok) in _ATTACK else ("on", "against", "for", "over")
    return next((o for p in tok.children if p.dep_ == "prep" and p.lower_ in preps
                 for o in p.children if o.dep_ == "pobj"), None)


def cyber_attack(tok) -> bool:  # type: ignore[no-untyped-def]
    """An attack whose target is a website, a server or an account: the verb's object or passive subject, or the
    noun's "on/against" object."""
    if _lem(tok) not in _ATTACK:
        return False
    target = _target(tok)
    return target is not None and _lem(target) in sense_cue("cyber_targets")


def attack_on_thing(tok) -> bool:  # type: ignore[no-untyped-def]
    """An attack (verb or noun) whose target, and each target coordinated with it, is a thing no one attacks with
    arms (cue ``attacked_things``; not "court" or "institution", which can be buildings): "a fierce attack on the
    government's budget", "an attack on the spirit of the peace process", "we are attacking the mosquito": words,
    a campaign, no violence (branch precision8, quiet_reports2 r03, r07, r15). So is a battle, fight or war noun
    "for", "over", "on" or "against" such a thing ("the battle for the presidential election", "a war on
    inflation"); "the battle for control of the town" stays one."""
    if _lem(tok) not in _ATTACK and not (tok.pos_ == "NOUN" and _lem(tok) in _CONTEST_NOUNS):
        return False
    if _called_an_attack(tok):
        return True
    target = _target(tok)
    if target is None:
        return False
    return all(_lem(t) in sense_cue("attacked_things") for t in [target] + list(target.conjuncts))


def deed_in_document(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "accused the government of 'a massacre of pensioners' in its budget", "a war on the poor in the new tax law":
    a deed noun whose "in" phrase is a budget, a bill, a law or a plan (cue ``deed_documents``) names what a
    document does to people, a charge in words, no violence (branch precision20, quiet_reports14 k13)."""
    if tok.pos_ != "NOUN":
        return False
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(
        o.dep_ == "pobj" and _lem(o) in sense_cue("deed_documents") for o in p.children) for p in tok.children)


def _called_an_attack(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "This bill is an assault on every family": an attack noun said of a thing (cue ``attacked_things``, the
    subject of the "be" it completes) is a name called, not a deed (branch precision18, quiet_reports12 y15)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "attr" or _lem(tok.head) != "be":
        return False
    subj = child(tok.head, "nsubj")
    return subj is not None and _lem(subj) in sense_cue("attacked_things")
