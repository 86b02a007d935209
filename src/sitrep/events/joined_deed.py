"""An arrest told after the force used on a protest, joined to it by "and", is that force's doing (issue 11).

"Police fired tear gas on Wednesday to end a sit-in by students, and took 26 of them into custody": ACLED codes
the arrests of demonstrators as the protest with intervention itself, not as an event of their own. The protest
fold (:mod:`sitrep.events.protest_fold`) keeps an arrest told in the protest's own sentence apart ("arrested a
student leader for organising a protest" is an arrest over a protest), save where it follows the force as a
participle ("..., detaining 27"); :func:`joined_after` gives the other way a report tells it: a verb after the
host's trigger, in the same sentence, joined by "and" with no other clause opening between ("as", "after",
"when", "because", "for", "over": a time or a reason of another deed). :func:`held_for_deed` gives the arrest told
first, with the crowd's deed after it in an "after" clause or a "who" clause on the people held ("detained 23 people
after rival supporters fought", "detained more than 400 activists on Saturday who sat down on the A12").
"""
from __future__ import annotations

import re

from sitrep.model import EventMention

__all__ = ["held_for_deed", "joined_after"]

_AND = re.compile(r"\band\b", re.I)
# words that open a clause of another time or a reason between the force and the arrest
_OTHER_CLAUSE = re.compile(r"\b(?:as|after|before|when|while|because|since|for|over|but|later|following)\b", re.I)


def joined_after(m: EventMention, host: EventMention) -> bool:
    """``m``'s trigger follows ``host``'s in their one sentence, joined by "and" (module docstring)."""
    t, h = m.trigger, host.trigger
    if t is None or h is None or m.sentence.start != host.sentence.start or t.start <= h.end:
        return False
    between = m.sentence.text[h.end - m.sentence.start:t.start - m.sentence.start]
    last = list(_AND.finditer(between))
    return bool(last) and "." not in between and not _OTHER_CLAUSE.search(between[last[-1].end():])


# between an arrest and the crowd's deed told after it: the deed as the arrest's cause ("after", "following") or as
# what the people held did ("who")
_HELD_FOR = re.compile(r"\b(?:after|following|who)\b", re.I)


def held_for_deed(m: EventMention, host: EventMention) -> bool:
    """``m``'s trigger (an arrest) precedes ``host``'s in their one sentence, with "after", "following" or "who"
    between them (module docstring)."""
    t, h = m.trigger, host.trigger
    if t is None or h is None or m.sentence.start != host.sentence.start or h.start <= t.end:
        return False
    between = m.sentence.text[t.end - m.sentence.start:h.start - m.sentence.start]
    return "." not in between and bool(_HELD_FOR.search(between))
