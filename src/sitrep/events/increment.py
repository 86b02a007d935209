"""A death count told as an increment of a toll told before: "four more victims died in hospital", "two more bodies
were pulled from the rubble", "another three villagers", "three of the wounded died overnight", "two people wounded in Sunday's attack have
died", "one of the three men wounded in Tuesday's attack died overnight" (branch figures8), "besides the six soldiers
counted by the army, four rangers died" (branch figures9); and, for story totals only, "the body of a soldier ... was
found, bringing the death toll to six" (:func:`added_before_whole`, branch figures9).

It says how many were added, never the toll itself: it is not the event's count where its sentence gives the toll
("..., bringing the death toll to 21"), not a claim of the incident's toll (story totals), and not a key figure.
"""
from __future__ import annotations

import re
from dataclasses import replace

from sitrep.model import KILLED_WHAT, Figure

_BEFORE = re.compile(r"\b(?:another|a further|an additional)\s+$", re.I)
# "four more victims" (never "12 more than last year"), "three of the wounded (died)"
_AFTER = re.compile(r"^\s+(?:more|additional|further)\b(?!\s+than\b)|^\s+of\s+(?:the|those)\s+(?:wounded|injured)\b",
                    re.I)


# "Two people wounded in Sunday's attack ... have died": deaths among the hurt told before, added to the toll
_HURT_DIED_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:wounded|injured|hurt)\b[^.;!?,]*?\b(?:has|have|had)?\s*"
                              r"(?:since\s+|later\s+)?(?:died|succumbed)\b", re.I)


# "One of the three men wounded in Tuesday's attack died overnight": one of a count of the hurt told dead since, moved
# from the wounded to the dead (the count of the hurt before it: nlp/hurt_who_died._one_of_hurt_died)
_ONE_OF_HURT_DIED = re.compile(r"^\s+of\s+(?:the|those)\s+(?:[\w-]+\s+){0,2}?(?:wounded|injured|hurt)\b[^.;!?,]*?"
                               r"\b(?:has\s+|have\s+|had\s+)?(?:since\s+|later\s+)?(?:died|succumbed)\b", re.I)


# "The body of a soldier missing since Monday's attack was found on Thursday, bringing the death toll to six": the
# deaths the sentence goes on to add to the running whole it tells (branch figures9; events/toll_whole reads the whole)
_WHOLE_AFTER = re.compile(r"^[^.;!?]*?,\s*(?:bringing|raising|taking|pushing)\s+(?:the\s+)?(?:total\s+)?(?:overall\s+)?"
                          r"(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|people\s+killed|victims|"
                          r"fatalities)|number\s+(?:killed|dead))\b[^.;!?]*?\b(?:to|at)\s+\S", re.I)


# "Besides the six soldiers counted by the army, four rangers ... died": deaths told on top of a count already told
_ON_TOP_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?:besides|in addition to|apart from|on top of)\b[^.;!?]{3,120},\s*$", re.I)


def is_increment(f: Figure, text: str) -> bool:
    """A killed-figure of the article ``text`` told as deaths added to an earlier count (see the module docstring)."""
    if f.span is None or f.what not in KILLED_WHAT or not text:
        return False
    before = text[max(0, f.span.start - 20): f.span.start]
    return bool(_BEFORE.search(before) or _ON_TOP_BEFORE.search(text[max(0, f.span.start - 130): f.span.start]) or _AFTER.match(text[f.span.end: f.span.end + 30])
                or _HURT_DIED_AFTER.match(text[f.span.end: f.span.end + 160])
                or _ONE_OF_HURT_DIED.match(text[f.span.end: f.span.end + 160]))


def added_before_whole(f: Figure, text: str) -> bool:
    """A killed-figure its sentence goes on to add to the running whole it tells ("The body of a soldier ... was
    found, bringing the death toll to six"): no claim of the incident's toll (story totals only; the event's count and
    the key figures read the sentence their own way: "A second man has died ..., raising the death toll to two" still
    moves one of the hurt to the dead)."""
    if f.span is None or f.what not in KILLED_WHAT or not text:
        return False
    return bool(_WHOLE_AFTER.match(text[f.span.end: f.span.end + 200]))


def increment_told_in(f: Figure, spans) -> bool:  # type: ignore[no-untyped-def]
    """:func:`is_increment` read in the text of whichever of ``spans`` (sentences: ``start``, ``end``, ``text``)
    holds the figure; False when none does."""
    for sp in spans:
        if f.span is not None and sp.start <= f.span.start and f.span.end <= sp.end:
            return is_increment(replace(f, span=replace(f.span, start=f.span.start - sp.start,
                                                        end=f.span.end - sp.start)), sp.text)
    return False
