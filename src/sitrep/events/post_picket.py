"""A force's picket is a post, no protest (issue 16, branch tolls25): "dacoits attacked a police picket in the
riverine area", "militants stormed an army picket", "an attack on the Shah Belo picket": in South Asian reports a
"picket" is a small post of police, soldiers or levies, and the word names no picket line. A "picket" noun that a word
of a force modifies ("police", "army", "security", "FC", "Levies", "Rangers", "border") or that is the object of an
attack (a verb or noun of assault over it) is no trigger of a protest; "workers manned a picket outside the plant",
"arrested on the picket line" keep their protest."""
from __future__ import annotations

__all__ = ["guard_picket"]

_FORCE_WORDS = frozenset({"police", "army", "security", "fc", "levies", "levy", "rangers", "border", "frontier",
                          "military", "paramilitary", "check", "checkpost"})
_ASSAULT_LEMMAS = frozenset({"attack", "storm", "raid", "overrun", "assault", "ambush", "target", "fire", "hit"})


def guard_picket(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a "picket" noun told as a post of a force, or as what an attack struck (module doc)."""
    if tok.lemma_.lower() != "picket" or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _FORCE_WORDS for c in tok.children):
        return True
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in ("dobj", "pobj", "nsubjpass") and head.lemma_.lower() in _ASSAULT_LEMMAS
