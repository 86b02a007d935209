"""A count of the dead told over a period of many days, not one incident's toll: "police killed 340 people in 2024",
"armed groups killed 57 officers during the year", "strikes that had killed hundreds of people over the past
year", "have claimed more than 1,000 lives this year", "since January, at least 80 people have died". The phrase
hangs on the count's own verb: a year by its number ("in 2024"), a stretch of weeks, months or years ("over the
past year", "during the year", "in recent months", "over the same period"), "this year" / "last year", or "since"
a month or a year. Whatever the tense and the subject, such a count sums many incidents (a tally of the story's
background). A day or a month by its name ("on Monday", "in March") tells one incident's time and is not read
here; "the attack has killed 12 people" and "gunmen have killed five villagers in X" name no period."""
from __future__ import annotations

from typing import Any

_UNITS = frozenset({"week", "month", "quarter", "year", "decade", "period"})  # a stretch of many days ("day" is one incident's;
# "quarter": three months of a statistics release, "27 officers were killed in the quarter", branch precision14)
_STRETCH_WORDS = frozenset({"the", "this", "that", "past", "last", "recent", "same", "previous", "whole", "entire"})
_QUARTER_WORDS = _STRETCH_WORDS | {"first", "second", "third", "fourth", "final", "latest"}
_PERIOD_PREPS = frozenset({"in", "during", "over", "throughout", "across"})
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"})


def _year_number(t: Any) -> bool:
    return t.like_num and len(t.text) == 4 and t.text.isdigit() and 1900 <= int(t.text) <= 2100


def _stretch(n: Any) -> bool:
    """ "the past year", "recent months", "the year", "the same period": a noun of many days with its determiner."""
    if n.lemma_.lower() not in _UNITS:
        return False
    if n.lemma_.lower() == "quarter" and any(c.dep_ in ("amod", "compound") and c.lower_ not in _QUARTER_WORDS
                                             for c in n.children):
        return False  # "in the old quarter", "the Christian quarter": a part of a town, no period
    return n.tag_ == "NNS" or any(c.lower_ in _STRETCH_WORDS for c in n.children if c.dep_ in ("det", "amod"))


def period_phrase(verb: Any) -> bool:
    """``verb`` carries a phrase naming a period of many days (see the module docstring)."""
    for c in verb.children:
        low = c.lower_
        objs = [o for o in c.children if o.dep_ == "pobj"]
        if c.dep_ == "prep" and low in _PERIOD_PREPS:
            if any(_stretch(o) or low != "over" and _year_number(o) for o in objs):
                return True  # "in 2024", "during the year", "over the past year", "in recent months"
        if c.dep_ == "prep" and low == "since":
            if any(o.lower_ in _MONTHS or _year_number(o) for o in objs):
                return True  # "since January", "since 2021"
        if c.dep_ == "npadvmod" and c.lemma_.lower() == "year" and any(
                d.lower_ in ("this", "last") for d in c.children):
            return True  # "this year", "last year"
    return False


_COUNT_WORDS = frozenset({"hundred", "thousand", "dozen", "score", "million", "hundreds", "thousands", "dozens",
                          "scores", "millions"})
_ARGS = ("dobj", "nsubj", "nsubjpass", "attr", "oprd")


def _counts(verb: Any) -> bool:
    """A number among the verb's subject or object ("killed 340 people", "hundreds have died")."""
    return any(t.like_num or t.lower_ in _COUNT_WORDS
               for c in verb.children if c.dep_ in _ARGS for t in c.subtree)


def period_tally(trig: Any, head: Any, kill_lemmas: frozenset[str]) -> bool:
    """The deed of ``trig`` (event head ``head``) is a tally over a period: a verb of killing with a count and a
    period phrase ("police killed 340 people in 2024"), or a deed noun whose own relative clause, or the verb it is
    the subject of, is one ("strikes that had killed hundreds over the past year")."""
    verbs = [head]
    if trig.pos_ in ("NOUN", "PROPN"):
        verbs += [c for c in trig.children if c.dep_ == "relcl"]
        if trig.dep_ in ("nsubj", "nsubjpass"):
            verbs.append(trig.head)
    elif trig.tag_ == "VBG" and trig.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(trig.head)  # a gerund as subject: "Fighting between the factions has killed hundreds since May"
    for v in verbs:
        # "strikes that it said had killed": the reported clause under the relative's speech verb
        cands = [v] + [c for c in v.children if c.dep_ == "ccomp"]
        if any(x.lemma_.lower() in kill_lemmas and _counts(x) and period_phrase(x) for x in cands):
            return True
    return False


def noun_in(n: Any, words: frozenset[str] | set[str]) -> bool:
    """``n``'s lemma is one of ``words``; so is a plural the tagger took for a proper noun after a capital word
    ("Clan feuds": NNP, lemma "feuds") whose singular is."""
    lem = n.lemma_.lower()
    return lem in words or (n.tag_ in ("NNP", "NNPS") and lem.endswith("s") and lem[:-1] in words)
