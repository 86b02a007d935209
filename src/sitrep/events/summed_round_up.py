"""A round-up's words about the incidents it told, taken together, are no event of their own (issue 16, round-ups).

A daily round-up tells several incidents one by one, each with its own toll, and then their sum: "In all, at least
36 people were reported killed in the three incidents", "At least 28 people were killed in the three attacks". The
total's sentence has a killing verb, so it was read as one more incident, placed at the province or the dateline,
with the whole day's dead as its toll (ACLED codes the incidents, never their sum). The merge keeps such a count apart
from its parts on purpose (``merge_guards.sums_several``: a sum is no toll of one of them), so it stayed a fourth event.

:func:`drop_summed_round_ups` drops an asserted violent mention whose count is told of several incidents at once
(``merge_guards.sums_several``: "in all", "in the three attacks") when the article's other asserted violent mentions with a
count of their own below it (at least two) add up to its count (the sum of their lows at most, of their highs
at least): the total then tells nothing its
parts do not, and the story totals still count every death through the parts. Where the parts fall short (a toll
missed, an incident told only in the total) the total is kept: it is then the only telling of some deaths.

:func:`drop_plural_references` drops a mention told only by a definite plural deed noun ("The attacks come two weeks
after ...", "These attacks have raised fears ...") with no count and no day of its own, after at least two asserted
violent incidents of other days or places: the noun points back at them (a plural's own incident would be told with
a count, a day or a place of its own, and a single incident's retelling is the merge's).
"""
from __future__ import annotations

import re

from sitrep.model import VIOLENT_EVENT_TYPES, EventMention

__all__ = ["drop_plural_references", "drop_summed_round_ups"]

_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|such|all\s+the)\s+(?:\w+\s+)?$", re.I)

MIN_PARTS = 2  # a sum of one incident is its toll retold, which the merge handles


def _low(m: EventMention) -> int:
    f = m.fatalities
    return int(f.low or 0) if f is not None else 0


def _high(m: EventMention) -> int:
    f = m.fatalities
    return int(f.high if f is not None and f.high is not None else _low(m))


def _counted(m: EventMention) -> bool:
    return m.modality == "asserted" and m.event_type in VIOLENT_EVENT_TYPES and m.fatalities is not None


def _summed_by_parts(s: EventMention, counted: list[EventMention]) -> bool:
    """The article's other counts below ``s``'s (at least two) add up to it: their lows at most, their highs at least
    ("about twenty" is 18-22 in a sum of 36 = 12 + 4 + about 20)."""
    parts = [m for m in counted if m is not s and _high(m) < _low(s)]
    if len(parts) < MIN_PARTS:
        return False
    return sum(_low(m) for m in parts) <= _low(s) <= sum(_high(m) for m in parts)


def drop_summed_round_ups(out: list[EventMention]) -> list[EventMention]:
    """``out`` without the round-up totals whose parts the article tells with their own counts (module docstring)."""
    from sitrep.events.merge_guards import sums_several

    counted = [m for m in out if _counted(m)]
    drop = [s for s in counted if _low(s) > 0 and sums_several(s) and _summed_by_parts(s, counted)]
    return [m for m in out if not any(m is d for d in drop)] if drop else out


def _points_back(m: EventMention, told: list[EventMention]) -> bool:
    """``m`` is a definite plural deed noun with no count and no day of its own after two told incidents (module
    docstring)."""
    from sitrep.events.merge_dates import own_day
    from sitrep.events.merge_types import plural_deed

    if m.fatalities is not None or own_day(m) or m.trigger is None or not plural_deed(m):
        return False
    off = m.trigger.start - m.sentence.start
    if not _DEFINITE_BEFORE.search(m.sentence.text[max(0, off - 30):off]):
        return False
    before = [k for k in told if k is not m and k.sentence.start < m.sentence.start]
    days = {k.date_start for k in before if k.date_precision == "day"}
    places = {k.place.name for k in before if k.place is not None}
    return len(before) >= MIN_PARTS and (len(days) >= 2 or len(places) >= 2)


def drop_plural_references(out: list[EventMention]) -> list[EventMention]:
    """``out`` without the plural deed nouns that point back at the incidents told (module docstring)."""
    told = [m for m in out if m.modality == "asserted" and m.event_type in VIOLENT_EVENT_TYPES]
    drop = [m for m in told if _points_back(m, told)]
    return [m for m in out if not any(m is d for d in drop)] if drop else out
