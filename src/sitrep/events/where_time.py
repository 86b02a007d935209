"""A deed and its "where" clause share one day when the clause hangs on the place where a violent noun "happened"
(or "occurred", "took place"): "The shooting happened on 9 April at a stop on Bellaire Boulevard, where a man was
shot twice" (the shooting in the clause takes the main clause's day), "The attack happened in Gidan Zaki, a
village near Tsafe, where on 21 April gunmen surrounded farmers" (the attack takes the clause's day). The place's
clause tells the happening itself, so its day is the deed's. A "where" clause on any other verb's place is left
alone: "buried on Sunday in the village where he was killed" dates the burial, not the killing."""
from __future__ import annotations

from typing import Optional

from sitrep.model import TimeExpr

_HAPPEN = frozenset({"happen", "occur", "take"})  # "take" only as "take place"


def _happening(verb, violent_noun) -> bool:  # type: ignore[no-untyped-def]
    """``verb`` is "happened" / "occurred" / "took place" with a violent noun as its subject."""
    lem = verb.lemma_.lower()
    if lem not in _HAPPEN or (lem == "take" and not any(c.lower_ == "place" for c in verb.children)):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and violent_noun(c) for c in verb.children)


def _where_clauses(verb) -> list:  # type: ignore[no-untyped-def,type-arg]
    """The "where" relative clauses inside ``verb``'s own subtree (on its place), not inside a clause of their own."""
    return [t for t in verb.subtree if t.dep_ == "relcl" and any(c.lower_ == "where" and c.i < t.i for c in t.children)
            and _clause_verb(t.head).i == verb.i]


def _clause_verb(tok):  # type: ignore[no-untyped-def]
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _day(tok_of_time: list, idx: set[int]) -> Optional[TimeExpr]:  # type: ignore[type-arg]
    days = [t for t, ts in tok_of_time if ts and ts[0] in idx and t.start is not None and t.precision == "day"]
    return days[0] if len(days) == 1 else None


def where_time(trig, own_verb, tok_of_time: list, violent_noun) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def,type-arg]
    """The day a "where" clause shares with the happening of a violent noun (see the module); None otherwise.
    ``tok_of_time``: ``(time, token indices)`` of the usable times; ``violent_noun(tok)``: a noun of violence."""
    if own_verb.dep_ == "relcl" and any(c.lower_ == "where" and c.i < own_verb.i for c in own_verb.children):
        main = _clause_verb(own_verb.head)  # the trigger is told in the clause: the happening's own day
        if main.i != own_verb.i and _happening(main, violent_noun):
            inner = {t.i for t in own_verb.subtree}
            return _day(tok_of_time, {t.i for t in main.subtree} - inner - _other_clauses(main, own_verb))
        return None
    if trig.dep_ in ("nsubj", "nsubjpass") and trig.head.i == own_verb.i and _happening(own_verb, violent_noun):
        clauses = _where_clauses(own_verb)  # the trigger is the happening: the day its place's clause tells
        if len(clauses) == 1:
            own = {t.i for t in own_verb.subtree} - {t.i for t in clauses[0].subtree}
            if _day(tok_of_time, own) is None and not any(ts and ts[0] in own for _, ts in tok_of_time):
                return _day(tok_of_time, {t.i for t in clauses[0].subtree})
    return None


def _other_clauses(main, inner_verb) -> set[int]:  # type: ignore[no-untyped-def]
    """Tokens of clauses under ``main`` other than ``inner_verb``'s own (their times are not the happening's)."""
    out: set[int] = set()
    for t in main.subtree:
        if t.i not in (main.i, inner_verb.i) and t.pos_ in ("VERB", "AUX") and t.dep_ in ("relcl", "advcl", "ccomp",
                                                                                               "xcomp", "acl"):
            out |= {x.i for x in t.subtree}
    return out
