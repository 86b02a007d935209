"""Armed men told only through their commander, whose apposition names his group: "Fighters commanded by X, a senior
al-Shabaab commander, overran ...", "Gunmen loyal to X, a commander of Ansaru, attacked ...". The men are the
group's: the apposition says whose commander X is (ACLED codes the group, X is an associate, events/commanders.py).

Never a former commander ("X, a former RSF commander who switched sides": his men are no longer the group's), nor an
apposition qualified by a relative clause (what X did since is told there), nor a group the actor dictionary does not
list as a non-state armed group. Gate: the men's noun (events/commanders.ARMED_MEN) and a commander's appositive noun
before any resolving."""
from __future__ import annotations

from typing import Any, Optional

from sitrep.events.commanders import ARMED_MEN, commander_tokens, men_lemma
from sitrep.events.roles.common import span_of
from sitrep.model import ActorRef

__all__ = ["commander_group"]

# appositive nouns that say whose commander a person is ("a senior X commander", "a leader of X", "X's emir")
_RANKS = frozenset({"commander", "leader", "chief", "emir", "head"})
# qualifiers of a rank that is no longer held
_PAST = frozenset({"former", "ex", "erstwhile", "onetime", "one-time", "dismissed", "renegade", "defected"})


def _rank(person) -> Optional[Any]:  # type: ignore[no-untyped-def]
    app = next((c for c in person.children if c.dep_ == "appos" and c.lemma_.lower() in _RANKS), None)
    if app is None or any(c.dep_ in ("relcl", "acl") or c.lower_ in _PAST for c in app.children):
        return None
    return app


def commander_group(finder, tok, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The armed group whose commander leads the men headed by ``tok`` ("Fighters commanded by X, a senior al-Shabaab
    commander": al-Shabaab), or None."""
    if men_lemma(tok) not in ARMED_MEN or finder.resolve is None:
        return None
    for person in commander_tokens(tok):
        if person.pos_ != "PROPN":
            continue
        app = _rank(person)
        if app is None:
            continue
        names = [c for c in app.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" and c.i < app.i]
        if names:  # "a senior al-Shabaab commander": the name run before the rank
            ref = _run_before_rank(finder, tok.doc, names, role)
            if finder.named_group(ref):
                return ref
        of = next((c for c in app.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None:  # "a commander of Ansaru", "a leader of the FARC dissident group Estado Mayor Central"
            ref = finder._group_named_beside(app, role) or finder._actor(pobj, role, True)
            if finder.named_group(ref):
                return ref
    return None


def _run_before_rank(finder, doc, names: list, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def,type-arg]
    """The actor the name run before a rank resolves to ("a senior al-Shabaab commander", "X's commander": the owner
    without "'s"), or None."""
    toks = list(doc[min(n.left_edge.i for n in names): max(n.i for n in names) + 1])
    while toks and toks[-1].dep_ == "case":
        toks = toks[:-1]
    sp = span_of(toks, finder.an.article_id) if toks else None
    try:
        got = finder.resolve(sp.text, finder.focus) if sp is not None else None
    except Exception:  # noqa: BLE001 - a name the resolver cannot read names no group, as before
        got = None
    return ActorRef(got[0], got[1], sp, role) if got else None
