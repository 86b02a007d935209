"""Whether a toll is told as a running one: a mention whose count is told as a running toll ("the death toll rose to
52", "the number killed stood at 52": :func:`is_toll_update`), and a killed count with no event of its own whose words
right before it tell it as a running count ("By evening the death toll had risen to 15": :func:`is_toll_update_figure`).
The running words come from data/running_counts.tsv (:mod:`sitrep.events.running_words`).
"""
from __future__ import annotations

import re

from sitrep.events.running_words import (CARRIED_TAIL as _CARRIED_TAIL, RUNNING as _RUNNING,
                                         RUNNING_TAIL as _RUNNING_TAIL)
from sitrep.nlp.corrected_counts import corrects_count
from sitrep.model import KILLED_WHAT, EventMention, Figure


# words that tell a count as a running one: "rose to", "stood at", "reached 15" (_RUNNING; _RUNNING_TAIL: the same
# words right before the count, "had risen to 15"), from data/running_counts.tsv
_TOLL_RE = re.compile(r"\btolls?\b|\bnumber (?:of|killed|dead)\b|" + _RUNNING, re.I)


def is_toll_update(m: EventMention) -> bool:
    """A mention whose count is told as a running toll ("the death toll rose to 52", "the number killed stood at 52")."""
    if m.fatalities is None:
        return False
    s = m.sentence
    lo = min(m.trigger.start if m.trigger else s.start, m.fatalities.span.start) - s.start
    hi = max(m.trigger.end if m.trigger else s.end, m.fatalities.span.end) - s.start
    # (or told in place of an earlier count: "12 were killed, the governor said, revising down the figure of 30")
    return bool(_TOLL_RE.search(s.text[max(0, lo - 40): hi])) \
        or corrects_count(s.text[max(0, m.fatalities.span.end - s.start):])


# a count named as a running toll just before it: "the death toll ... had risen to 15", "the number of dead stood at 15"
_TOLL_NAMED = re.compile(r"\btolls?\b|\bnumber of (?:the )?(?:dead|deaths|killed|victims|fatalities|people killed)\b", re.I)


def is_toll_update_figure(f: Figure, text: str) -> bool:
    """A killed count of the article ``text`` told as a running toll with no event of its own ("By evening the
    death toll had risen to 15"): the words right before the number tell it as a running count ("rose to", "stood at",
    "reached") and the toll is named before them, within 60 characters ("the toll rose to 52, including five
    children": 52, never the five), or a verb carries the toll named to it ("..., bringing the toll to 11")."""
    if f.span is None or f.what not in KILLED_WHAT:
        return False
    before = text[max(0, f.span.start - 60): f.span.start]
    if _CARRIED_TAIL.search(before):
        return True  # "..., bringing the toll to 11"
    tail = _RUNNING_TAIL.search(before)
    if tail is not None and _TOLL_NAMED.search(before[:tail.start()]):
        return True
    # the toll as the subject its sentence opens with, its deed told at length: "The toll from last week's siege of a
    # hotel in the capital has risen to 21"
    before = text[max(0, f.span.start - 160): f.span.start]
    tail = _RUNNING_TAIL.search(before)
    if tail is None:
        return False
    head = re.split(r"[.!?][\"'”’]?\s+|\n|\s[—–]\s|\s--\s", before[:tail.start()])[-1]  # (after a dateline's dash)
    return bool(_TOLL_OPENS.match(head))


# a sentence that opens with its toll: "The (death) toll from ...", "The number of dead in ..."
_TOLL_OPENS = re.compile(r"\s*the (?:death |overall |official )?(?:toll|number of (?:the )?(?:dead|deaths|people killed))"
                         r" (?:from|of|in)\b", re.I)
