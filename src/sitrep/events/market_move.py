"""A market's move told in a word of violence (issue 15; spurious records on market and statistics reports).

Market and statistics reports borrow the words of violence: "cocoa prices exploded", "coffee futures crashed",
"shares shot up 9%", "demand has collapsed", "a fall of almost a fifth", "its sharpest fall in two months", "a rally
that has seen prices more than double". :func:`market_move` reads a trigger word as such a move when

- a verb's subject (its own, or the first verb's for a second verb joined by "and" / "or" with none of its own) is
  a word of ``market_nouns`` (price, futures, shares, demand, currency ...): prices do not explode, bombs do; so
  is a participle's noun or a passive subject that is traded ("with car stocks slaughtered" beside "shares", "shares
  were massacred"; not "food stocks looted", "the market was shelled"), and a verb whose object is a bare share with a number
  ("the DAX crashed 3.4 per cent", not "killed 10 per cent of the men");
- a noun trigger is what a market is "under" ("the market is under attack"), or is a noun of a move
  (``market_move_nouns``: fall, rally, crash, collapse, surge ...) that counts a share ("a fall of almost a fifth":
  a percent or a fraction in its "of" phrase; "a 9% fall": a percent before it; not "the killing of 12
  officials", not "a third explosion"), is qualified by a word of ``market_move_adjectives`` ("a sharp fall", "its
  steepest fall"), has a market noun before it ("a price rally", "the stock market crash") or a relative clause
  whose own subject or object is one ("a rally that has seen prices double"), or is "in" one ("the fall in
  prices").

A protest against prices keeps its reading: a market noun in a phrase of grievance ("a rally against high prices")
is no subject or object of the trigger.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue

__all__ = ["market_move"]

_SHARE_WORDS = frozenset({"percent", "%", "cent", "pc", "half", "third", "quarter", "fifth", "tenth", "fraction"})
_CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
_TRADED = frozenset({"share", "bond", "index", "price", "future", "futures", "currency", "yield"})
_PLACE_OR_TRADED = frozenset({"stock", "market"})


def _market(tok) -> bool:  # type: ignore[no-untyped-def]
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in sense_cue("market_nouns")


def _subject(verb):  # type: ignore[no-untyped-def]
    for c in verb.children:
        if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and _traded(c)):
            return c  # "shares were massacred" (not "the market in Brask was shelled")
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    return None


def _share(tok) -> bool:  # type: ignore[no-untyped-def]
    """A word of a share: a percent, a fraction ("a fifth"; not "its fourth general strike", not "12 officials")."""
    return tok.lower_ in _SHARE_WORDS or tok.lemma_.lower() in _SHARE_WORDS or tok.text.endswith("%")


def _traded(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is something traded (``_TRADED``), or "stock" or "market" in a sentence that names something traded
    ("European shares suffered ..., with car stocks slaughtered"): not "food stocks looted", not "the market in
    Brask was shelled", where a stock or a market is a thing or a place."""
    if tok.lemma_.lower() in _TRADED:
        return True
    return tok.lemma_.lower() in _PLACE_OR_TRADED and any(t.lemma_.lower() in _TRADED for t in tok.sent)


def _moved_by_share(verb) -> bool:  # type: ignore[no-untyped-def]
    """``verb``'s object is a bare share with a number: "the DAX crashed 3.4 per cent" (not "killed 10 per cent of
    the men", whose share is of people)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and _share(obj) and any(c.dep_ == "nummod" for c in obj.children) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)


def market_move(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` (a trigger word) tells a market or a statistic moving, no violence (module docstring)."""
    if tok.pos_ in ("VERB", "AUX"):
        subj = _subject(tok)
        if subj is None and tok.dep_ == "acl" and _traded(tok.head):
            subj = tok.head  # "with car stocks slaughtered": the participle of the noun it follows
        return (subj is not None and _market(subj)) or _moved_by_share(tok)
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "under" \
            and tok.head.head.pos_ in ("VERB", "AUX"):
        subj = _subject(tok.head.head)
        if subj is not None and _market(subj):
            return True  # "the market is under attack from both sides"
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in sense_cue("market_move_nouns"):
        return False  # "the killing of 12 officials", "the explosion of 17 kg of dynamite": no move of a figure
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of" and any(_share(x) for x in c.subtree):
            return True  # "a fall of almost a fifth", "a rise of 9 percent"
        if c.i < tok.i and c.dep_ in ("nummod", "compound", "amod", "quantmod") and any(
                x.lower_ in ("percent", "cent", "pc", "%") or x.text.endswith("%") for x in c.subtree):
            return True  # "a 9% fall"
        if c.dep_ == "amod" and c.lemma_.lower() in sense_cue("market_move_adjectives"):
            return True  # "its sharpest fall", "a steep fall"
        if c.i < tok.i and c.dep_ in ("compound", "nmod") and (_market(c) or any(_market(x) for x in c.children)):
            return True  # "a price rally", "the stock market crash"
        if c.dep_ == "relcl" and any(_market(x) and x.dep_ in _CORE_DEPS for x in c.children):
            return True  # "a rally that has seen prices more than double"
        if c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and _market(o) for o in c.children):
            return True  # "the fall in prices", "a collapse in demand" (not "a surge in attacks"; branch precision15)
    return False
