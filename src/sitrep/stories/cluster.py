"""Story clustering: incremental, blocked, no all-pairs comparison.

Each article is reduced to a set of *salient keys* (canonical actor ids, resolved place ids, admin1 regions, rare
entity names, event-type-at-region keys; never the names of no one in particular: civilians, news agencies,
free-text descriptions) and a *time* (its publication date, or for an undated article the dates of the events it
reports). Keys are indexed per week: an article is compared only with the articles that share a key in its own week
or the weeks beside it. A key whose weekly posting list grows past ``max_block`` is treated as a stop key for that
week (it is too common to say anything: "Syria" in a Syria feed), so the cost of adding one article is bounded by
``n_keys * 3 * max_block`` whatever the size of the store.

Two articles join the same story when the keys they share weigh at least ``min_shared`` (an actor or place key
weighs 1, a region-wide key 1/2: a region, an event type in a region, a country's generic side such as its police, a
group the article only mentions, a town where events happen on top of its place key; the same toll of three or more
in the same country weighs 1, a lower bound on a round ten matching the exact counts it may round down:
``toll_keys``; ``min_shared_undated`` for undated ones, which have no time window to narrow them), and never when
their events lie in different countries. ``bench/clusters.py`` measures it on a mixed feed of the project's own
report sets. Stories are the components of a union-find. Adding articles only adds unions, so a story
never splits and its id - ``story-`` + the id of its earliest-added article - stays stable as it grows.
"""
from __future__ import annotations

import datetime as _dt
import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from sitrep.geo.towns_abroad import towns_country
from sitrep.model import Analysis, Article, EventMention, Figure
from sitrep.stories.facility_places import opening_name
from sitrep.stories.region_day import TOWN_PRECISIONS, crossed, partner, region_day_keys

# entity kinds whose canonical ids are salient enough to block on
_ENTITY_KINDS = {"PERSON", "ORG", "NORP", "FAC"}
# place precisions precise enough to name a story's ground
_PLACE_KEY_PRECISIONS = TOWN_PRECISIONS  # a place this fine keys a story (stories/region_day.py holds the set)


@dataclass
class ArticleKeys:
    """What the clusterer knows about one article."""

    article_id: str
    seq: int  # insertion order; the earliest article names the story
    day: Optional[int]  # ordinal of its date (published or inferred from its events); None if unknown
    keys: frozenset[str] = field(default_factory=frozenset)


# actor types that say nothing of which story a report tells: victims' and crowds' generic sides, news agencies
_NO_KEY_TYPES = frozenset({"civilians", "protesters", "rioters", "media"})
_NO_KEY_ROLE = "UNIDENT"  # data/actor_roles.tsv: ACLED's Unidentified Armed Group (<country>)


@functools.lru_cache(maxsize=65536)
def actor_key(entity_id: str) -> Optional[str]:
    """The clustering key of an actor: ``a:`` + its id for a named actor (a group, a person, a unit the dictionary
    knows); ``s:`` for a country's generic side ("Military Forces of X", "Police Forces of X": every story in that
    country that week has them, so they weigh as region-wide keys); None for what names no one in particular:
    civilians, protesters, a news agency ("Reuters" heads half a desk's feed), a free-text description
    ("x:attackers", "x:gunmen") and the "Unidentified Armed Group (X)" such words are coded as."""
    if not entity_id or entity_id.startswith("x:") or entity_id == "CIVILIANS":
        return None
    from sitrep.nlp.actor_lexicon import get_resolver

    res = get_resolver()
    try:
        kind = res.get(entity_id).get("type")
    except KeyError:
        kind = None
    if kind in _NO_KEY_TYPES:
        return None
    iso3, _, role = entity_id.partition("_")
    if role == _NO_KEY_ROLE:
        return None  # "Unidentified Armed Group (X)": the text names no one (as "x:gunmen" before it was so coded)
    if len(iso3) == 3 and iso3.isupper() and role in res.roles:
        return "s:" + entity_id.lower()
    return "a:" + entity_id.lower()


def article_keys(article: Article, analysis: Optional[Analysis], seq: int) -> ArticleKeys:
    """Salient keys and time of one article (see the module docstring).

    A named group or state body the article only mentions (no side of an event it tells as happening: "the rival
    Islamic State", "al-Qaeda's affiliate") weighs as a region-wide key (``m:``): terrorism reports of one week name
    the same few global groups in their background. Each country where the article's events happen (else, of the
    places it names) is a ``c:`` key of no weight: two articles whose events lie in different countries are never
    one story (see :meth:`StoryClusterer.add`)."""
    keys: set[str] = set()
    days: list[int] = []
    countries: set[str] = set()
    if analysis is not None:
        acting = {actor_key(a.entity_id) for e in analysis.events if e.modality in ("asserted", "claimed")
                  for a in (e.actor1, e.actor2) if a is not None}

        def named(entity_id: str) -> Optional[str]:
            key = actor_key(entity_id)
            if key is None or not key.startswith("a:") or key in acting or entity_id.startswith("unk:"):
                return key
            return "m:" + key[2:]  # a dictionary actor that acts in none of the article's events

        for m in analysis.entities:
            if m.entity_id and (m.kind in _ENTITY_KINDS):
                key = named(m.entity_id) if m.kind != "PERSON" else actor_key(m.entity_id)
                if key:
                    keys.add(key)
        # the one country two of its unplaced names are towns of ("GENEVA - ... in Mangina and near Lubero": DR Congo,
        # geo/towns_abroad): where its unplaced deeds happened
        abroad_towns = (towns_country(p.name for p in analysis.places if not p.geonameid and p.name
                                      and p.precision in _PLACE_KEY_PRECISIONS) or "").lower()
        named_in = _place_keys(article, analysis, keys, abroad_towns)  # the countries of the places it names, its
        # dateline's aside
        keys.update(unknown_place_keys(analysis))  # "Shuhail", "Waingmaw": named in every report, in no gazetteer
        abroad = next(iter(named_in)) if len(named_in) == 1 else ""  # where a deed placed at the dateline is
        for e in analysis.events:
            if e.modality not in ("asserted", "background"):
                continue
            _add_event_keys(article, e, named, abroad, keys, countries, days)
        if not countries:
            countries = {abroad_towns} if abroad_towns else named_in
    keys.update("c:" + c for c in countries)
    day: Optional[int] = None
    if article.published is not None:
        day = article.published.toordinal()
    elif days:
        day = max(days)  # an article is published after the last event it reports
    return ArticleKeys(article.id, seq, day, frozenset(keys))


def _add_event_keys(article: Article, e: EventMention, named: Callable[[str], Optional[str]], abroad: str,
                    keys: set[str], countries: set[str], days: list[int]) -> None:
    """Adds one told or background event's keys to ``keys``: its sides (``named``: a dictionary actor acting in
    none of the article's events weighs as a mention), its place (``p:``; ``v:`` where it happened), its type in its
    region (``e:``), its day and its toll (placed ``abroad`` where the deed is placed at the dateline and the
    article names one other country); the country where it happened to ``countries`` (not at the dateline); its
    day to ``days`` when told to the day or week."""
    for a in (e.actor1, e.actor2):
        key = named(a.entity_id) if a is not None else None
        if key:
            keys.add(key)
    country = e.place.country if e.place is not None else None
    if e.place is not None:
        if e.place.geonameid:
            keys.add("p:" + e.place.geonameid)
            if e.modality == "asserted" and e.place.precision in _PLACE_KEY_PRECISIONS:
                keys.add("v:" + e.place.geonameid)  # where something happened: more than a name dropped
        elif e.modality == "asserted" and e.place.name and e.place.lat is None:
            # a deed at a town the resolver left unplaced ("ABIDJAN (Reuters) - ... an army post in Diapaga"):
            # where it happened, as the reports that place it key it (the name's one town, :func:`sole_town`);
            # that town's country keys its day and its toll, as a placed telling's would ("DAKAR (Reuters) - ...
            # Saturday's ambush on a convoy near Djibo" and the Ouagadougou report of the Djibo ambush),
            town = sole_town(e.place.name)
            if town:
                keys.add("v:" + town[0])
            # else in the one country the report names ("CHIANG MAI (The Irrawaddy) - ... Kyaung Kone village in
            # Ye-U township": Myanmar, by its Ye-U)
            country = country or (town[1] if town else None) or abroad or None
        region = (e.place.admin1 or e.place.country or "").lower()
        if region:
            keys.add(f"e:{e.event_type}:{region}".lower())
        if e.place.country and e.modality == "asserted" and not at_dateline(article, e):
            countries.add(e.place.country.lower())
    filed = at_dateline(article, e)
    if e.place is not None and country:
        keys.update(day_keys(e, abroad if filed and abroad else country))
    if e.fatalities is not None and e.modality == "asserted":
        # "42 killed in Ituri" in a local report and in a UN statement: one toll, one incident
        # (a deed the report places nowhere: in the one country it names)
        keys.update(toll_keys(abroad if filed or e.place is None else country or "", e.fatalities))
        if not filed:
            keys.update(region_day_keys(e))  # a deed told only at its province, as in a town of it that day
    if e.date_start is not None and e.date_precision in ("day", "week"):
        days.append(e.date_start.toordinal())


def _place_keys(article: Article, analysis: Analysis, keys: set[str], abroad_towns: str = "") -> set[str]:
    """Adds the keys of the places the article names to ``keys``; returns the countries of those places, its
    dateline's town aside (a country only a people's name names, "Russian strikes", only where no place names one);
    where none is left, the countries of the towns its unplaced names name
    (:func:`sole_town`: an armed group's name misread as a place, "Fano", names a town in Italy; such a town keys only
    where its country is one the report names, or the report names none, or ``abroad_towns``, the one country two of
    its unplaced names are towns of)."""
    countries: set[str] = set()
    unplaced: set[str] = set()  # the countries of the towns named by unplaced names (the last resort)
    demonyms: set[str] = set()  # the countries only a people's name names
    # the countries the report names, its dateline's town aside
    named = {p.country.lower() for p in analysis.places if p.country and not _dateline_place(article, p)}
    for p in analysis.places:
        if p.geonameid and p.precision in _PLACE_KEY_PRECISIONS:
            keys.add("p:" + p.geonameid)
        elif p.precision in _PLACE_KEY_PRECISIONS and p.name:
            town = sole_town(p.name)
            if town and named and (town[1] or "").lower() not in named and (town[1] or "").lower() != abroad_towns:
                town = None  # "Fano" (Ethiopia's militia) in a report that names Ethiopia: no town in Italy
            keys.add("p:" + (town[0] if town else p.name.lower()))
            if town and town[1]:
                unplaced.add(town[1].lower())
            opening = opening_name(p)  # "Palmasola prison" placed in one report, "Palmasola" unplaced in another
            if opening:
                keys.add("p:" + opening.lower())
        if p.country and p.admin1:
            keys.add(f"r:{p.country}/{p.admin1}".lower())
        if p.country and not _dateline_place(article, p):
            (demonyms if p.mention == "demonym" else countries).add(p.country.lower())
    # a people's name ("Russian strikes", "the Norwegian Refugee Council") names a country only where no place does
    return countries or demonyms or unplaced


_PLACE_KINDS = frozenset({"GPE", "LOC"})
# a place's name in words: capitalised words of letters (never an abbreviation, "Ind.", "Pa.")
_PLACE_NAME = re.compile(r"[A-Z][^\W\d_]{3,}(?:[ '-][A-Za-z][^\W\d_]+)*")


def unknown_place_keys(analysis: Analysis) -> set[str]:
    """The ``p:`` keys of the place names the article tells that no gazetteer entry names ("fighting in the town of
    Shuhail", "shelling in Waingmaw township"): a village the gazetteer lacks is placed nowhere, so a report filed from
    elsewhere (its dateline: Qamishli, Bangkok) shares no place key with the others that name it; the name itself
    does. Only a name in mixed case (never a dateline's capitals) and one the gazetteer does not know at all, nor any
    word of it (a known name is keyed by its place, or is no place: "Arab" names a town in Alabama)."""
    from sitrep.geo.gazetteer import get_gazetteer

    names = {m.span.text for m in analysis.entities if m.kind in _PLACE_KINDS and not m.entity_id
             and _PLACE_NAME.fullmatch(m.span.text) and not m.span.text.isupper()}
    gaz = get_gazetteer()
    # no word of it names a place either ("Nangarhar province", "Fresno County Jail", "Lady Reading Hospital" are
    # a known place with a kind word, or a site of one: keyed by their place)
    return {"p:" + n.casefold() for n in names if not any(gaz.lookup(w) for w in {n, *re.split(r"[ '-]", n)})}


def _dateline_place(article: Article, p) -> bool:  # type: ignore[no-untyped-def]
    """``p`` is the town of the article's dateline ("GENEVA (AFP) -"): where the report was filed. Only the dateline's
    own mention is: the town named again in the lede ("ZAPORIZHZHIA (Ukrinform) - ... killed 47 civilians in
    Zaporizhzhia region") is a place the report tells of, so its country is one the report names."""
    dl = article.dateline or ""
    if not dl or p.span is None or p.span.start >= _DATELINE_CHARS or p.span.text.casefold() != dl.casefold():
        return False
    at = (article.text or "").find(dl, 0, _DATELINE_CHARS)  # the dateline as written (its case) opens the text
    return at < 0 or p.span.start == at


_DATELINE_CHARS = 400  # a dateline opens the text (after a headline and a date line)


def at_dateline(article: Article, e) -> bool:  # type: ignore[no-untyped-def]
    """The event is placed only by the article's main place, and that is the dateline's town: a wire report filed
    from Geneva, Beirut or Nairobi about fighting elsewhere ("GENEVA (AFP) - Some 250,000 ... around Las Anod ...
    Saturday's shelling of the town killed 26"): its country says nothing of where the deed was."""
    return e.place_source == "article" and e.place is not None and _dateline_place(article, e.place)


def sole_town(name: str) -> Optional[tuple[str, str]]:
    """The gazetteer id and country of the one populated place ``name`` names (as an alternate name too: "Las Anod",
    which one report's resolver left unplaced, is Laascaanood), so the unplaced name keys as the place other reports
    resolve; None when it names none or several."""
    from sitrep.geo.gazetteer import get_gazetteer

    towns = {(e.gid, e.country) for e in get_gazetteer().lookup(name) if e.fclass == "P"}
    return next(iter(towns)) if len(towns) == 1 else None


def toll_keys(country: str, f: Figure) -> set[str]:
    """The toll keys of a count of the dead (three or more): ``k:`` + country + count; a lower bound on a round ten
    ("more than 40", read as 41; "at least 40") also keys each exact count within that ten (41 .. 49), which it may
    round down: a province-wide "more than 40 killed" and the UN's 42 are one toll told two ways. An article pair
    shares at most one toll a ten (:meth:`StoryClusterer.add`, :func:`specificity`)."""
    dead = f.low
    if dead is None or dead < 3 or dead != int(dead):
        return set()
    out = {f"k:{country}:{int(dead)}".lower()}
    if f.high is None:
        n = int(dead) - 1 if f.hedge == "gt" else int(dead)  # "more than 40": low 41
        if n >= 10 and n % 10 == 0:
            out.update(f"k:{country}:{n + d}".lower() for d in range(1, 10))
    return out


def day_keys(e, country: Optional[str] = None) -> set[str]:  # type: ignore[no-untyped-def]
    """The day key of an asserted event told to the day: ``d:`` + event type + country + day. Two reports of a
    battle in Papua New Guinea on the same Tuesday, one placed in Enga and one at the Port Moresby dateline it was
    filed from (the village it names is not in the gazetteer): one more sign that they tell one incident. It weighs
    as a region-wide key and, like an actor, adds 1 to :func:`specificity` (never enough alone)."""
    if e.modality != "asserted" or e.date_start is None or e.date_precision != "day" or e.place is None:
        return set()
    return {f"d:{e.event_type}:{country or e.place.country}:{e.date_start.toordinal()}".lower()}


def key_weight(key: str) -> float:
    """Specific keys (an actor, a place) count 1; region-wide keys (admin1, event type in a region, a country's generic
    side) count 1/2."""
    if key[:2] == "c:":
        return 0.0  # a country only gates (see StoryClusterer.add)
    return 0.5 if key[:2] in ("r:", "e:", "s:", "m:", "v:", "d:") else 1.0


def specificity(shared: Iterable[str]) -> int:
    """How specific shared keys are: a place 2, an actor 1, the same toll in the same country 1 (2 from ten dead
    up: "42 killed" twice in a week is one massacre told twice), region-wide keys 0.

    Two articles are linked only when what they share is specific (a place, or two actors):
    one actor active in a region that week is common to many stories, and linking on it
    chains unrelated stories into one."""
    tens = {int(k.rsplit(":", 1)[1]) // 10 for k in shared if k[:2] == "k:"}  # one toll a ten (``toll_keys``)
    return sum(2 if k[:2] == "p:" else 1 if k[:2] in ("a:", "d:") else 0 for k in shared) + sum(
        2 if ten >= 1 else 1 for ten in tens)


TOLL_DAY_WEIGHT = 0.5  # what the same toll of ten or more on the same day's deed adds to the weight shared
TOLL_DAY_MIN = 10  # a toll this high told of the same day's deed of one type in one country is one incident's


def toll_on_day(shared: frozenset[str]) -> bool:
    """Two reports share the same toll of :data:`TOLL_DAY_MIN` dead or more (``k:``) and the day of a deed of one type
    in that same country (``d:``): "At least 27 people ... were killed" under "CHIANG MAI" (a village the gazetteer
    lacks) and the UN's "27 civilians" in the same region on the same Tuesday tell one incident twice, though they name
    no place in common. Weighs :data:`TOLL_DAY_WEIGHT` more than the keys themselves; dated reports only."""
    tolls = {k.split(":")[1] for k in shared if k[:2] == "k:" and int(k.rsplit(":", 1)[1]) >= TOLL_DAY_MIN}
    return bool(tolls) and any(k[:2] == "d:" and k.split(":")[2] in tolls for k in shared)


def _apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two articles whose events (or places) lie in countries they do not share: different stories."""
    ca = {k for k in a if k[:2] == "c:"}
    cb = {k for k in b if k[:2] == "c:"}
    return bool(ca and cb and not ca & cb)


class UnionFind:
    """Union-find over string ids; the root of a set is its earliest (lowest ``rank``) member."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.order: dict[str, int] = {}

    def add(self, x: str, order: int) -> None:
        if x not in self.parent:
            self.parent[x] = x
            self.order[x] = order

    def find(self, x: str) -> str:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> str:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if self.order[rb] < self.order[ra]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        return ra


class StoryClusterer:
    """Incremental story clustering over a week-bucketed inverted index of salient keys."""

    def __init__(self, min_shared: int = 2, min_shared_undated: int = 3, window_days: int = 7,
                 max_block: int = 200, max_story: int = 5000, max_span_days: int = 90,
                 long_window_days: int = 28, long_min_specificity: int = 6) -> None:
        self.min_shared = min_shared
        self.min_shared_undated = min_shared_undated
        self.window_days = window_days
        self.max_block = max_block
        self.max_story = max_story  # two stories are not bridged into one larger than this
        # a story covers at most this many days: a war reported for years becomes a sequence of stories, so a
        # story's cost stays bounded however long the coverage runs
        self.max_span_days = max_span_days
        # an unfolding story goes quiet for a week or two: beyond ``window_days`` two reports still link when
        # they share much that is specific (e.g. three places, or two places and two actors)
        self.long_window_days = long_window_days
        self.long_min_specificity = long_min_specificity
        self.first: dict[str, int] = {}  # story root -> its earliest dated day
        self.size: dict[str, int] = {}  # story root -> members (roots only are current)
        self.uf = UnionFind()
        self.index: dict[tuple[str, int], list[str]] = defaultdict(list)  # (key, week) -> article ids
        self.days: dict[str, Optional[int]] = {}
        self.keys: dict[str, frozenset[str]] = {}

    @staticmethod
    def _week(day: Optional[int]) -> int:
        return -1 if day is None else day // 7

    def _weeks(self, day: Optional[int]) -> list[int]:
        if day is None:
            return [-1]
        w = day // 7
        span = max(1, (max(self.window_days, self.long_window_days) + 6) // 7)
        return list(range(w - span, w + span + 1))

    def seed(self, groups: Iterable[list[ArticleKeys]]) -> None:
        """Restore earlier stories: their members stay together (a story never splits)."""
        for group in groups:
            first: Optional[str] = None
            for ak in group:
                self._insert(ak)
                first = ak.article_id if first is None else self.uf.union(first, ak.article_id)
            if first is not None:
                self.size[self.uf.find(first)] = len(group)
                days = [ak.day for ak in group if ak.day is not None]
                if days:
                    self.first[self.uf.find(first)] = min(days)

    def _insert(self, ak: ArticleKeys) -> None:
        self.uf.add(ak.article_id, ak.seq)
        self.days[ak.article_id] = ak.day
        self.keys[ak.article_id] = ak.keys
        w = self._week(ak.day)
        for k in ak.keys:
            if k[:2] == "c:":
                continue  # a gate, never a link (not indexed)
            posting = self.index[(k, w)]
            if len(posting) <= self.max_block:  # one past the cap marks a stop key; stop growing it
                posting.append(ak.article_id)

    def add(self, ak: ArticleKeys) -> str:
        """Add one article; return the root (earliest member) of the story it joins."""
        counts = self._shared_weights(ak)
        self._insert(ak)
        strong, weight = self._matched_stories(ak, counts)
        root = self.uf.find(ak.article_id)
        if ak.day is not None:
            for r in [r for r in strong if r in self.first and ak.day - self.first[r] > self.max_span_days]:
                del strong[r]
        if not strong:
            if ak.day is not None:
                self.first[root] = ak.day
            return root
        return self._join(ak, root, strong, weight)

    def _shared_weights(self, ak: ArticleKeys) -> dict[str, float]:
        """other article id -> the weight of the keys ``ak`` shares with it in the index (read before ``ak`` is
        inserted)."""
        counts: dict[str, float] = defaultdict(float)
        tolled: set[tuple[str, int]] = set()  # (other, a toll's ten) counted: a pair shares one toll a ten at most
        weeks = self._weeks(ak.day)
        for key in ak.keys:
            if key[:2] == "c:":
                continue
            k = partner(key) or key  # a region-day key links to its partner's, never to its own (region_day.py)
            for w in weeks + ([-1] if ak.day is not None else []):  # undated articles are indexed under week -1
                posting = self.index.get((k, w))
                if not posting or len(posting) > self.max_block:
                    continue
                wt = key_weight(k)
                for other in posting:
                    if k[:2] == "k:":  # a bound's keys (``toll_keys``): one toll, however many of its ten match
                        ten = (other, int(k.rsplit(":", 1)[1]) // 10)
                        if ten in tolled:
                            continue
                        tolled.add(ten)
                    counts[other] += wt
        return counts

    def _links(self, ak: ArticleKeys, other: str, n: float) -> bool:
        """``ak`` matches ``other``: enough shared weight, not apart, specific enough, within the time window (a
        longer one for much that is specific)."""
        od = self.days.get(other)
        undated = ak.day is None or od is None
        need = self.min_shared_undated if undated else self.min_shared
        if n < need and (undated or n + TOLL_DAY_WEIGHT < need or not toll_on_day(ak.keys & self.keys[other])):
            return False
        if _apart(ak.keys, self.keys[other]):
            return False  # their events lie in different countries
        spec = specificity(ak.keys & self.keys[other]) + crossed(ak.keys, self.keys[other])
        if spec < 2:  # only region-wide keys and one actor: chance
            return False
        if not undated:
            gap = abs(od - ak.day)  # type: ignore[operator]
            if gap > self.long_window_days or (gap > self.window_days and spec < self.long_min_specificity):
                return False
        return True

    def _matched_stories(self, ak: ArticleKeys, counts: dict[str, float]) -> tuple[dict[str, int], dict[str, float]]:
        """Per candidate story: how many of its members this article matches, and their shared weight."""
        strong: dict[str, int] = defaultdict(int)
        weight: dict[str, float] = defaultdict(float)
        for other, n in counts.items():
            if other == ak.article_id or not self._links(ak, other, n):
                continue
            r = self.uf.find(other)
            strong[r] += 1
            weight[r] += n
        return strong, weight

    def _join(self, ak: ArticleKeys, root: str, strong: dict[str, int], weight: dict[str, float]) -> str:
        """Join the story matched best; bridge another story only on corroborated evidence (two of its members,
        or its only one), and never into a giant: one chance match must not chain stories."""
        ranked = sorted(strong, key=lambda r: (-strong[r], -weight[r], self.uf.order[r]))
        firsts = [d for d in (self.first.get(ranked[0]), ak.day) if d is not None]
        root = self.uf.union(root, ranked[0])
        self.size[root] = self.size.get(ranked[0], 1) + 1
        for r in ranked[1:]:
            rs = self.size.get(r, 1)
            if strong[r] >= min(2, rs) and self.size[root] + rs <= self.max_story:
                total = self.size[root] + rs
                if r in self.first:
                    firsts.append(self.first[r])
                root = self.uf.union(root, r)
                self.size[root] = total
        if firsts:
            self.first[root] = min(firsts)
        return root

    def components(self) -> dict[str, list[str]]:
        """root article id -> member article ids (in insertion order)."""
        out: dict[str, list[str]] = defaultdict(list)
        for a in sorted(self.uf.parent, key=lambda x: self.uf.order[x]):
            out[self.uf.find(a)].append(a)
        return dict(out)


def story_id_for(root_article_id: str) -> str:
    """The stable id of the story whose earliest-added article is ``root_article_id``."""
    return "story-" + root_article_id[:16]


def cluster_articles(items: list[ArticleKeys], previous: Optional[dict[str, list[str]]] = None,
                     **kw: int) -> dict[str, list[str]]:
    """Group articles into stories; ``previous`` (story id -> article ids) is kept together.

    Returns story id -> article ids. Articles already in ``previous`` are only
    re-indexed; the new ones are matched against the index one at a time.
    """
    cl = StoryClusterer(**kw)
    by_id = {ak.article_id: ak for ak in items}
    seen: set[str] = set()
    if previous:
        groups = []
        for ids in previous.values():
            g = [by_id[i] for i in ids if i in by_id and i not in seen]
            seen.update(i for i in ids if i in by_id)
            if g:
                groups.append(sorted(g, key=lambda a: a.seq))
        cl.seed(groups)
    for ak in sorted(items, key=lambda a: a.seq):
        if ak.article_id not in seen:
            cl.add(ak)
    return {story_id_for(root): members for root, members in cl.components().items()}


def day_of(d: Optional[_dt.date]) -> Optional[int]:
    return d.toordinal() if d is not None else None
