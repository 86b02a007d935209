"""The person armed men act for: "troops under the command of General X", "soldiers commanded by X", "forces loyal
to X". The men are the doer (the state's forces when the sentence or the report tells whose, read elsewhere); the
person they follow is an associate of the deed, never its actor1 (ACLED codes the force, not its commander)."""
from __future__ import annotations

from typing import Optional

from sitrep.model import ActorRef

# nouns of armed men a commander or patron may be told of (lemmas)
ARMED_MEN = frozenset({"force", "troop", "soldier", "unit", "fighter", "gunman", "militiaman", "militant", "rebel",
                       "man", "loyalist", "commando", "paramilitary"})
# what armed men can be "under" ("under the command of X", "under the control of X", "under the orders of X")
_UNDER = frozenset({"command", "control", "leadership", "order", "orders"})
# verbs by whose agent a force is led ("troops commanded by X", "fighters led by X")
_LED = frozenset({"command", "lead", "head"})


def _pobj(prep):  # type: ignore[no-untyped-def]
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def commander_tokens(tok) -> list:  # type: ignore[no-untyped-def]
    """Heads of the phrases naming whom the armed men headed by ``tok`` follow."""
    if tok.lemma_.lower() not in ARMED_MEN:
        return []
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "under":
            o = _pobj(c)
            if o is not None and o.lemma_.lower() in _UNDER:
                of = next((p for p in o.children if p.dep_ == "prep" and p.lower_ == "of"), None)
                o = _pobj(of) if of is not None else None
            if o is not None:
                out.append(o)
        elif c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _LED:
            by = next((a for a in c.children if a.dep_ == "agent"), None)
            o = _pobj(by) if by is not None else None
            if o is not None:
                out.append(o)
        elif c.dep_ in ("amod", "acl") and c.lower_ == "loyal":
            to = next((p for p in c.children if p.dep_ == "prep" and p.lower_ == "to"), None)
            o = _pobj(to) if to is not None else None
            if o is not None:
                out.append(o)
    return out


def commanders(tok, finder) -> list[ActorRef]:  # type: ignore[no-untyped-def]
    """The people (a person's name, in the dictionary or not) the armed men headed by ``tok`` follow, as associates."""
    out: list[ActorRef] = []
    for o in commander_tokens(tok):
        lo, hi = o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text)
        person: Optional[object] = next((m for m in finder.mentions if m.kind == "PERSON" and lo <= m.span.start
                                         and m.span.end <= hi), None)
        if person is None:
            continue  # "forces loyal to the government": a state, which the doer's own reading takes up
        ref = finder.actor(o, role="associate")
        if ref is None or not any(m.kind == "PERSON" for m in finder._mentions_in(ref.span.start, ref.span.end)):
            m = person
            ref = ActorRef(m.entity_id or "x:" + m.span.text.lower().replace(" ", "_"), m.name or m.span.text,  # type: ignore[attr-defined]
                           m.span, "associate")  # type: ignore[attr-defined]
        out.append(ActorRef(ref.entity_id, ref.name, ref.span, "associate"))
    return out
