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
missed, an incident told only in the total) the total is kept: it is then the only telling of some deaths. A round-up's
lead that counts the dead of a stretch of days ("killed at least five civilians ... over the past day", "At least nine
people were killed ... on Sunday and Monday", "over the weekend", "this week") is such a sum too (:func:`told_over_days`),
when the incidents told after it add up to it; :func:`drop_period_leads` drops such a lead with no count of its own
("Russian drones, glide bombs and artillery killed at least five civilians ... over the past day" whose count went to
no deed) or with a count some of the incidents told after it add up to (or may, where one has no count yet), when
those are at least two, in two places or more (one town's fighting told day by day is the lead's own incident).

:func:`drop_plural_references` drops a mention told only by a definite plural deed noun ("The attacks come two weeks
after ...", "These attacks have raised fears ...") with no count and no day of its own, after at least two asserted
violent incidents of other days or places: the noun points back at them (a plural's own incident would be told with
a count, a day or a place of its own, and a single incident's retelling is the merge's). A plural of killing
("the killings", "the murders") with no count or day of its own points back at one incident told before it in an
earlier sentence with two dead or more ("The killings came after ...", "accused X of carrying out the killings"),
which the merge misses where the retelling gets another place, day or type (branch types15).
"""
from __future__ import annotations

import re

from sitrep.model import VIOLENT_EVENT_TYPES, EventMention

__all__ = ["drop_period_leads", "drop_plural_references", "drop_summed_round_ups"]

_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|such|all\s+the)\s+(?:\w+\s+)?$", re.I)

_KILLINGS = frozenset({"killings", "murders"})  # plural nouns of killing: several dead, of one incident or more
MIN_PARTS = 2  # a sum of one incident is its toll retold, which the merge handles

_DAYNAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# a stretch of days a count is told over: "over the past day", "in the past 24 hours", "over the last two days",
# "this week", "over the weekend", "on Sunday and Monday"
_OVER_DAYS = re.compile(r"\b(?:(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:day|days|hours|week)"
                        r"|this\s+week|over\s+the\s+weekend|on\s+" + _DAYNAME + r"\s+and\s+" + _DAYNAME + r")\b", re.I)


def told_over_days(m: EventMention) -> bool:
    """The mention's sentence tells its count over a stretch of days, not of one deed's day (module docstring)."""
    return bool(_OVER_DAYS.search(m.sentence.text))


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
    drop = [s for s in counted if _low(s) > 0 and (sums_several(s) or told_over_days(s)) and _summed_by_parts(s, counted)]
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
    if len(before) >= MIN_PARTS and (len(days) >= 2 or len(places) >= 2):
        return True
    # "The killings came after ...", "said it carried out the killings": the many dead of one incident told before
    return m.trigger.text.lower() in _KILLINGS and any(k.fatalities is not None and _low(k) >= 2 for k in before)


def drop_plural_references(out: list[EventMention]) -> list[EventMention]:
    """``out`` without the plural deed nouns that point back at the incidents told (module docstring)."""
    told = [m for m in out if m.modality == "asserted" and m.event_type in VIOLENT_EVENT_TYPES]
    drop = [m for m in told if _points_back(m, told)]
    for d in drop:
        _lend_to_incident(d, told)
    return [m for m in out if not any(m is d for d in drop)] if drop else out


MAX_LEND_GAP = 200  # characters between the incident's sentence and the dropped "killings": about one sentence


def _lend_to_incident(d: EventMention, told: list[EventMention]) -> None:
    """A plural of killing dropped as pointing back at one incident names that incident's doer where the incident
    leaves it unnamed or untold, as the merge of the retelling did before it was dropped ("Gunmen killed seven at a
    party ... The killings were blamed on the X cartel": X), never with the incident's own victim."""
    from sitrep.events.merge_doers import unnamed_doer
    from sitrep.events.merge_tellings import same_phrase

    if d.actor1 is None or d.trigger.text.lower() not in _KILLINGS or not _named(d.actor1):
        return
    before = [k for k in told if k is not d and k.sentence.start < d.sentence.start
              and k.fatalities is not None and _low(k) >= 2]
    if not before:
        return
    k = before[-1]
    if d.sentence.start - k.sentence.end > MAX_LEND_GAP:
        return  # a claim told far after the incident may be of another deed (events/claims' look-back keeps it off)
    if (k.actor1 is None or unnamed_doer(k.actor1)) and not (k.actor2 is not None and same_phrase(d.actor1, k.actor2)):
        k.actor1 = d.actor1


def _named(a: object) -> bool:
    """``a`` is named: a dictionary actor of no unnamed role, or a description with a capitalised word after its
    first ("the Santa Rosa de Lima cartel", not "armed men")."""
    from sitrep.events.merge_doers import unnamed_doer

    if not a.entity_id.startswith("x:"):
        return not unnamed_doer(a)
    return any(w[:1].isupper() for w in a.name.split()[1:])


MAX_SUBSET_PARTS = 10  # the incidents a lead's count is matched against by subsets (2^10 sums at most)


def _some_add_up(s: EventMention, parts: list[EventMention]) -> bool:
    """Some two or more of ``parts`` add up to ``s``'s count (their lows at most, their highs at least)."""
    from itertools import combinations

    ps = [m for m in parts if m.fatalities is not None and _high(m) < _low(s)][:MAX_SUBSET_PARTS]
    return any(sum(_low(m) for m in c) <= _low(s) <= sum(_high(m) for m in c)
               for k in range(MIN_PARTS, len(ps) + 1) for c in combinations(ps, k))


def _period_lead(s: EventMention, told: list[EventMention]) -> bool:
    """``s`` counts the dead of a stretch of days before the incidents it sums are told (module docstring)."""
    if not told_over_days(s):
        return False
    later = [k for k in told if k.sentence.start > s.sentence.start and not told_over_days(k)]
    places = {k.place.name for k in later if k.place is not None}
    if len(later) < MIN_PARTS or len(places) < MIN_PARTS:
        return False  # one place's fighting told over two days is the lead's own incident, not its parts
    if s.fatalities is None:  # its count went to no deed: the incidents told after it must count theirs (two or more)
        return sum(1 for m in later if m.fatalities is not None) >= MIN_PARTS
    return _some_add_up(s, later) or _uncounted_part(s, later)


def _uncounted_part(s: EventMention, later: list[EventMention]) -> bool:
    """An incident told after ``s`` has no count yet (its toll is told in a later sentence: "the bodies of seven
    soldiers had been brought in") and the counted ones stay within ``s``'s count: they may make it up."""
    counted = [m for m in later if m.fatalities is not None]
    below = [m for m in counted if _high(m) < _low(s)]  # a running total above it ("brought to 43") is none of its parts
    # at least one incident after it is counted, with dead: a lead over count-less tellings is the incident itself
    # ("Clashes ... this week have killed nine", then "The fighting ...", "a shell hit a clinic, wounding two")
    return len(counted) < len(later) and 0 < sum(_high(m) for m in below) <= _low(s)


def drop_period_leads(out: list[EventMention]) -> list[EventMention]:
    """``out`` without a round-up's lead that counts a stretch of days the incidents told after it make up (module
    docstring)."""
    told = [m for m in out if m.modality == "asserted" and m.event_type in VIOLENT_EVENT_TYPES]
    drop = [m for m in told if _period_lead(m, told)]
    return [m for m in out if not any(m is d for d in drop)] if drop else out
