"""Which two incidents are one told twice (:func:`_told_twice`), counted once (:func:`_count_once`).

The same count of the same victims (``compare.group_of``: :func:`_victim_groups`) within a day in compatible places
(two reports of "three guards killed", one dated "the previous day"); the same count (three or more) on the same day
in one province, of a group in one report and of people in another ("six civilians", and villagers who "walked to
Pemba after Wednesday's raid, in which six people died": :func:`_people_retold`); the same exact count of ten or more
of the same victims at one place within a week, in two reports (:func:`_large_count_retold`); in one report, the same
count told again in compatible places, or, wherever the two are placed, a count of named victims (1: "the
assassination of Ana Ruiz") that the fuller count's sentence names too (3: "Ruiz was killed along with two of her
guards": :func:`_named_twice`); and, wherever the two are placed, two incidents whose counts were read from the very
same words; and one deed told over two days at one place (a siege stormed the next morning, fighting that "went on
for a second day": ``continued.continues``) is one incident of the larger count, dated on its first day; or a far
report's own day (``stories/own_day``). A new incident is compared only with those a day apart, from the same
reports or with the same large count (an index: :func:`_count_key`, at most
:data:`~sitrep.stories.totals.story_total.MAX_TWICE`), never with all. A round-up is no retelling of one of its parts.
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from sitrep.model import Article, Event, IncidentToll
from sitrep.stories.continued import continues
from sitrep.stories.own_day import own_day_of
from sitrep.stories.tellers import counting_articles
from sitrep.stories.told_apart import exact_in_band, incident_day, round_up
from sitrep.stories.totals.common import Claim, UPDATE_DAYS
from sitrep.stories.totals.places import _compatible, _place_key, name_only


def _victim_groups(g: list[Event], articles: dict[str, Article]) -> set[str]:
    """The groups the incident's counts are of ("Turkish military", "civilians"): ``compare.group_of``."""
    from sitrep.stories.compare import group_of

    out = set()
    for e in g:
        for m in e.mentions:
            if m.fatalities is not None:
                art = articles.get(m.article_id)
                grp = group_of(m.fatalities, art.text if art is not None else "")
                if grp and grp != "people":
                    out.add(grp)
    return out


_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]{2,})\b")


def _named_victims(g: list[Event]) -> set[str]:
    """Names of the victims an incident's counts name one by one ("the assassination of Ana Ruiz": {"Ruiz"}): the
    capitalised words of a count read from named victims (nlp/victims.py: its ``who`` is its own text)."""
    out = set()
    for e in g:
        for m in e.mentions:
            f = m.fatalities
            if f is not None and f.who and f.who == f.span.text and (f.low or 0) <= 3:
                out |= set(_NAME.findall(f.who)) or set(_ONE_NAME.findall(f.who))  # "Ruiz was killed": {"Ruiz"}
    return out


_ONE_NAME = re.compile(r"^([A-Z][a-z]{2,})$")


def _named_twice(ga: list[Event], gb: list[Event], best_a: float, best_b: float) -> bool:
    """A count of named victims (1: "Ruiz was killed") whose names the other count's sentences name too (3: "Ana
    Ruiz died along with two of her guards"; the case of a name as the report writes it): one incident, wherever
    each is placed, since a person is killed once."""
    pairs = [(ga, gb), (gb, ga)] if best_a == best_b else [(ga, gb) if best_a < best_b else (gb, ga)]
    for small, big in pairs:  # two counts of one: either may be the one that names the victim
        names = _named_victims(small)
        text = _count_sentences(big)
        if names and all(re.search(rf"\b{re.escape(n)}\b", text, re.I) for n in names):
            return True
    return False


def _count_spans(g: list[Event]) -> set[tuple[str, int, int]]:
    """Where an incident's counts were read: (article, start, end) of each mention's fatality figure."""
    return {(m.article_id, m.fatalities.span.start, m.fatalities.span.end) for e in g for m in e.mentions
            if m.fatalities is not None and m.fatalities.span is not None}


def _count_sentences(g: list[Event]) -> str:
    return " ".join(m.sentence.text for e in g for m in e.mentions if m.fatalities is not None)


def _same_count_twice(a: tuple, b: tuple) -> bool:  # type: ignore[type-arg]
    """Two incidents that are one told twice: the same count of the same victims within a day, in compatible places
    ("three guards were killed in a drone strike the previous day" and, in a later report, "earlier, three guards
    were killed in an enemy attack"); or, in one report, the same count in compatible places (a
    report tells its incident again: "the killing of the three nurses ... the killing of these three
    nurses"), or a count of named victims that the other count's sentence names too ("the assassination of
    Ana Ruiz" and "Ruiz was killed along with two of her guards": 1 of the 3)."""
    ia, ga, va = a
    ib, gb, vb = b
    if ia.best is None or ib.best is None:
        return False
    if ia.best == ib.best and _count_spans(ga) & _count_spans(gb):
        return True  # the very same words counted by both (a restatement took the fuller count): one incident
    one_report = bool(counting_articles(ga) & counting_articles(gb))
    if one_report and _named_twice(ga, gb, ia.best, ib.best):
        return True  # one named victim told twice, even where a misread place sets the two apart
    if _people_retold(a, b):
        return True
    if not (_compatible(ga[0], gb[0]) or _compatible(gb[0], ga[0])):
        return False
    near = ia.date is not None and ib.date is not None and abs((ia.date - ib.date).days) <= 1
    if ia.best == ib.best and ((near and va & vb) or one_report and (near or not (va and vb) or va & vb)):
        return True
    return _large_count_retold(a, b)


RETOLD_MIN = 3  # a count of people (no group named) told again beside the same count of a group: from three dead
SAME_COUNT_MIN = 10  # an exact count that two deeds of one place and week rarely share (as ``cluster.toll_keys``)


def _people_retold(a: tuple, b: tuple) -> bool:  # type: ignore[type-arg]
    """The same count (three or more) on the same day in one province, of a group in one report and of people (no
    group named) in another ("six civilians" killed outside Mocimboa da Praia; later, villagers "walked to Pemba after
    Wednesday's raid, in which six people died", the retelling placed at the town they reached): one told twice."""
    (ia, ga, va), (ib, gb, vb) = a, b
    if ia.best != ib.best or ia.best < RETOLD_MIN or bool(va) == bool(vb) or ia.date is None or ia.date != ib.date:
        return False
    if counting_articles(ga) & counting_articles(gb):
        return False  # one report telling two counts: its own words set them apart
    pa, pb = ga[0].place, gb[0].place
    if pa is not None and pb is not None and (name_only(pa) or name_only(pb)):
        return True  # "27 people ... in Kyaung Kone village" (no gazetteer's) and the region's "27 civilians" that day
    return pa is not None and pb is not None and bool(pa.admin1) and pa.admin1 == pb.admin1 and pa.country == pb.country


def _large_count_retold(a: tuple, b: tuple) -> bool:  # type: ignore[type-arg]
    """The same exact count of ten or more of the same victims, at one place (each placed at the other's town by
    its own events), in two reports of the story within :data:`UPDATE_DAYS` ("killed at least 22 villagers near
    Ouallam on Friday", and the next week "The attack on Friday killed 22 villagers", its Friday read as the day
    before the report): one massacre told again, never a second one."""
    (ia, ga, va), (ib, gb, vb) = a, b
    if ia.best is None or ia.best != ib.best or ia.best < SAME_COUNT_MIN or not (va & vb):
        return False
    if ia.date is None or ib.date is None or abs((ia.date - ib.date).days) > UPDATE_DAYS:
        return False
    if counting_articles(ga) & counting_articles(gb):
        return False  # one report telling two counts: its own words set them apart
    ka, kb = _place_key(ga[0]), _place_key(gb[0])
    return ka is not None and ka == kb


def _one_deed_two_days(k: tuple, item: tuple, claims: list[Claim],  # type: ignore[type-arg]
                       articles: dict[str, Article]) -> bool:
    """Two incidents that are one deed told over two days (``continued.continues``): a siege and its storming the
    next morning, a battle that "went on for a second day"."""
    (ki, kg, _kv), (ii, ig, _iv) = k, item
    return continues((ki.date, ki.best, _place_key(kg[0]), kg), (ii.date, ii.best, _place_key(ig[0]), ig),
                     [c[2] for c in claims], articles)


def _told_twice(item, cands: list, claims, articles: dict[str, Article]):  # type: ignore[no-untyped-def]
    """The incident of ``cands`` (``(IncidentToll, events, victims)`` items) that the new ``item`` tells again, and
    the day to keep for it: the same count of the same victims, one deed over two days (its own day kept), or a far
    report's own day ("on Sunday" in Sydney of Saturday night's shooting in Celaya: the day of the reports written
    where it happened, ``stories/own_day``); ``(None, None)`` when none."""
    inc, g = item[0], item[1]
    if round_up(g):
        return None, None  # a round-up is no retelling of one of its parts: it absorbs them (_absorb_round_ups)
    cands = [k for k in cands if not round_up(k[1])]
    twice = next((k for k in cands if _same_count_twice(k, item) or _one_deed_two_days(k, item, claims, articles)),
                 None)
    if twice is not None:
        return twice, None
    for k in cands:
        day_of = own_day_of((k[0].date, _place_key(k[1][0]), k[1]), (inc.date, _place_key(g[0]), g), articles)
        if day_of is not None:
            return k, day_of
    return None, None


def _count_key(inc: IncidentToll) -> list[tuple[str, object]]:
    """The index key of an incident's exact count of ten or more (:func:`_large_count_retold`'s candidates)."""
    return [("n", inc.best)] if inc.best is not None and inc.best >= SAME_COUNT_MIN else []


def _count_once(k_inc: IncidentToll, k_g: list[Event], inc: IncidentToll, g: list[Event],
                day_of: Optional[_dt.date]) -> None:
    """One incident told twice: ``inc`` (events ``g``) joins the incident ``k_inc`` (events ``k_g``) told before."""
    k_inc.event_ids += inc.event_ids
    k_inc.n_claims += inc.n_claims
    k_inc.low = min(x for x in (k_inc.low, inc.low, k_inc.best) if x is not None)
    k_inc.high = max(x for x in (k_inc.high, inc.high, k_inc.best, inc.best) if x is not None)
    k_inc.best = max(k_inc.best or 0, inc.best or 0)  # a count of some of its victims is part of the other
    exact_in_band(k_inc, k_g + g)  # "nearly 60" in one report, 57 named in another: 57
    if day_of is not None:
        k_inc.date = day_of  # the day told by the reports written where it happened
    elif inc.date is not None and (k_inc.date is None or incident_day(k_g + g) == inc.date != k_inc.date):
        k_inc.date, k_inc.place = inc.date, inc.place  # a deed over two days is dated on its first (to the day)
    if k_inc.claimant != inc.claimant:
        k_inc.claimant = None
    k_g.extend(g)
