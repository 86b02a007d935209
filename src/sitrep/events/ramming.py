"""A vehicle driven into people on foot: a ramming attack (ACLED Violence against civilians / Attack when the
driving is deliberate). "a car was driven into a crowd", "a driver deliberately drove onto a crowded sidewalk",
"rammed his van into shoppers". A road accident ("lost control and crashed into a crowd") is no attack."""
from __future__ import annotations

from typing import Optional

from sitrep.events.ontology import Ontology
from sitrep.events.roles import lemma

_INTO = frozenset({"into", "onto", "at", "through"})


def _lost_control(sent) -> bool:  # type: ignore[no-untyped-def]
    """ "the driver lost control": an accident."""
    return any(t.lemma_.lower() == "lose" and any(c.lower_ == "control" for c in t.children) for t in sent)


def _target(verb, onto: Ontology):  # type: ignore[no-untyped-def]
    """The people on foot (or the crowded place) the vehicle went into, or None."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _INTO:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if lemma(obj) in onto.cue("ramming_targets"):
                return obj
            if any(c.dep_ == "amod" and c.lower_ in onto.cue("crowded_words") for c in obj.children):
                return obj
    return None


def vehicle_ramming(tok, onto: Ontology) -> Optional[object]:  # type: ignore[no-untyped-def]
    """The target of ``tok`` when it is a verb of driving a vehicle into people on purpose, else None.

    "ram" tells the purpose itself; "drive", "plough" and "steer" need it told: a passive ("a car was driven into
    the crowd": someone drove it there) or a word of intent in the sentence ("deliberately", "attack")."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in onto.cue("ramming_verbs"):
        return None
    target = _target(tok, onto)
    if target is None or _lost_control(tok.sent):
        return None
    if tok.lemma_.lower() == "ram":
        return target
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    intent = any(lemma(t) in onto.cue("ramming_words") and t.i != tok.i for t in tok.sent)
    return target if passive or intent else None
