"""The person armed men act for: "troops under the command of General X", "soldiers commanded by X", "forces loyal
to X". The men are the doer (the state's forces when the sentence or the report tells whose, read elsewhere); the
person they follow is an associate of the deed, never its actor1 (ACLED codes the force, not its commander)."""
from __future__ import annotations

from typing import Optional

from sitrep.model import ActorRef, Span

# nouns of armed men a commander or patron may be told of (lemmas)
ARMED_MEN = frozenset({"force", "troop", "soldier", "unit", "fighter", "gunman", "militiaman", "militant", "rebel",
                       "man", "loyalist", "commando", "paramilitary"})
# what armed men can be "under" ("under the command of X", "under the control of X", "under the orders of X")
_UNDER = frozenset({"command", "control", "leadership", "order", "orders"})
# nouns of a band a person's name may own ("Turji's group", "Dogo Gide's men")
_BANDS = frozenset({"group", "faction", "gang", "militia", "camp", "follower", "band", "loyalist"})
# entity types of a possessor that is no person ("Nigeria's forces", "the Sahel's militias"); an organisation's tag
# is kept (the tagger often takes a leader's unfamiliar name for one: "Dogo Vandu's group"), and a name the
# dictionary knows is read as what it is (:func:`_unlisted_owner`)
_NOT_PEOPLE = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME"})
# verbs of "the attackers, said / believed to be fighters loyal to X"
_SAID_TO_BE = frozenset({"say", "believe", "suspect", "think", "report"})
# verbs by whose agent a force is led ("troops commanded by X", "fighters led by X")
_LED = frozenset({"command", "lead", "head"})


def _pobj(prep):  # type: ignore[no-untyped-def]
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def men_lemma(tok) -> str:  # type: ignore[no-untyped-def]
    """The lemma of a noun of armed men, also when the tagger took it for a name and kept the plural ("Gunmen loyal
    to X" after a dateline's dash: "Gunmen" as a proper noun, lemma "Gunmen")."""
    lem = tok.lemma_.lower()
    if tok.pos_ != "PROPN" or lem in ARMED_MEN:
        return lem
    if lem.endswith("men") and lem[:-3] + "man" in ARMED_MEN:
        return lem[:-3] + "man"
    return lem[:-1] if lem.endswith("s") and lem[:-1] in ARMED_MEN else lem


def commander_tokens(tok) -> list:  # type: ignore[no-untyped-def]
    """Heads of the phrases naming whom the armed men headed by ``tok`` follow."""
    if men_lemma(tok) not in ARMED_MEN:
        return _leaders_of_band(tok)
    out = _leaders_of_band(tok)
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


def _person_possessor(noun):  # type: ignore[no-untyped-def]
    """The person's name that owns band noun ``noun`` ("Turji's group", "Dogo Gide's men"): a proper-noun possessor
    that the tagger does not take for a place, a people or an organisation; None otherwise."""
    if men_lemma(noun) not in ARMED_MEN | _BANDS:
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ != "PROPN" or poss.ent_type_ in _NOT_PEOPLE:
        return None
    return poss


def _leaders_of_band(tok) -> list:  # type: ignore[no-untyped-def]
    """Whom armed men follow, told by the band's owner: "Turji's group" (``tok`` itself), "gunmen from Dogo Gide's
    group" (its from/of phrase), "the attackers, said to be fighters loyal to X" (what they are said to be)."""
    out = []
    own = _person_possessor(tok)
    if own is not None:
        out.append(own)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "of"):
            o = _pobj(c)
            own = _person_possessor(o) if o is not None else None
            if own is not None:
                out.append(own)
    said = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
    if said is not None and said.lemma_.lower() in _SAID_TO_BE:
        be = next((c for c in said.children if c.dep_ == "xcomp" and c.lemma_.lower() == "be"), None)
        attr = next((c for c in be.children if c.dep_ == "attr"), None) if be is not None else None
        if attr is not None and attr is not tok:
            out.extend(commander_tokens(attr))
    return out


def _unlisted_owner(o, finder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The band owner ``o`` ("Dogo Gide" of "Dogo Gide's group") as an associate when the entity layer read no person
    there and the dictionary does not know the name (a known name, "Boko Haram's faction", is read as what the
    dictionary says it is)."""
    if o.dep_ != "poss":
        return None
    ref = finder.actor(o, role="associate", via_modifier=False)
    if ref is None or not ref.entity_id.startswith(("x:", "unk:")):
        return None
    name = o.doc[o.left_edge.i: o.i + 1]  # the name alone, without the possessive's "'s" and the band noun
    span = Span(ref.span.article_id, name.start_char, name.end_char, name.text) if ref.span is not None else None
    return ActorRef(ref.entity_id, name.text, span, "associate")


def commanders(tok, finder) -> list[ActorRef]:  # type: ignore[no-untyped-def]
    """The people (a person's name, in the dictionary or not) the armed men headed by ``tok`` follow, as associates."""
    out: list[ActorRef] = []
    for o in commander_tokens(tok):
        lo, hi = o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text)
        person: Optional[object] = next((m for m in finder.mentions if m.kind == "PERSON" and lo <= m.span.start
                                         and m.span.end <= hi), None)
        if person is None:
            owner = _unlisted_owner(o, finder)
            if owner is not None:  # "Dogo Gide's group": a name the tagger gave no type, owning a band
                out.append(owner)
            continue  # "forces loyal to the government": a state, which the doer's own reading takes up
        ref = finder.actor(o, role="associate")
        if ref is None or not any(m.kind == "PERSON" for m in finder._mentions_in(ref.span.start, ref.span.end)):
            m = person
            ref = ActorRef(m.entity_id or "x:" + m.span.text.lower().replace(" ", "_"), m.name or m.span.text,  # type: ignore[attr-defined]
                           m.span, "associate")  # type: ignore[attr-defined]
        out.append(ActorRef(ref.entity_id, ref.name, ref.span, "associate"))
    return out
