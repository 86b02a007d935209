"""What a round-up takes in (:func:`_absorb_round_ups`).

A round-up ("a series of attacks killed 12 this week", "the two attacks killed 12 in all") is an incident of its own,
never merged with one of its parts, and takes in the incidents of its report, or of another report at a place not set
apart from it, dated on its day or in the week before (:func:`_within_round_up_days`), each no larger than it: their
dead are among its dead. Where the parts, told apart from each other (:func:`_all_apart`), add up to more than the
round-up, the parts are the count and the round-up is their sum, not added; else the round-up takes in its parts,
never below what they add up to (:func:`_r_takes_in`).
"""
from __future__ import annotations

from typing import Optional

from sitrep.model import Event, IncidentToll
from sitrep.stories.kept_apart import named_by_round_up, own_towns_differ, sums_exactly_apart
from sitrep.stories.tellers import counting_articles
from sitrep.stories.told_apart import fold_untold, places_apart, round_up, same_deeds_told, told_apart
from sitrep.stories.totals.common import UPDATE_DAYS


# a round-up may be dated a day before a part its own words name (its sentence's other day: "called on Thursday for
# ... after strikes on Kharkiv and Odesa killed 12" told of Wednesday's and Thursday's strikes)
ROUND_UP_SLACK_DAYS = 1


def _absorb_round_ups(incidents: list[IncidentToll], groups: dict[int, list[Event]],
                      apart: Optional[set[frozenset[int]]] = None) -> tuple[list[IncidentToll], int]:
    """A round-up count ("a series of attacks killed 12 this week", "the two attacks killed 12 in all":
    ``told_apart.round_up``) takes in the incidents its report also tells one by one, and those another report of the
    story tells at a place its own words do not set apart from the round-up's ("two days of clashes in Tripoli
    killed 15" after one report's 9 on Monday and another's 6 on Tuesday in Tripoli), dated on its day or in the
    :data:`UPDATE_DAYS` before it (:func:`_within_round_up_days`), each no larger than it: their dead are among its dead, so they are not added.
    Where the parts add up to more than the round-up, the parts are the count (``best`` = their sum): never below
    what the report tells incident by incident; the round-up then tells them apart, and each pair of them goes into
    ``apart`` (ids) so that no later fold joins them again. Largest round-up first; each incident is taken in once.
    Returns the incidents left and how many were taken in."""
    ups = sorted((i for i in incidents if i.best is not None and round_up(groups.get(id(i), []))),
                 key=lambda i: -(i.best or 0))
    if not ups:
        return incidents, 0
    taken: set[int] = set()
    spent: set[int] = set()  # round-ups whose parts are counted one by one
    for r in ups:
        if id(r) in taken:
            continue
        arts = counting_articles(groups.get(id(r), []))
        parts = [i for i in incidents if i is not r and id(i) not in taken and i.best is not None and i.best <= (r.best or 0)
                 and not round_up(groups.get(id(i), []))
                 and (arts & _telling_articles(groups.get(id(i), []))
                      or not places_apart(groups.get(id(i), []), groups.get(id(r), []))
                      or named_by_round_up(groups.get(id(i), []), groups.get(id(r), [])))
                 and _within_round_up_days(r, i, groups)]
        if not parts:
            continue
        total = sum(i.best or 0 for i in parts)
        if len(parts) > 1 and total >= (r.best or 0) and (
                _all_apart([groups.get(id(i), []) for i in parts], exact_sum=total == r.best)
                or sums_exactly_apart(groups.get(id(r), []), r.best, [(i.best, groups.get(id(i), [])) for i in parts])):
            # the parts, told apart from each other, tell every death of the round-up ("eight in two separate
            # attacks" beside the raid's 5 -> 6 near Mozogo and the bomb's 3 near Kolofata): the incidents are
            # counted one by one, the round-up is their sum, not added (parts nothing tells apart stay inside it: the
            # fold after it might take them for one)
            spent.add(id(r))
            if apart is not None:
                apart.update(frozenset((id(a), id(b))) for k, a in enumerate(parts) for b in parts[k + 1:])
            continue
        kept, folded = fold_untold(list(parts), groups)  # one part told in two reports is one of the parts
        if len(kept) > 1 and sum(i.best or 0 for i in kept) >= (r.best or 0):
            # the parts, once each is counted once, still tell every death of the round-up ("eight in two separate
            # attacks" beside the raid near Mozogo told as 5 and as 6, and the bomb's 3): counted one by one
            spent.add(id(r))
            taken.update(id(i) for i in parts if id(i) not in {id(k) for k in kept})
            if apart is not None:
                apart.update(frozenset((id(a), id(b))) for k, a in enumerate(kept) for b in kept[k + 1:])
            continue
        _r_takes_in(r, kept)
        if len(kept) == 1 and same_deeds_told(groups.get(id(kept[0]), []), groups.get(id(r), [])):
            # "air strikes near Myawaddy killed at least five" and the next day's "the toll from the strikes rose
            # to seven": the round-up's deeds are the part's, told again; the part's count is a claim of them
            r.low = min(r.low if r.low is not None else r.best or 0, kept[0].low if kept[0].low is not None
                        else kept[0].best or 0)
        for i in parts:
            taken.add(id(i))
    return [i for i in incidents if id(i) not in taken and id(i) not in spent], len(taken) + len(spent)


def _r_takes_in(r: IncidentToll, kept: list[IncidentToll]) -> None:
    """Round-up ``r`` takes in its parts (``kept``: the parts once each incident told twice is counted once, each
    holding those folded into it): never below what they add up to."""
    total = sum(i.best or 0 for i in kept)
    lows = sum(i.low if i.low is not None else (i.best or 0) for i in kept)
    highs = sum(i.high if i.high is not None else (i.best or 0) for i in kept)
    r.best = max(r.best or 0, total)
    r.low = max(r.low if r.low is not None else 0, lows)
    r.high = max(r.high if r.high is not None else 0, highs, r.best)
    for i in kept:  # (each holds the events and claims of the parts folded into it)
        r.event_ids += i.event_ids
        r.n_claims += i.n_claims
        if r.claimant != i.claimant:
            r.claimant = None


def _telling_articles(g: list[Event]) -> set[str]:
    """The reports that tell the incident ``g`` (its events), with a count or without one ("Gunmen raided a village
    near Bol, and a landmine hit an army truck near Baga Sola" after the round-up's "nine ... in two separate
    attacks")."""
    return {m.article_id for e in g for m in e.mentions}


def _within_round_up_days(r: IncidentToll, i: IncidentToll, groups: dict[int, list[Event]]) -> bool:
    """Part ``i`` is dated on round-up ``r``'s day or in the :data:`UPDATE_DAYS` before it (or inside the round-up's
    own days: "this week"), or up to
    :data:`ROUND_UP_SLACK_DAYS` after it when the round-up's own words name its town (``kept_apart.named_by_round_up``)."""
    if r.date is None or i.date is None:
        return True
    ends = [e.date_end or e.date_start for e in groups.get(id(r), []) if e.date_start is not None]
    # (the days its own counts are told of: "this week" in a Friday's report, cut short where the story merged it)
    ends += [m.date_end for e in groups.get(id(r), []) for m in e.mentions
             if m.fatalities is not None and m.date_end is not None and m.date_precision in ("day", "week")]
    last = max(ends + [r.date])  # a round-up of "this week" is told up to the week's end
    if 0 <= (last - i.date).days <= UPDATE_DAYS and i.date >= r.date:
        return True
    if 0 <= (r.date - i.date).days <= UPDATE_DAYS:
        return True
    d = (r.date - i.date).days
    return -ROUND_UP_SLACK_DAYS <= d < 0 and named_by_round_up(groups.get(id(i), []), groups.get(id(r), []))


def _all_apart(gs: list[list[Event]], exact_sum: bool = False) -> bool:
    """Every two of the incidents (their events) are told apart (``told_apart``: a day, a place, words); where their
    counts add up to the round-up exactly, their own words placing them in two towns is enough, however near ("nine
    ... in two separate massacres in Choloma and La Lima" beside Choloma's 5 and La Lima's 4, 21 km apart)."""
    return all(told_apart(a, b) or (exact_sum and own_towns_differ(a, b)) for k, a in enumerate(gs) for b in gs[k + 1:])
