"""Decides that an act told in a relative clause takes the day of the event noun it describes
(:func:`antecedent_time`: "the 31 October attack, in which a bomb exploded"): a relative pronoun's or "in/during
which"'s antecedent, the nearest violent noun before.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.date.report_day import usable_time
from sitrep.events.date.verbs import _own_verb, _violent_noun
from sitrep.model import TimeExpr


def antecedent_time(doc, trig, tok_of_time) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """An act told in a relative clause takes the day of the event noun it describes: "the 31 October attack
    in which a bomb exploded", "the raid on Sunday during which three guards were killed"."""
    v = _own_verb(trig)
    ante = v.head if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN") else _pronoun_antecedent(v)
    inner = {x.i for x in v.subtree}
    if ante is None or not _violent_noun(ante):
        # "the ambush of a convoy near X on 12 March, in which 22 soldiers were killed": the parse hung the clause
        # on another noun; the violent noun before "in which", with the words up to it (its time among them)
        prep = _prepositional_antecedent(v)
        if prep is None:
            return None
        ante, upto = prep
        own = set(range(ante.i, upto)) - inner
    else:
        own = {x.i for x in ante.subtree} - inner
    cands = [t for t, ts in tok_of_time if ts and ts[0] in own and usable_time(t) and t.start is not None
             and t.precision == "day"]
    return min(cands, key=lambda t: abs(t.span.start - ante.idx)) if cands else None


_RELATIVE_PRONOUNS = frozenset({"which", "that"})


def _pronoun_antecedent(v):  # type: ignore[no-untyped-def]
    """The event noun that a relative pronoun subject of ``v`` stands for, where the parse hung the clause elsewhere
    ("Sunday's ambush near Gayeri, which security sources say killed 17 people": "which" is the ambush): the
    nearest violent noun before the pronoun, with no verb between; None when there is none."""
    pron = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE_PRONOUNS), None)
    return _violent_noun_before(pron, 6) if pron is not None else None


def _violent_noun_before(tok, window: int):  # type: ignore[no-untyped-def]
    """The nearest violent noun at most ``window`` tokens before ``tok``, with no verb between; None otherwise."""
    for t in reversed(tok.doc[max(0, tok.i - window):tok.i]):
        if t.pos_ in ("VERB", "AUX"):
            return None
        if t.pos_ == "NOUN" and _violent_noun(t):
            return t
    return None


def _prepositional_antecedent(v):  # type: ignore[no-untyped-def]
    """For a clause opening on "in which"/"during which" (``v`` its verb): the nearest violent noun before the
    preposition with no verb between, and the preposition's index; None when there is none."""
    prep = next((c for c in v.children if c.dep_ == "prep" and c.i < v.i
                 and any(g.dep_ == "pobj" and g.lower_ == "which" for g in c.children)), None)
    ante = _violent_noun_before(prep, 14) if prep is not None else None
    return (ante, prep.i) if ante is not None else None
