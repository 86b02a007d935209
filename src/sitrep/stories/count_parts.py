"""A part of a count is a key figure of its own, never a claim of the whole (issue 16 item 3, key figures for
humanitarian desks): "about 1,240 people, including 310 children, have been forced to leave their homes" counts
children among the displaced; "roughly 7,000 of the displaced are children" too; "in Masisi territory alone, about
60,000 people have been displaced" and "238,600 ..., including about 60,000 in Masisi territory" count one territory
within the province's count. Each is grouped by what the part names (the noun, or the place), so the whole keeps
each claimant's count of the whole and the part is shown beside it.

And one population under its generic nouns: "three residents were missing" and "three people missing" are one group
of missing people (counts of people uprooted, missing or held; not of the dead or hurt, whose nouns tell sides); "140
people were detained" and "the number of men arrested at 180" one group of the held.
The people a place already hosts ("the province already hosts more than 300,000 displaced people") are a group of
their own too: a standing population, not the story's newly uprooted."""
from __future__ import annotations

import re
from typing import Optional

from sitrep.stories.key_periods import STOCK_WHAT

__all__ = ["part_group", "common_population"]

_BAND = r"(?:(?:about|around|some|roughly|nearly|almost|close\s+to|more\s+than|over|at\s+least)\s+)?"
# "including 310 children", "including about 60,000 in Masisi territory", "among them 300 women"
_INCLUDING = re.compile(rf"\b(?:including|among\s+them|of\s+whom)\s+{_BAND}$", re.I)
_PART_AFTER = re.compile(r"\s+(?:(?:in|from)\s+((?:[A-Z][\w'-]+\s+){0,2}[A-Z]?[\w'-]+(?:\s+(?:territory|district|"
                         r"province|county|region|state|camp|town|city|village))?)|([a-z]+))")
# "roughly 7,000 of the displaced are children", "about half of them children" (no number: nothing)
_OF_THE = re.compile(r"^\s+of\s+(?:the|them|those)\b[^.;]{0,40}?\b(?:are|were|being)\s+(children|women|girls|boys|"
                     r"minors|elderly)\b", re.I)
# "In Masisi territory alone, about 60,000": the count of one place within a larger one
_ALONE = re.compile(r"\b[Ii]n\s+((?:the\s+)?(?:[A-Z][\w'-]+\s+){1,3}?(?:territory|district|province|county|region|"
                    r"state|camp|town|city)?)\s*alone\s*,\s*" + _BAND + r"$")
# "In neighbouring Mahagi territory, some 5,000 people fled", "In nearby Punjab, about 210,000": another place's count
# told beside the story's, never a claim of the story's own count
_NEIGHBOURING = re.compile(r"\b[Ii]n\s+(?:neighbouring|neighboring|nearby|adjacent)\s+((?:[A-Z][\w'-]+\s+){0,2}"
                           r"[A-Z][\w'-]+(?:\s+(?:territory|district|province|county|region|state|camp|town|city))?)"
                           r"\s*,\s*" + _BAND + r"$")
# "Tanganyika province already hosts more than 300,000 displaced people", "the camp, which already hosts more than
# 110,000 refugees": the people a place holds, arrived over years, never the story's arrivals
# "Ituri already counts more than 1.6 million internally displaced people": "counts", "has", "holds" only after "already"
_HOSTED = re.compile(r"\b(?:(?:already\s+)?(?:hosts|hosted|hosting|shelters|sheltering)|already\s+(?:counts|counted|has|"
                     r"had|holds|held))\s+" + _BAND + r"$", re.I)
# nouns that name people in general, no side: one population when uprooted, missing or held
_GENERIC = frozenset({"people", "resident", "villager", "inhabitant", "person", "local", "individual"})


def part_group(text: str, start: int, end: int) -> Optional[str]:
    """The part a count at text[start:end] is told as ("children", "in masisi territory"), "hosted" for the people a
    place already holds, or None; a count told for a neighbouring place ("In neighbouring Punjab, about 210,000") is
    that place's group."""
    before = text[max(0, start - 80):start]
    after = text[end:end + 80]
    if _HOSTED.search(before):
        return "hosted"
    m = _ALONE.search(before) or _NEIGHBOURING.search(before)
    if m:
        return "in " + m.group(1).strip().lower().removeprefix("the ")
    if _INCLUDING.search(before):
        p = _PART_AFTER.match(after)
        if p:
            return ("in " + p.group(1).strip().lower()) if p.group(1) else p.group(2).lower()
        return None
    m = _OF_THE.match(after)
    return m.group(1).lower() if m else None


# nouns that name the held in general: "police put the number of men arrested at 180" beside "140 people were
# detained", "more than 150 young men", "40 suspects": one population of the held (a count of people held tells no side)
_HELD = frozenset({"detained", "arrested", "abducted"})
_HELD_GENERIC = frozenset({"men", "man", "young", "suspect", "suspects", "youth", "youths", "detainee", "detainees"})


# nouns that name the hurt of one incident with no side: "wounding 23" civilians, "21 people remain in hospital",
# "about 30" worshippers, passengers or shoppers hurt are one population (soldiers, police, fighters stay apart)
_HURT = frozenset({"wounded", "injured"})
_HURT_GENERIC = _GENERIC | frozenset({"civilians", "civilian", "passenger", "worshipper", "shopper", "bystander",
                                      "pilgrim", "student", "pupil", "customer", "commuter"})


def common_population(what: str, grp: str) -> str:
    """The group of a count of people uprooted, missing or held told with a generic noun ("residents", "villagers";
    of the held also "men", "young men", "suspects"): "people"; of the hurt, a noun that tells no side (civilians,
    passengers, worshippers: :data:`_HURT_GENERIC`): "people"; else ``grp``."""
    if what in _HURT and grp in _HURT_GENERIC:
        return "people"
    generic = _GENERIC | _HELD_GENERIC if what in _HELD else _GENERIC
    if what in STOCK_WHAT and grp.split(" ")[-1:] and grp.split(" ")[-1] in generic and len(grp.split()) <= 2 \
            and all(w in generic or w == "missing" for w in grp.split()):
        return "people"
    return grp
