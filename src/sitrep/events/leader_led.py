"""Whose deed a leader's name in a compound before a role noun names: "a Bashar al Assad regime attack", "the
Lindqvist government crackdown". The name only says whose regime, government or forces acted; the actor is that
government or those forces (the dictionary's ``HEAD_OF_STATE`` entry gives the country), never the leader in person.

The parser hangs every word of such a chain on the deed noun ("Assad" and "regime" both modify "attack"), so the noun
phrase of the name alone is "Bashar al Assad". This module widens it to the role noun after it, when the dictionary
reads the wider phrase as a state body."""
from __future__ import annotations

from typing import Any, Callable, Optional

from sitrep.nlp.doctext import doc_text

_STATE_TYPES = frozenset({"state", "military", "ministry", "government", "state_forces", "country"})


def _actor_type(entity_id: str) -> Optional[str]:
    try:
        from sitrep.nlp.actors import get_resolver  # type: ignore[attr-defined]

        return get_resolver().get(entity_id).get("type")
    except Exception:  # unknown id ("x:", "unk:") or no actors layer
        return None


def leader_led_body(tok: Any, toks: list, got: Optional[tuple[str, str]], resolve: Optional[Callable],
                    focus: Any) -> Optional[tuple[tuple[str, str], int]]:
    """``(actor, end character)`` of the state body a person's name ``tok`` (resolved to ``got``) stands for when
    role nouns follow it in the same compound chain ("Assad" of "a Bashar al Assad regime attack": Government of
    Syria, its phrase ending after "regime"); None when ``got`` is no person, nothing follows, or the wider phrase
    names no state body."""
    if not got or resolve is None or tok.dep_ != "compound" or tok.head.i <= tok.i + 1:
        return None
    if _actor_type(got[0]) != "person":
        return None
    tail = []
    for t in tok.doc[tok.i + 1: tok.head.i]:
        if t.dep_ != "compound" or not t.i < t.head.i <= tok.head.i or t.pos_ != "NOUN":
            break
        tail.append(t)
    if not toks:
        return None
    for last in reversed(tail):  # "a Lindqvist government drone strike": the longest stretch that names a body
        start, end = toks[0].idx, last.idx + len(last.text)
        try:
            wider = resolve(doc_text(tok.doc)[start:end], focus)
        except Exception:
            return None
        if wider and wider[0] != got[0] and _actor_type(wider[0]) in _STATE_TYPES:
            return wider, end
    return None
