"""Event merging: the mentions of one real event, across articles and inside one, become one Event.

Blocking: mentions are compared only with the events of the same coarse type
(ACLED ``event_type``; PLOVER code for political events) and modality, filed
under the same region key (admin1, else country, else ``*``) and under the ISO
weeks their dates touch. So a mention meets a bounded number of candidates, never
the whole store.

Two mentions are the same event when (all of):

* type: same coarse type and compatible sub-types (equal, or one unknown, or both
  territorial-control battle types, which outlets use interchangeably for one
  take-over);
* date: their intervals overlap at their precision. A ``reported`` date (only the
  publication date is known) is weak: it stands for "on or up to two days before
  the report" and any dated event in that window is compatible. A restatement in the perfect ("Russia has
  denied firing the missile", "the army has said it struck") tells a deed done at some time before its report:
  when no event of the two-day window takes it, it joins the latest compatible event of up to a week before;
* place: within ``near_km`` (default 25 km) when both have coordinates, or one
  contains the other (a town in a province: same admin1, the other given at
  ``province`` precision or coarser; or a country-level place of the same
  country), or either place is unknown;
* actors: no clash - a side named by both must be the same canonical actor (or
  one id a prefix of the other at an ``_`` boundary: ``SYR_GOV`` ~ ``SYR_GOV_FORCES``; or a state and one of
  its organs: ``TUR_GOV`` ~ ``TUR_MIL`` ~ ``TUR_MOD``, as reports say "Turkey struck" for its forces; a
  head of state or government, or a foreign or defence minister in office, speaks for the state:
  "Zelensky accused Moscow" ~ "Ukrainian officials blamed Russia");
  actors may be swapped for symmetric types (armed clashes).

A mention compatible with several events joins the first found, except that a mention dated only by its
report joins the one whose dates end nearest the report day. Across modalities, only a side's claim about
who did a deed joins the story's one asserted event of that deed (:func:`fold_claims`).

The event takes the finest date and the most precise place of its mentions (a road counts as less
precise than a town on it).

Fatalities follow UCDP's low/best/high: per article the (largest) count it gives
for the event; ``low`` is the lowest and ``high`` the highest of these (a bare
"more than N" contributes its lower bound to ``low`` and to ``high`` only if no
upper bound is known); ``best`` is the value given by the most *independent*
sources, ties broken by the most recent report, then by the lower value
(UCDP's conservative choice).

Sources: ``n_sources`` counts distinct articles; ``n_independent_sources``
counts distinct *originals*: an article whose ``duplicate_of`` names another is
the same source as it, and articles carrying the same wire credit whose evidence
sentences for the event are near-identical (rapidfuzz ratio >= 90) count once.
"""
from __future__ import annotations

import datetime as _dt
import functools
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Optional

from rapidfuzz import fuzz

from sitrep.events.merge_guards import marked_apart
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, Article, Event, EventMention, Place, event_id_of
from sitrep.stories.describe import event_summary
from sitrep.stories.kept_apart import placed_at_other, sums_apart

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, "decade": 5, "reported": 6, "unknown": 7}
PLACE_RANK = {"point": 0, "town": 1, "district": 2, "province": 3, "region": 4, "country": 5}
_TERRITORY = {"Government regains territory", "Non-state actor overtakes territory",
              "Non-violent transfer of territory"}
_TAKEN = {"Government regains territory", "Non-state actor overtakes territory"}
_SYMMETRIC = {"Armed clash", "Battles"}
REPORTED_SLACK_DAYS = 2
RESTATED_DAYS = 7  # a perfect ("has denied") dated by its report: done up to a week before, when an event says when
_PERFECT = re.compile(r"(?:\b(?:has|have|had)|'ve)\s+(?:[a-z]+ly\s+|not\s+|also\s+|since\s+|again\s+|been\s+)?$", re.I)
MAX_POOL = 256  # candidate events looked at per block (type, modality, region, week): bounded cost per mention


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def coarse_type(m: EventMention) -> str:
    return f"Political:{m.plover}" if m.event_type == "Political" else m.event_type


def mention_interval(m: EventMention) -> Optional[tuple[int, int]]:
    """The days (ordinals) the mention's event may have happened on."""
    if m.date_start is None:
        return None
    s = m.date_start.toordinal()
    e = (m.date_end or m.date_start).toordinal()
    if m.date_precision == "reported":
        s -= REPORTED_SLACK_DAYS
    return s, max(s, e)


def restated(m: EventMention) -> bool:
    """A mention dated only by its report whose trigger is a verb in the perfect ("has denied", "have said"):
    the deed is done, at a time the report does not give."""
    if m.date_precision != "reported" or m.trigger is None or m.date_start is None:
        return False
    before = m.sentence.text[max(0, m.trigger.start - m.sentence.start - 30):max(0, m.trigger.start - m.sentence.start)]
    return bool(_PERFECT.search(before))


def region_key(p: Optional[Place]) -> str:
    if p is None:
        return "*"
    if p.admin1:
        return f"{p.country or ''}/{p.admin1}".lower()
    if p.country:
        return f"{p.country}/".lower()
    return "*"


def places_compatible(a: Optional[Place], b: Optional[Place], near_km: float) -> bool:
    if a is None or b is None:
        return True
    if a.geonameid and a.geonameid == b.geonameid:
        return True
    ra, rb = PLACE_RANK.get(a.precision, 1), PLACE_RANK.get(b.precision, 1)
    if ra >= PLACE_RANK["country"] or rb >= PLACE_RANK["country"]:
        return not a.country or not b.country or a.country == b.country
    if ra >= PLACE_RANK["province"] or rb >= PLACE_RANK["province"]:  # containment: town within province
        if a.admin1 and b.admin1:
            return a.country == b.country and a.admin1.lower() == b.admin1.lower()
        return bool(a.name and b.name and a.name.lower() == b.name.lower())
    if None not in (a.lat, a.lon, b.lat, b.lon):
        return haversine_km(a.lat, a.lon, b.lat, b.lon) <= near_km  # type: ignore[arg-type]
    return bool(a.name and b.name and a.name.lower() == b.name.lower())


def _place_rank(p: Place) -> int:
    """How specific a place is; a road is a line, less specific than a town on it."""
    if (p.feature_class or "").startswith("R."):
        return PLACE_RANK["district"]
    return PLACE_RANK.get(p.precision, 1)


def _place_key(m: EventMention) -> tuple[int, int]:
    """Which mention's place the event takes: one its own words place before one placed by its article's
    main place (a sentence's "in Idlib province" beats the town an article keeps returning to), then
    the most specific."""
    assert m.place is not None
    return (1 if m.place_source == "article" else 0, _place_rank(m.place))


_STATE_ROLES = {"", "GOV", "MIL", "MOD", "MFA", "MOI", "POLICE", "PRESIDENCY"}
# persons who speak for their state while in office (data/actors.jsonl ``role``)
_VOICE_ROLES = frozenset({"HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "FOREIGN_MINISTER", "DEFENCE_MINISTER"})


def _state_of(x: str, day: Optional[_dt.date] = None) -> Optional[str]:
    """"TUR" for TUR, TUR_GOV, TUR_MIL, TUR_MOD... and a head of state or minister in office (their entry's
    parent): a state and its organs; None for anything else."""
    iso3, _, role = x.partition("_")
    if len(iso3) == 3 and iso3.isalpha() and role in _STATE_ROLES:
        return iso3
    return _voice_state(x, day) if day is not None else None


@functools.lru_cache(maxsize=4096)
def _voice_state(x: str, day: Optional[_dt.date]) -> Optional[str]:
    """The ISO3 state a head of state or government, or a foreign or defence minister, speaks for on ``day``."""
    if x.startswith("X:") or "_" not in x:
        return None
    from sitrep.nlp.actor_lexicon import get_resolver

    d = get_resolver().actors.get(x)
    if d is None or d.get("type") != "person" or d.get("role") not in _VOICE_ROLES or not d.get("parent"):
        return None
    start, end = ((d.get("term") or []) + [None, None])[:2]
    when = day.isoformat() if day is not None else ""
    if (start and when < start) or (end and when > end):
        return None  # out of office on that day: speaks for no state
    iso3, _, role = str(d["parent"]).upper().partition("_")
    return iso3 if len(iso3) == 3 and iso3.isalpha() and role in _STATE_ROLES else None


def same_actor(a: Optional[ActorRef], b: Optional[ActorRef], day: Optional[_dt.date] = None) -> bool:
    if a is None or b is None:
        return True
    x, y = (a.entity_id or a.name).upper(), (b.entity_id or b.name).upper()
    if x == y or x.startswith(y + "_") or y.startswith(x + "_"):
        return True
    sx = _state_of(x, day)
    return sx is not None and sx == _state_of(y, day)  # "Turkey" struck = its forces struck


def actors_compatible(a1: Optional[ActorRef], a2: Optional[ActorRef], b1: Optional[ActorRef],
                      b2: Optional[ActorRef], symmetric: bool, day: Optional[_dt.date] = None) -> bool:
    if same_actor(a1, b1, day) and same_actor(a2, b2, day):
        return True
    return symmetric and same_actor(a1, b2, day) and same_actor(a2, b1, day)


def answered(a: EventMention, b: EventMention) -> bool:
    """Two deeds of one article whose doers it names as the two sides, each the other's target ("the regime's
    attack killed two Turkish soldiers ... Turkey retaliated and neutralised 40 regime fighters"): an attack and
    the answer to it, which the article told as two deeds with their own tolls; never one event (ACLED codes each
    side's strike), whatever a symmetric battle type would allow."""
    if a.actor1 is None or b.actor1 is None or same_actor(a.actor1, b.actor1, a.date_start):
        return False
    return (a.actor2 is not None and same_actor(a.actor2, b.actor1, a.date_start)) or (
        b.actor2 is not None and same_actor(b.actor2, a.actor1, a.date_start))


def subtypes_compatible(a: Optional[str], b: Optional[str]) -> bool:
    return a is None or b is None or a == b or (a in _TERRITORY and b in _TERRITORY)


@dataclass
class _Cluster:
    mentions: list[EventMention] = field(default_factory=list)
    ctype: str = ""
    modality: str = "asserted"
    sub: Optional[str] = None
    interval: Optional[tuple[int, int]] = None
    precision: str = "unknown"
    place: Optional[Place] = None
    place_key: tuple[int, int] = (9, 9)
    actor1: Optional[ActorRef] = None
    actor2: Optional[ActorRef] = None

    def accepts(self, m: EventMention, near_km: float, iv: Optional[tuple[int, int]] = None) -> bool:
        if not subtypes_compatible(self.sub, m.sub_event_type):
            return False
        if m.event_type in VIOLENT_EVENT_TYPES and any(
                k.article_id == m.article_id and marked_apart(k, m) for k in self.mentions):
            return False  # "another car bomb", "In Tolbrin, ...": the article told them as two incidents
        if m.event_type in VIOLENT_EVENT_TYPES and any(
                k.article_id == m.article_id and answered(k, m) for k in self.mentions):
            return False  # "X attacked Y's troops ... Y struck back and killed 40": a deed and the answer to it
        iv = iv or mention_interval(m)
        if iv is not None and self.interval is not None:
            if iv[1] < self.interval[0] or self.interval[1] < iv[0]:
                return False
        if not places_compatible(self.place, m.place, near_km):
            return False
        return actors_compatible(self.actor1, self.actor2, m.actor1, m.actor2,
                                 (self.sub or m.sub_event_type or self.ctype) in _SYMMETRIC, m.date_start)

    def add(self, m: EventMention, actors: bool = True) -> None:
        self.mentions.append(m)
        if self.sub is None:
            self.sub = m.sub_event_type
        iv = mention_interval(m)
        pr = PRECISION_RANK.get(m.date_precision, 7)
        if iv is not None:
            if self.interval is None or pr < PRECISION_RANK.get(self.precision, 7):
                self.interval, self.precision = iv, m.date_precision
            elif pr == PRECISION_RANK.get(self.precision, 7):  # same precision: keep the overlap
                lo, hi = max(self.interval[0], iv[0]), min(self.interval[1], iv[1])
                if lo <= hi:
                    self.interval = (lo, hi)
        if m.place is not None and _place_key(m) < self.place_key:
            self.place, self.place_key = m.place, _place_key(m)
        if actors and self.actor1 is None and m.actor1 is not None:
            self.actor1 = m.actor1
            if self.sub in _TAKEN and m.sub_event_type in _TAKEN:
                # who took the ground decides which: the mention naming the side ("the army retook the town"), not
                # one that named no one ("the town was retaken")
                self.sub = m.sub_event_type
        if actors and self.actor2 is None and m.actor2 is not None:
            self.actor2 = m.actor2


def _weeks(iv: Optional[tuple[int, int]]) -> list[int]:
    if iv is None:
        return [-1]
    w0, w1 = iv[0] // 7, iv[1] // 7
    if w1 - w0 > 6:  # a month or coarser: file under its first and last weeks only
        return [w0, w1]
    return list(range(w0, w1 + 1))


def independent_groups(article_ids: list[str], articles: dict[str, Article],
                       sentences: dict[str, list[str]]) -> list[list[str]]:
    """Group articles that are one source: duplicate_of chains, and same wire + near-identical evidence."""
    def root(aid: str) -> str:
        seen = set()
        while aid in articles and articles[aid].duplicate_of and aid not in seen:
            seen.add(aid)
            aid = articles[aid].duplicate_of  # type: ignore[assignment]
        return aid

    groups: dict[str, list[str]] = defaultdict(list)
    for aid in article_ids:
        groups[root(aid)].append(aid)
    # same wire credit with near-identical evidence: compared only inside one event and one wire
    reps = list(groups)
    by_wire: dict[str, list[str]] = defaultdict(list)
    for r in reps:
        a = articles.get(r)
        for w in (a.wires if a else []):
            by_wire[w.lower()].append(r)
    alias: dict[str, str] = {r: r for r in reps}

    def find(x: str) -> str:
        while alias[x] != x:
            x = alias[x]
        return x

    for members in by_wire.values():
        for i, x in enumerate(members[:50]):
            for y in members[i + 1:50]:
                if find(x) == find(y):
                    continue
                sx, sy = sentences.get(x, []), sentences.get(y, [])
                if any(fuzz.ratio(p, q) >= 90 for p in sx[:5] for q in sy[:5]):
                    alias[find(y)] = find(x)
    merged: dict[str, list[str]] = defaultdict(list)
    for r, ids in groups.items():
        merged[find(r)].extend(ids)
    return list(merged.values())


def counts_of(mentions: list[EventMention]):  # type: ignore[no-untyped-def]
    """(mention, low, high) for each mention with a fatality count; an open bound takes the other's value."""
    for m in mentions:
        f = m.fatalities
        if f is None or (f.low is None and f.high is None):
            continue
        yield m, (f.low if f.low is not None else f.high), (f.high if f.high is not None else f.low)


def _fatalities(c: _Cluster, articles: dict[str, Article],
                groups: list[list[str]]) -> tuple[Optional[float], Optional[float], Optional[float]]:
    from sitrep.nlp.figures import figure_best

    per_article: dict[str, tuple[Optional[float], Optional[float]]] = {}
    nominal: dict[str, float] = {}  # "about 12" (bounds 10..14) gives 12: Figure.best
    for m, lo, hi in counts_of(c.mentions):
        old = per_article.get(m.article_id)
        if old is None or (hi or 0) > (old[1] or 0):
            per_article[m.article_id] = (lo, hi)
            best = figure_best(m.fatalities) if m.fatalities is not None else None
            if best is not None:
                nominal[m.article_id] = best
            else:
                nominal.pop(m.article_id, None)
    if not per_article:
        return None, None, None
    lows = [v[0] for v in per_article.values() if v[0] is not None]
    highs = [v[1] for v in per_article.values() if v[1] is not None]
    group_of = {aid: i for i, g in enumerate(groups) for aid in g}
    votes: Counter = Counter()
    latest: dict[float, int] = {}
    counted: set[tuple[int, float]] = set()
    for aid, (lo, hi) in per_article.items():
        val = nominal.get(aid, hi if hi is not None else lo)
        if val is None:
            continue
        key = (group_of.get(aid, -1), val)
        if key not in counted:
            counted.add(key)
            votes[val] += 1
        pub = articles[aid].published if aid in articles else None
        latest[val] = max(latest.get(val, 0), pub.toordinal() if pub else 0)
    best = max(votes, key=lambda v: (votes[v], latest.get(v, 0), -v)) if votes else None
    return best, (min(lows) if lows else None), (max(highs) if highs else None)


def _event_id(c: _Cluster) -> str:
    return event_id_of(min(m.id for m in c.mentions))


def _finish(c: _Cluster, articles: dict[str, Article]) -> Event:
    art_ids = list(dict.fromkeys(m.article_id for m in c.mentions))
    sentences: dict[str, list[str]] = defaultdict(list)
    for m in c.mentions:
        sentences[m.article_id].append(m.sentence.text)
    groups = independent_groups(art_ids, articles, sentences)
    best, low, high = _fatalities(c, articles, groups)
    m0 = c.mentions[0]
    start = _dt.date.fromordinal(c.interval[0]) if c.interval else None
    end = _dt.date.fromordinal(c.interval[1]) if c.interval else None
    if c.precision == "reported" and c.interval:  # show the report date, not the slack window
        start = end
    ev = Event(
        id=_event_id(c), event_type=m0.event_type, sub_event_type=c.sub, plover=m0.plover,
        date_start=start, date_end=end, date_precision=c.precision, place=c.place,
        actor1=c.actor1, actor2=c.actor2, fatalities_best=best, fatalities_low=low, fatalities_high=high,
        mentions=sorted(c.mentions, key=lambda m: (m.article_id, m.sentence.start)),
        n_sources=len(art_ids), n_independent_sources=len(groups), modality=c.modality,
    )
    ev.summary = event_summary(ev)
    return ev


def merge_mentions(mentions: list[EventMention], articles: dict[str, Article],
                   near_km: float = 25.0) -> list[Event]:
    """Merge the event mentions of one story into events (see the module docstring)."""
    # finest first: precise mentions found clusters, vaguer ones join them
    order = sorted(mentions, key=lambda m: (
        PRECISION_RANK.get(m.date_precision, 7), PLACE_RANK.get(m.place.precision, 1) if m.place else 9,
        m.date_start or _dt.date.min, m.article_id, m.sentence.start))
    index: dict[tuple[str, str, str, int], list[_Cluster]] = defaultdict(list)
    by_week: dict[tuple[str, str, int], list[_Cluster]] = defaultdict(list)
    clusters: list[_Cluster] = []
    def candidates(m: EventMention, ct: str, iv: Optional[tuple[int, int]]) -> list[_Cluster]:
        rk = region_key(m.place)
        regions = [rk, "*"] if rk != "*" else None
        cands: list[_Cluster] = []
        seen: set[int] = set()
        for w in _weeks(iv) + ([-1] if iv is not None else []):
            if regions is None:  # no region: any region of this type and week
                pools = [by_week.get((ct, m.modality, w), [])]
            else:
                pools = [index.get((ct, m.modality, r, w), []) for r in regions]
                if m.place is not None and m.place.country:  # a country-level event may contain it
                    pools.append(index.get((ct, m.modality, f"{m.place.country}/".lower(), w), []))
            for pool in pools:
                for c in pool[:MAX_POOL]:
                    if id(c) not in seen:
                        seen.add(id(c))
                        cands.append(c)
        return cands

    by_article: dict[str, list[EventMention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article_id].append(m)
    for m in order:
        ct = coarse_type(m)
        iv = mention_interval(m)
        accepted = [c for c in candidates(m, ct, iv)
                    if c.accepts(m, near_km) and not _kept_apart(m, c, by_article[m.article_id])]
        target = accepted[0] if accepted else None
        if len(accepted) > 1 and m.date_precision == "reported" and iv is not None:
            # a mention dated only by its report joins the event nearest the report day, not an older one
            target = min(accepted, key=lambda c: abs(c.interval[1] - iv[1]) if c.interval else 1 << 30)
        if target is None and iv is not None and restated(m):
            # "Russia has denied firing the missile" four days on: the denial told before, not a new one
            wide = (iv[1] - RESTATED_DAYS, iv[1])
            older = [c for c in candidates(m, ct, wide) if c.interval is not None and c.accepts(m, near_km, wide)
                     and not _kept_apart(m, c, by_article[m.article_id])]
            target = max(older, key=lambda c: c.interval[1]) if older else None  # type: ignore[index]
        if target is None:
            target = _Cluster(ctype=ct, modality=m.modality)
            clusters.append(target)
            target.add(m)
            for w in _weeks(target.interval):
                index[(ct, m.modality, region_key(target.place), w)].append(target)
                by_week[(ct, m.modality, w)].append(target)
        else:
            target.add(m)
    clusters = fold_claims(clusters, near_km)
    return [_finish(c, articles) for c in clusters]


def _kept_apart(m: EventMention, c: _Cluster, own_report: list[EventMention]) -> bool:
    """The reports' words keep ``m`` out of event ``c``: a round-up and one of its parts, or a report that places
    ``c``'s incident at another town than its own (stories/kept_apart.py)."""
    if m.event_type not in VIOLENT_EVENT_TYPES:
        return False
    return sums_apart(m, c.mentions) or placed_at_other(m, c.place, own_report)


def fold_claims(clusters: list[_Cluster], near_km: float) -> list[_Cluster]:
    """A side's claim about who did a deed the story reports as fact ("the ministry said the missile was fired by
    Ukrainian forces") is told of that same incident: its mentions join the one asserted event of the same type,
    days and place, whoever the claim names (the event keeps its own actors; the claim stays ``claimed`` on its
    mention, and the conflict of blame is reported apart). A claim that fits no asserted event, or several,
    stays an event of its own."""
    out = []
    for c in clusters:
        if c.modality != "claimed":
            out.append(c)
            continue
        fits = [a for a in clusters if a.modality == "asserted" and a.ctype == c.ctype
                and subtypes_compatible(a.sub, c.sub) and places_compatible(a.place, c.place, near_km)
                and (a.interval is None or c.interval is None
                     or not (c.interval[1] < a.interval[0] or a.interval[1] < c.interval[0]))]
        if len(fits) != 1:
            out.append(c)
            continue
        for m in c.mentions:
            fits[0].add(m, actors=False)
    return out



def carry_incident_tolls(events: list[Event], totals) -> None:  # type: ignore[no-untyped-def]
    """Give each event the current toll of the incident it belongs to, when that toll is told as risen.

    ``totals`` is :func:`sitrep.stories.totals.story_totals` over ``events``. An incident whose claims include a
    running toll ("the death toll rose to 57") has that latest toll as its best; an event of it whose own best is
    lower (the first report's 30) takes it, and its high widens to it so that low <= best <= high still holds; its
    low, the first reports' count, stays. Tolls are only raised, never lowered, and incidents counted only by the
    acting side (``party_claims``) or with no update are left alone."""
    if totals is None:
        return
    from sitrep.events.toll import is_toll_update

    by_id = {e.id: e for e in events}
    for inc in totals.incidents:
        group = [by_id[i] for i in inc.event_ids if i in by_id]
        if inc.best is None or not any(is_toll_update(m) for e in group for m in e.mentions if m.fatalities is not None):
            continue
        for e in group:
            if e.fatalities_best is None or e.fatalities_best >= inc.best:
                continue
            e.fatalities_best = inc.best
            e.fatalities_high = max(e.fatalities_high if e.fatalities_high is not None else inc.best, inc.best)
            e.summary = event_summary(e)
