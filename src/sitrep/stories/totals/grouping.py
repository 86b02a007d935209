"""Which counted events are one incident (:func:`_incident_groups`; ACLED counts one event per location and day).

* two events at the same place on the same day, with the same acting side (or one not named, or named only
  generically where the other is an armed group it may be: "jihadists" and JNIM in Mali,
  ``generic_actors.may_be_group``; or one of them a riot, the setting in which its deaths happen: "police shot dead
  three as the riot spread"), are one incident, unless one report marks them as two in words ("another car bomb":
  ``told_apart.marked_apart``) (a state and its organs are one side, as in merging); an event placed only by a
  dateline abroad joins the incident its report places in its own words on that day;
* an event with a count told as a *toll update* (its sentence has "toll" or a count verb: "the number killed ... rose
  to 52", "the death toll stood at 52") joins the nearest earlier incident of the previous
  :data:`~sitrep.stories.totals.common.UPDATE_DAYS` days whose place is compatible (:func:`_updated_incident`,
  :mod:`.places`);
* a round-up ("the two attacks killed 12 in all") is never one of the incidents it sums: it absorbs them later
  (:mod:`.round_ups`).
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sitrep.events.generic_actors import may_be_group
from sitrep.events.toll import is_toll_update
from sitrep.model import Event
from sitrep.stories.told_apart import OWN_PLACE_SOURCES, marked_apart, round_up
from sitrep.stories.totals.common import UPDATE_DAYS
from sitrep.stories.totals.places import _articles, _compatible, _dateline_only_abroad, _one_in_region, _place_key


def _day(e: Event) -> _dt.date:
    return e.date_start or _dt.date.min


def _incident_groups(cands: list[Event]) -> list[list[Event]]:
    """The story's counted events grouped into incidents: the same place and day and side acting, or a toll update
    of an earlier incident. Sorts ``cands``: events told only as toll updates come last."""
    from sitrep.stories.merge import same_actor  # merge -> describe -> totals: imported here, not at the top

    told = {e.id: [is_toll_update(m) for m in e.mentions if m.fatalities is not None] for e in cands}
    update = {k: any(v) for k, v in told.items()}
    rnd = {e.id: round_up([e]) for e in cands}
    # events told only as toll updates come last, so that the incidents they restate exist by then
    # (and those placed only by a dateline abroad after the incidents placed in their reports' words)
    abroad = {e.id: _dateline_only_abroad(e, cands) for e in cands}
    cands.sort(key=lambda e: (bool(told[e.id]) and all(told[e.id]), abroad[e.id], _day(e), e.id))
    groups: list[list[Event]] = []
    by_key: dict[tuple, list[list[Event]]] = {}
    for e in cands:
        key = (_place_key(e), _day(e))
        # a round-up ("the two attacks killed 12 in all") is never one of the incidents it sums: kept apart here,
        # it absorbs them below (_absorb_round_ups)
        same_day = [g for g in by_key.get(key, []) if (same_actor(e.actor1, g[0].actor1)
                                                        or may_be_group(e.actor1, g[0].actor1)
                                                        or "Riots" in (e.event_type, g[0].event_type))
                    and not rnd[e.id] and not rnd[g[0].id] and not marked_apart([e], g)]
        if not same_day and abroad[e.id]:
            # placed only by a dateline abroad ("NAIROBI (Reuters) - ... the strike had killed 35"): the incident its
            # report places in its own words on that day, where the side acting agrees
            same_day = [g for g in groups if _day(g[0]) == _day(e) and not rnd[e.id] and not rnd[g[0].id]
                        and any(m.article_id in _articles(e) and m.place_source in OWN_PLACE_SOURCES
                                for x in g for m in x.mentions if m.fatalities is not None)
                        and (same_actor(e.actor1, g[0].actor1) or may_be_group(e.actor1, g[0].actor1))]
            same_day = same_day if len(same_day) == 1 else []
        if same_day:  # the same place and day, the same side acting: one incident
            same_day[0].append(e)
            continue
        if update[e.id] and not rnd[e.id]:  # (a round-up's "bringing the toll of the three attacks to 35" sums them)
            g_up = _updated_incident(e, groups)
            if g_up is not None:
                g_up.append(e)
                by_key.setdefault(key, []).append(g_up)
                continue
        g = [e]
        groups.append(g)
        by_key.setdefault(key, []).append(g)
    return groups


def _updated_incident(e: Event, groups: list[list[Event]]) -> Optional[list[Event]]:
    """The earlier incident a toll update restates: within :data:`UPDATE_DAYS` before it and compatible, at its place
    first; else the one such incident in its region; None when there is none."""
    # never a round-up's incident: the toll of one incident rose, not the sum of several
    groups = [g for g in groups if not round_up(g)]
    earlier = [g for g in groups if 0 <= (_day(e) - _day(g[0])).days <= UPDATE_DAYS and _compatible(e, g[0])]
    if not earlier:  # "bringing the death toll from the attack to 23" placed at a town of the earlier one's state
        earlier = _one_in_region(e, [g for g in groups if 0 <= (_day(e) - _day(g[0])).days <= UPDATE_DAYS])
    if not earlier:
        return None
    same = [g for g in earlier if _place_key(g[0]) == _place_key(e)]
    return (same or earlier)[-1]
