"""The side a town was taken from, told by the fight that came before the taking: "rebels took control of X after
clashing with the army", "insurgents seized X after a battle with government troops", "the army regained control of
X after a day of fighting with the Velgrad Front". ACLED codes the taking's other side (actor2) as the side fought.
Only a fight noun of ``fight_nouns`` (data/event_sense_cues.tsv) or the verb "clash"/"fight"/"battle" as a gerund,
under "after" or "following" on the taking's own word, and only its "with" phrase (also through "a day of fighting
with X"); the caller never takes the taker itself."""
from __future__ import annotations

from typing import Optional

from sitrep.events.cues import sense_cue
from sitrep.events.deps import pobj
from sitrep.model import ActorRef

__all__ = ["after_fight_side", "fought_side"]

_FIGHT_VERBS = frozenset({"clash", "fight", "battle"})


def _fight(tok) -> bool:  # type: ignore[no-untyped-def]
    return tok.lemma_.lower() in sense_cue("fight_nouns") or (tok.tag_ == "VBG" and tok.lemma_.lower() in _FIGHT_VERBS)


def after_fight_side(trig):  # type: ignore[no-untyped-def]
    """The head of the "with" phrase of the fight told under "after"/"following" on taking word ``trig``, or None."""
    for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ in ("after", "following")):
        fight = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if fight is not None and not _fight(fight):
            fight = pobj(fight, "of")  # "after a day of fighting with X", "after hours of clashes with X"
        if fight is None or not _fight(fight):
            continue
        side = pobj(fight, "with")
        if side is not None and side.pos_ in ("NOUN", "PROPN") and not side.like_num:
            return side
    return None


def fought_side(trig, finder, actor1: Optional[ActorRef]) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The actor of :func:`after_fight_side` of taking word ``trig``, None when there is none or it is the taker
    ``actor1`` itself."""
    side = after_fight_side(trig)
    ref = finder.actor(side) if side is not None else None
    if ref is None or (actor1 is not None and ref.entity_id == actor1.entity_id):
        return None
    return ref
