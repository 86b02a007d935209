"""An incident's toll (:func:`incident_toll`): best, low and high from every fatality claim of its events.

* ``best`` when the toll is told as updated ("rose to 57", also in a sentence of its own that no event carries: "by
  evening the death toll had risen to 57", given to the one incident its report counts before it): the toll as last
  known: each claimant's (or, for unattributed counts, each article's) latest update is its current one, and among
  the current updates of the latest as-of date the lowest (ACLED's conservative rule between competing claims); a
  fuller count a named claimant tells later wins (:func:`_later_fuller`);
* ``best`` otherwise: the merged best of the best-sourced event (merge.py: most independent reports, then the
  most recent, then the lowest; a later report's higher count of a named claimant: :func:`_later_named_count`), so
  competing reports of one incident are never added; a range gives its low end ("between 10 and 20": 10;
  "thousands": 2,000) and "about N" gives N; a count that more reports of the incident give than give that best
  wins (:func:`_most_reports`: votes across the incident's events, never a side's counts of its own deed);
* a best that is a lower bound on a round ten ("more than 40") gives way to another claimant's exact count within
  that ten (42): the same count rounded down (:func:`_count_for_rounded_bound`); any other floor ("at least
  eight") to the one exact count above it that every other report of the incident gives (:func:`_count_above_floor`);
* ``low``/``high``: the lowest and highest of all claims (the competing and superseded values), never a side's
  count of its enemy's dead unless only sides count it; a round count told as near it ("Nearly 30") whose band
  holds another report's one exact count (28) is that count rounded (:func:`_roundings_as_counts`), no bound of its
  own.
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sitrep.model import Event, Figure
from sitrep.stories.totals.common import Claim


def incident_toll(events: list[Event], claims: list[Claim], published: Optional[dict[str, _dt.date]] = None
                  ) -> tuple[Optional[float], Optional[float], Optional[float]]:
    """best, low, high of one incident from its events and their claims (see the module docstring); ``published``:
    the reports' days by article id (where a side's count gives way to the others', the latest report's count is
    the best among counts of one as-of day)."""
    if not claims:
        best = max((e.fatalities_best or e.fatalities_low or 0 for e in events), default=None)
        lows = [e.fatalities_low for e in events if e.fatalities_low is not None]
        highs = [e.fatalities_high for e in events if e.fatalities_high is not None]
        return best, min(lows, default=best), max(highs, default=best)
    # low and high are counts of the incident's dead, never a side's count of its enemy's dead ("the junta said it
    # killed nine terrorists" beside the monitors' 19 and 26; "JNIM said it had killed 80 soldiers" beside 40 -> 52),
    # unless only sides count it
    counted = _roundings_as_counts([c for c in claims if not c[9]] or claims, events)
    low, high = min(c[0] for c in counted), max(c[1] for c in counted)
    updates = [c for c in claims if c[4]]
    if updates:  # a toll told as risen or reached: the latest one, per claimant, the lowest where they compete
        current: dict[str, Claim] = {}
        for c in updates:
            old = current.get(c[3])
            if old is None or (c[2], c[1]) > (old[2], old[1]):
                current[c[3]] = c
        last = max(c[2] for c in current.values())
        best = min(c[1] if c[0] == c[1] else c[0] for c in current.values() if c[2] == last)
        best = _later_fuller(best, claims, current, published or {})
        return _count_for_rounded_bound(best, events, claims), low, high
    # competing reports of the incident itself: the best-sourced event's merged best (votes, then recency, then
    # the lowest: merge.py), never a sum
    head = max(events, key=lambda e: (e.n_independent_sources, e.n_sources, -(e.fatalities_best or 0)))
    head = _later_named_count(head, events, claims, published or {})
    if len(events) > 1 and len({m.article_id for e in events for m in e.mentions}) == 1 \
            and len({e.event_type for e in events}) == 1:
        # one report's own counts of one incident (one type of deed) are no competing reports: its largest holds
        # the others ("Two jawans were killed in an ambush" read as 3 with "the body of a Maoist cadre killed in the
        # exchange"; never "177 dead and 251 wounded" in five days beside the clash's six)
        head = max(events, key=lambda e: e.fatalities_best or 0)
    best = head.fatalities_best if head.fatalities_best is not None else low
    best = _most_reports(best, claims)
    if best is not None and not low <= best <= high:
        best = min(max(best, low), high)  # the merge took a count that is no claim of the incident (a round-up's)
    given = {c[6]: c[7] for c in claims if c[6] != c[7]}  # the merge's value of "about N" -> N, of a range -> its low
    best = given.get(best, best) if best is not None else best
    # a side's count of what its own action did ("the army said its troops killed more than 150 fighters") is never
    # the best where someone else counts the incident too ("at least 41 killed, a doctors' group said"): it stays a
    # claim (low, high); the others' latest count is the best (the lowest of that day)
    others = [c for c in claims if not c[8]]
    if others and len(others) < len(claims) and best not in {c[7] for c in others} | {c[0] for c in others}:
        # the latest count, of the latest report where several tell the same day's (the army's 8 soldiers, then
        # residents' 11 soldiers and three civilians: a count of the day given later is a fuller one)
        pub = published or {}
        best = max(others, key=lambda c: (c[2], pub.get(c[5]) or _dt.date.min, -c[7]))[7]
    return _count_for_rounded_bound(best, events, claims), low, high


def _later_named_count(head: Event, events: list[Event], claims: list[Claim], published: dict[str, _dt.date]) -> Event:
    """Among events of one incident as well sourced as ``head`` and told by different reports, the one a later report
    tells with a higher count of a named claimant ("12 soldiers, two security sources said" on Monday, "the defence
    ministry said on Wednesday that 14 soldiers were killed"): the count of the day given later is the fuller one,
    never a side's count of its own deed; ``head`` where none is."""
    def day(e: Event) -> _dt.date:
        return max((published.get(m.article_id) or _dt.date.min for m in e.mentions), default=_dt.date.min)

    named = {c[5] for c in claims if not c[8] and not c[4] and not c[3].startswith("article:")}
    later = [e for e in events if e is not head and (e.n_independent_sources, e.n_sources)
             == (head.n_independent_sources, head.n_sources) and (e.fatalities_best or 0) > (head.fatalities_best or 0)
             and day(e) > day(head) and {m.article_id for m in e.mentions} <= named
             and not {m.article_id for m in e.mentions} & {m.article_id for m in head.mentions}]
    return max(later, key=lambda e: (day(e), -(e.fatalities_best or 0))) if later else head


def _later_fuller(best: float, claims: list[Claim], current: dict[str, Claim], published: dict[str, _dt.date]) -> float:
    """The count of a named claimant that told no update, in a report published after every update's report and
    above their best ("At least 32 people were killed in last weekend's raid, the rights observatory said on
    Thursday, well above the government's figure of 21"): a fuller count told later, the incident's toll as last
    known; ``best`` where there is none (the lowest of several such). Never a side's count of its own deed, never an
    unattributed restatement. ``published``: the reports' days by article id."""
    told = [published.get(c[5]) for c in current.values()]
    if not told or any(d is None for d in told):
        return best
    last = max(told)  # type: ignore[type-var]
    later = [c for c in claims if not c[4] and not c[8] and (published.get(c[5]) or _dt.date.min) > last
             and c[3] not in current and not c[3].startswith("article:") and c[7] > best]
    return min((c[7] for c in later), default=best)


def _most_reports(best: Optional[float], claims: list[Claim]) -> Optional[float]:
    """The count that more reports of the incident give than give ``best`` (votes across its events, as merge.py
    votes within one): the army's "eight soldiers" in one report against "11 soldiers and three civilians" (14) in
    two later ones is 14. Only counts no side gives of its own deed vote; a tie keeps ``best``."""
    votes: dict[float, set[str]] = {}
    for c in claims:
        if not c[8]:
            votes.setdefault(c[7], set()).add(c[5])
    if best is None or not votes:
        return best
    top = max(votes, key=lambda v: len(votes[v]))
    n = len(votes[top])
    if n >= 2 and n > len(votes.get(best, ())) and sum(len(a) == n for a in votes.values()) == 1:
        return top
    return best


ROUNDING_HEDGES = frozenset({"near", "approx"})  # "nearly 30", "about 30": a round count told for an exact one


def _roundings_as_counts(claims: list[Claim], events: list[Event]) -> list[Claim]:
    """``claims`` with each round count told as near it ("Nearly 30 people were killed", "about 30", "nearly 25": a
    hedge of :data:`ROUNDING_HEDGES` on a round five or ten) whose band holds one exact count of another report (the police's 28)
    taken as that count: the same toll rounded, never a higher or lower bound of the incident."""
    rounded = {(m.article_id, float(f.high)): (f.low, f.high) for e in events for m in e.mentions
               if (f := m.fatalities) is not None and f.hedge in ROUNDING_HEDGES and f.high is not None
               and f.low is not None and f.high >= 10 and f.high % 5 == 0}
    if not rounded:
        return claims
    out = []
    for c in claims:
        band = rounded.get((c[5], c[1])) or rounded.get((c[5], c[6]))
        exact = {x[0] for x in claims if x[5] != c[5] and x[0] == x[1] and x[0] % 10 and not x[8]} if band else set()
        inside = {v for v in exact if band[0] <= v <= band[1]} if band else set()
        out.append((min(inside), min(inside)) + c[2:] if len(inside) == 1 else c)  # type: ignore[arg-type]
    return out


def _count_for_rounded_bound(best: Optional[float], events: list[Event], claims: list[Claim]) -> Optional[float]:
    """The exact count a rounded lower bound stands for: where the incident's best is an open bound on a round
    number ("more than 40", read as 41; "at least 40") and another claim, not the acting side's, is an exact count
    within that round ten (42), the bound tells the same count rounded down, never a lower toll: the exact count (the
    lowest such) is the best. Any other best is kept."""
    if best is None:
        return best
    bound = None
    for e in events:
        for m in e.mentions:
            f = m.fatalities
            if f is not None and f.high is None and f.low == best:
                bound = f
    if bound is None:
        return best
    n = best - 1 if bound.hedge == "gt" else best  # "more than 40": low 41
    if n < 10 or n % 10:
        return _count_above_floor(best, bound, claims)
    opened = {m.fatalities.low for e in events for m in e.mentions
              if m.fatalities is not None and m.fatalities.high is None}
    exact = [c[0] for c in claims if c[0] == c[1] == c[7] and not c[8] and c[0] not in opened and n < c[0] < n + 10]
    return min(exact) if exact and min(exact) > best else best


def _count_above_floor(best: float, bound: Figure, claims: list[Claim]) -> float:
    """The one exact count that a floor ("at least eight inmates were killed") is no rival to: where every claim of
    the incident other than the floor's own report is one and the same exact count above it ("ten people, including
    two guards", twice), not the acting side's, that count is the best (the floor said only that there were no
    fewer). Two differing exact counts, or one at or below the floor, keep the floor."""
    art = bound.span.article_id if bound.span is not None else None
    others = [c for c in claims if c[5] != art]
    if not others or any(c[8] or not c[0] == c[1] == c[7] for c in others):
        return best
    values = {c[0] for c in others}
    return values.pop() if len(values) == 1 and min(values) > best else best
