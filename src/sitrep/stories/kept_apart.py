"""What one report keeps apart, the story merge keeps apart across reports (issue 16, branch figures7).

The story merge (stories/merge.py) joins mentions of different reports by type, days, place (within 25 km) and
sides. Two separate incidents of one night in neighbouring towns ("five shot dead in a billiard hall in Choloma",
"a family of four killed in La Lima", 21 km apart) pass all of that, and so does a round-up of both ("nine killed in
two separate massacres in Choloma and La Lima"). Each report's words tell them apart; this module carries that
reading across reports:

* :func:`sums_apart`: a count told of several incidents at once (``events.merge_guards.sums_several``: "in two separate
  attacks", "the attacks killed 40 in all") never joins an event of one incident from another report, nor the
  reverse; inside one report ``events.merge_guards.marked_apart`` already keeps them apart. The story total takes the
  round-up in as the sum of its parts (``stories.totals._absorb_round_ups``), never as one of them.
* :func:`sums_exactly_apart`: a round-up that numbers its deeds ("ten ... in two separate attacks") beside parts told
  by different reports whose different counts add up to it exactly (six at a bar, four at a rehab centre, the same
  city and day): the parts are the deeds it numbers, told apart by the round-up's own words (branch figures9).
* :func:`placed_at_other`: a mention placed at a town by its own words, whose report places another incident of the
  same kind at another town (the La Lima report's "the killing of five men ... in nearby Choloma the same night"),
  never joins an event at that other town: its own report says that town's incident is not this one.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from sitrep.events.merge_guards import sums_several
from sitrep.stories.told_apart import counts_deeds
from sitrep.model import EventMention, Place

_OWN_WORDS = ("clause", "sentence")  # a place the mention's own words give, not its report's dateline
_TOWNS = ("point", "town")


def sums_apart(m: EventMention, held: Iterable[EventMention]) -> bool:
    """``m`` counts several incidents and the event's mentions count one, or the reverse (fatality counts only)."""
    if m.fatalities is None:
        return False
    mine = sums_several(m)
    return any(k.fatalities is not None and k.article_id != m.article_id and sums_several(k) != mine for k in held)


def _town_key(p: Optional[Place]) -> Optional[str]:
    if p is None or p.precision not in _TOWNS:
        return None
    return p.geonameid or (p.name or "").lower() or None


def _same_name(a: Optional[Place], b: Optional[Place]) -> bool:
    return a is not None and b is not None and (a.name or "").lower() == (b.name or "").lower()


def _own_town(m: EventMention) -> Optional[str]:
    return _town_key(m.place) if m.place_source in _OWN_WORDS else None


def placed_at_other(m: EventMention, event_place: Optional[Place], own_report: Iterable[EventMention]) -> bool:
    """``m`` is placed by its own words at a town that is not the event's, and another mention of its report, of the
    same type, is placed by its own words at the event's town: the report tells the event's incident as another."""
    here, there = _own_town(m), _town_key(event_place)
    if here is None or there is None or here == there or _same_name(m.place, event_place):
        return False  # (one name read as two namesakes is one town)
    return any(k is not m and k.event_type == m.event_type and _own_town(k) == there for k in own_report)


def own_towns_differ(a: list, b: list) -> bool:
    """Two incidents (their events) whose counts their own words place in towns, none of ``a``'s town one of ``b``'s."""
    ta = {_own_town(m) for e in a for m in e.mentions if m.fatalities is not None} - {None}
    tb = {_own_town(m) for e in b for m in e.mentions if m.fatalities is not None} - {None}
    return bool(ta and tb) and not ta & tb


def named_by_round_up(part: list, up: list) -> bool:
    """A town the incident ``part`` (its events) is placed at by its own words is named in the sentence of a count
    of the round-up ``up`` ("strikes on Kharkiv and Odesa killed 12", placed at Kharkiv, names Odesa's strike too)."""
    names = {m.place.span.text.lower() for e in part for m in e.mentions
             if m.fatalities is not None and _own_town(m) is not None and m.place.span.text}
    said = [m.sentence.text.lower() for e in up for m in e.mentions if m.fatalities is not None]
    return any(re.search(rf"\b{re.escape(n)}\b", t) for n in names for t in said)


def sums_exactly_apart(up: list, best: Optional[float], parts: list) -> bool:
    """The round-up ``up`` (its events, count ``best``) numbers its deeds, and ``parts`` ((count, events) pairs) are
    told by reports none of which tells two of them, with counts that differ and add up to ``best`` exactly."""
    if best is None or len(parts) < 2 or sum(c or 0 for c, _g in parts) != best:
        return False
    if not any(counts_deeds(m) for e in up for m in e.mentions if m.fatalities is not None):
        return False
    counts = [c for c, _g in parts]
    if len(set(counts)) != len(counts):
        return False  # (one incident told twice with one count is no two deeds)
    arts = [{m.article_id for e in g for m in e.mentions} for _c, g in parts]
    return all(not a & b for k, a in enumerate(arts) for b in arts[k + 1:])
