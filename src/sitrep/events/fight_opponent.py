"""The other side of the fight a harm happened in: "three rebels were killed in an encounter with the Central Reserve
Police Force", "two soldiers died during a clash with the guerrillas", "killed in a gunfight with the Assam Rifles".
A killing or wounding that names no doer, told as having happened in a fight ("in"/"during" a noun of
``fight_nouns``, data/event_sense_cues.tsv) with a named side, was done by that side: the dead are on the other side
(ACLED codes such an encounter as an armed clash between the two). Never the victims themselves, never a fight whose
"with" phrase names no one ("in an encounter with a tiger" is not read: only nouns that name people or a body)."""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.deps import pobj
from sitrep.events.nominal import armed_words
from sitrep.events.roles import lemma
from sitrep.events.victim_nouns import person_noun

__all__ = ["fight_opponent"]

HARM_LEMMAS = frozenset({"kill", "die", "wound", "injure", "hurt", "shoot", "slay"})


def fight_opponent(v, patient=None):  # type: ignore[no-untyped-def]
    """The side named by the "with" phrase of the fight noun (``fight_nouns``) in which verb ``v`` of killing or
    wounding happened ("killed in an encounter with X", "died during a clash with X"); the "with" phrase may hang on
    the verb itself ("killed in an encounter on Sunday with X"). None when ``v`` is no verb of harm, the fight has no
    "with" phrase, or the side is ``patient`` (the victims). ``v`` may be the fight noun itself, the event's word
    where the parser hung it on the verb of harm ("were killed in a gunfight with X": "gunfight")."""
    if v.lemma_.lower() in sense_cue("fight_nouns") and v.dep_ == "pobj" and v.head.lower_ in ("in", "during"):
        v = v.head.head  # the fight noun as the event's word: "were killed in a gunfight with X"
    if v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in HARM_LEMMAS:
        return None
    fight = pobj(v, "in", "during")
    if fight is None or fight.lemma_.lower() not in sense_cue("fight_nouns"):
        return None
    side = pobj(fight, "with") or pobj(v, "with")
    of = pobj(fight, "of")
    if side is None and of is not None:  # "in an exchange of fire with soldiers"
        side = pobj(of, "with")
    if side is None or side.pos_ not in ("NOUN", "PROPN") or side.like_num:
        return None
    if side.pos_ == "NOUN" and side.ent_type_ not in ("ORG", "NORP", "GPE") \
            and lemma(side) not in armed_words() and not person_noun(side):
        return None  # "an encounter with a tiger", "a clash with the crowd's anger": no side
    if patient is not None and side.i == patient.i:
        return None
    return side
