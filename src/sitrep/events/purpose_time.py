"""A deed done to some end takes the day told in its purpose clause: "police used water cannon to break up a
rally outside the town hall late on Tuesday", "soldiers fired tear gas to scatter a march on Friday" (the firing is
on the day of the march it broke up). The parse hangs the day on the purpose verb, a clause of its own, so the
deed told by a noun ("cannon", "gas") fell back to the report's day."""
from __future__ import annotations

from typing import Optional

from sitrep.model import TimeExpr

_SUBJECTS = ("nsubj", "nsubjpass", "expl")


def purpose_time(own_verb, tok_of_time: list) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def,type-arg]
    """The day told on the purpose verb ("to break up ... on Tuesday") of ``own_verb`` (the trigger's verb, in the
    past) or of a verb joined to it with no subject of its own, which shares its purpose ("used water cannon to break
    up the rally on Tuesday and detained 27", "fired tear gas and detained 30 to scatter a march on Friday"); None
    when there is none. ``tok_of_time``: ``(time, token indices)`` of the usable single past days."""
    v = own_verb
    if v.pos_ not in ("VERB", "AUX"):
        return None
    while v.dep_ == "conj" and v.head.i != v.i and not _own_subject(v):
        v = v.head
    if "Past" not in v.morph.get("Tense"):
        return None
    verbs = [v] + [c for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not _own_subject(c)]
    for c in (c for w in verbs for c in w.children):
        if c.dep_ not in ("xcomp", "advcl") or c.i < c.head.i or c.tag_ != "VB" \
                or not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            continue
        for t, ts in tok_of_time:
            above = verb_above(c.doc[ts[-1]], set(ts)) if ts else None
            if above is not None and above.i == c.i:
                return t
    return None


def _own_subject(verb) -> bool:  # type: ignore[no-untyped-def]
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def verb_above(tok, inside: set[int]):  # type: ignore[no-untyped-def]
    """The first verb above the time's last token (a word of the time itself is not its verb)."""
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and tok.i not in inside:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None
