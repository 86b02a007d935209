"""A deed told in a "when" clause hung on a date takes that date: "a smaller attack in the early hours of 21
October, when fighters fired mortars at a police station" (the firing is on 21 October), "on Sunday, when gunmen
killed four farmers". The parse makes the clause a relative clause of the date's own word, so no clause of the
deed holds the date and the deed fell back to the report's day. A clause right after ", " and a date whose word the
parse does not make its head takes that date too (:func:`comma_date`)."""
from __future__ import annotations

from typing import Optional

from sitrep.model import TimeExpr


def when_time(trig, own_verb, tok_of_time: list) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def,type-arg]
    """The time whose word heads the "when" clause of ``own_verb`` (the trigger's verb); None when there is none.
    ``tok_of_time``: ``(time, token indices)`` of the usable times."""
    v = own_verb
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head  # "when militants burned a clinic and shot dead a nurse": the clause of the first verb
    when = next((c for c in v.children if c.lower_ == "when" and c.i < v.i), None)
    if v.dep_ not in ("relcl", "advcl") or when is None:
        return None
    head = v.head.i
    got = next((t for t, ts in tok_of_time if ts and head in ts and t.start is not None), None)
    if got is None and v.dep_ == "advcl":  # "had come under attack last week as well, when men lobbed a grenade":
        doc = v.doc  # the time the main verb tells before the clause is the lobbing's
        got = next((t for t, ts in tok_of_time if ts and ts[-1] < when.i and t.start is not None
                    and any(doc[i].head.i == head and doc[i].dep_ in _ADVERBIAL for i in ts)), None)
    return got if got is not None else comma_date(when, tok_of_time)


_ADVERBIAL = frozenset({"npadvmod", "prep", "advmod", "tmod"})  # a time hung on the main verb ("last week", "on Monday")
_CLAUSE_END = frozenset({",", ";", ":", ".", "—", "–"})


def when_after(trig, tok_of_time: list) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def,type-arg]
    """A deed word right before "when", or whose own "when" clause follows it, takes the time that clause tells:
    "buried three workers killed when militants raided their camp on Sunday night" (the parse may hang the raid on
    the burial, as a conjunct, so no link of the killing holds the Sunday), "killed 22 people when they raided a
    camp earlier this week" (the clause's time is set aside as another verb's). The first resolved time after
    "when" and before the clause's first comma, semicolon or stop; None when no "when" clause follows the word or
    it tells no time."""
    doc = trig.doc
    if trig.i + 1 < len(doc) and doc[trig.i + 1].lower_ == "when":
        start = trig.i + 1
    else:  # "killed at least 22 people when they raided a camp earlier this week": the trigger's own "when" clause
        when = next((w for c in trig.children if c.dep_ == "advcl" and c.i > trig.i for w in c.children
                     if w.lower_ == "when" and w.i < c.i), None)
        if when is None:
            return None
        start = when.i
    end = next((t.i for t in doc[start + 1 : trig.sent.end] if t.text in _CLAUSE_END), trig.sent.end)
    return next((t for t, ts in sorted(tok_of_time, key=lambda x: x[1][0] if x[1] else 0)
                 if ts and start < ts[0] < end and t.start is not None), None)


def comma_date(when, tok_of_time: list) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def,type-arg]
    """The time that ends just before ", when": "hit by roadside bombs in Helmand between 2006 and 2014, when
    British troops fought the Taliban there" (the fighting is in 2014's span; the parse hangs the clause on a noun
    before the date, "veterans"; branch precision20, quiet_reports14 k15)."""
    doc = when.doc
    if when.i < 2 or doc[when.i - 1].text != ",":
        return None
    last = when.i - 2
    return next((t for t, ts in tok_of_time if ts and ts[-1] == last and t.start is not None), None)
