"""The story total (:func:`story_totals`): the order of the decisions, and the sum over distinct incidents.

The counted events (asserted, of :data:`~sitrep.stories.totals.common.TOLLED_TYPES` or force on a protest, with a
count) are grouped into incidents (:mod:`.grouping`); each incident gets its toll from its claims (:mod:`.claims`,
:mod:`.extra_claims`, :mod:`.best_count`), an incident told twice is counted once (:mod:`.told_twice`) and one the
reports only recall is set apart (``stories/recaps``) (:func:`_incident_tolls`); a side's claims are kept apart
(:mod:`.side_claims`); a round-up takes in its parts (:mod:`.round_ups`), incidents nothing tells apart fold into the
largest (``told_apart.fold_untold``); a side's count of its own dead may be a low (:mod:`.own_dead_low`). The total
is the sum of the incidents' best (and of their low and high), with ``how`` saying so in words (:mod:`.wording`).
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sitrep.model import Article, Event, Figure, IncidentToll, StoryTotal
from sitrep.stories.part_retold import whole_over_part
from sitrep.stories.recaps import recap_only, recap_told
from sitrep.stories.tellers import counting_articles
from sitrep.stories.told_apart import exact_in_band, fold_untold, incident_day
from sitrep.stories.totals.best_count import incident_toll
from sitrep.stories.totals.claims import _claims
from sitrep.stories.totals.common import Claim, TOLLED_TYPES
from sitrep.stories.totals.extra_claims import _rival_claims, _update_claims
from sitrep.stories.totals.grouping import _incident_groups
from sitrep.stories.totals.own_dead_low import _own_losses_low, _party_losses_low
from sitrep.stories.totals.round_ups import _absorb_round_ups
from sitrep.stories.totals.side_claims import _carry_side_claims, _only_count, _sides_apart, _sides_only, _sole_claimant
from sitrep.stories.totals.told_twice import _count_key, _count_once, _told_twice, _victim_groups
from sitrep.stories.totals.wording import _how_counted
from sitrep.stories.unplaced import placed_by_name


MAX_TWICE = 64  # incidents compared with a new one for "told twice" (a day apart or in the same report)


def story_totals(events: list[Event], articles: dict[str, Article],
                 figures: Optional[list[Figure]] = None) -> Optional[StoryTotal]:
    """Deaths over the story's distinct incidents; None when no violent event has a count. ``figures`` (the story's)
    lets a toll update that no event carries ("the death toll had risen to 15") update its incident."""
    cands = [e for e in events if e.modality == "asserted" and (e.event_type in TOLLED_TYPES or _force_on_protest(e))
             and (e.fatalities_low is not None or e.fatalities_high is not None or e.fatalities_best is not None)]
    if not cands:
        return None
    cands = placed_by_name(cands)  # "Chiure" left unresolved in one report is the Chiúre another report places
    groups = _incident_groups(cands)
    made, claims_of, names, recalled = _incident_tolls(groups, events, articles, figures)
    incidents, party = _sides_apart(made, claims_of, cands)
    _carry_side_claims(incidents, party, made, claims_of, names)
    # the same count by the same side on the same day, once read as its own action and once (a misread actor)
    # as another's: one claim, kept with the side's claims and never added
    claimed = {(i.claimant, i.date, i.best) for i in party}
    incidents = [i for i in incidents if i.claimant is None or (i.claimant, i.date, i.best) not in claimed]
    if not incidents and not party:
        return None
    incidents, party = _only_count(incidents, party)
    # a round-up first takes in the incidents it sums (its count never stands for one of them), then the incidents
    # nothing tells apart fold into the largest
    n_before = sum(len(i.event_ids) for i in incidents)
    apart: set[frozenset[int]] = set()
    incidents, absorbed = _absorb_round_ups(incidents, {id(inc): g for inc, g, _v in made}, apart)
    incidents, untold = fold_untold(incidents, {id(inc): g for inc, g, _v in made},
                                    frozenset(id(inc) for inc, _g, _v in made if _sides_only(claims_of[id(inc)])),
                                    apart)
    _own_losses_low(incidents, events, figures or [])
    _party_losses_low(incidents, party, {id(inc): g for inc, g, _v in made}, claims_of)
    n = len(incidents)
    best_t = sum(i.best or 0 for i in incidents)
    low_t = sum(i.low if i.low is not None else (i.best or 0) for i in incidents)
    high_t = sum(i.high if i.high is not None else (i.best or 0) for i in incidents)
    how = _how_counted(incidents, n_before - n - absorbed, untold, absorbed, recalled, party)
    return StoryTotal(what="killed", best=best_t, low=low_t, high=high_t, n_incidents=n, how=how, incidents=incidents,
                      party_claims=party)


# a protest the authorities fired on: its dead are counted as ACLED counts them (the sub-type's fatalities)
FORCE_ON_PROTEST = "Excessive force against protesters"


def _force_on_protest(e: Event) -> bool:
    """ "Seven people were shot dead by police during a protest": the protesters killed are the story's dead."""
    return e.event_type == "Protests" and e.sub_event_type == FORCE_ON_PROTEST


def _incident_tolls(groups: list[list[Event]], events: list[Event], articles: dict[str, Article],  # type: ignore[no-untyped-def]
                    figures: Optional[list[Figure]]):
    """Each incident's toll from its claims, an incident told twice counted once; incidents the reports only recall
    set apart. Returns (made: (incident, its events, victim groups), claims by id(incident), claimant names,
    recalled)."""
    names: dict[str, str] = {}
    claims_of: dict[int, list[Claim]] = {}
    by_near: dict[tuple[str, object], list] = {}  # type: ignore[type-arg]
    made: list[tuple[IncidentToll, list[Event], set[str]]] = []
    recalled: list[IncidentToll] = []  # earlier incidents the reports only recall (stories/recaps.py)
    extra = _update_claims(groups, figures or [], articles, events)
    for k, v in _rival_claims(groups, figures or [], articles).items():
        extra.setdefault(k, []).extend(v)
    published = {aid: a.published for aid, a in articles.items() if a.published is not None}
    fighting = tuple({a.entity_id or a.name: a for e in events for a in (e.actor1, e.actor2) if a is not None}.values())
    for g in groups:
        claims = [c for e in g for c in _claims(e, articles, names, fighting)] + extra.get(id(g), [])
        best, low, high = incident_toll(g, claims, published)
        best = whole_over_part(best, g, articles)  # "the 11 civilians" retold from "13 people, 11 of them civilians"
        only = _sole_claimant(claims)
        head = g[0]
        inc = IncidentToll(event_ids=[e.id for e in g], place=head.place.name if head.place else None,
                           date=incident_day(g), best=best, low=low, high=high,
                           claimant=names.get(only, only) if only else None, n_claims=len(claims))
        exact_in_band(inc, g)
        if recap_only(g, inc.date, events, articles, TOLLED_TYPES) or recap_told(g, events, articles, TOLLED_TYPES):
            recalled.append(inc)  # "On 17 March a suicide car bomb ... killed nine": another story's incident
            continue
        item = (inc, g, _victim_groups(g, articles))
        # candidates: incidents a day apart or told in one of the same reports (an index: never all pairs)
        near_keys = [("d", inc.date + _dt.timedelta(days=k)) for k in (-1, 0, 1)] if inc.date else []
        keys = near_keys + [("a", aid) for aid in counting_articles(g)] + _count_key(inc)
        seen: set[int] = set()
        cands_twice = [k for key in keys for k in by_near.get(key, []) if id(k) not in seen and not seen.add(id(k))]
        twice, day_of = _told_twice(item, cands_twice[:MAX_TWICE], claims, articles)
        if twice is not None:  # one incident told twice: counted once
            _count_once(twice[0], twice[1], inc, g, day_of)
            claims_of[id(twice[0])] += claims
            continue
        made.append(item)
        claims_of[id(inc)] = claims
        for key in ([("d", inc.date)] if inc.date else []) + [("a", aid) for aid in counting_articles(g)] + _count_key(inc):
            by_near.setdefault(key, []).append(item)
    return made, claims_of, names, recalled
