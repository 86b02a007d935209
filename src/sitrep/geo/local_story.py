"""Local stories: a place that the rest of the article puts at home, not at a namesake abroad or far off.

Run by :func:`sitrep.geo.resolve.resolve` after the ranker and the whole-text rules, in this order:
``lone_towns_abroad`` (a small town abroad, nothing in the text pointing there, under a dateline of another
country), ``far_towns_at_home`` (a small town far from the dateline's town in a story whose other towns are all
near it), ``namesakes_next_door`` (a country or big city abroad that is also a town next door to the dateline's) and
``aliases_abroad`` (a name matched only by another name of places abroad). Each takes the name's home entry when it
has one, else leaves the mention with no point (blank beats wrong). A text with no dateline (a local paper's web
page) has the town its other towns lie around as its home (``home_town_scored``) for the first three.
"""
from __future__ import annotations

import re
from typing import Any, Optional

from sitrep.geo.distance import within_km
from sitrep.geo.gazetteer import Entry, Gazetteer, precision_of
from sitrep.geo.peers import BIG_CITY
from sitrep.geo.rank import FEATURES
from sitrep.geo.recognize import Candidate, is_dateline
from sitrep.geo.story_rules import NAMED_COLS
from sitrep.geo.resolve import (Scored, cue_countries, dateline_country, demonym_countries,
                                haversine_km)
from sitrep.textnorm import fold_name

LONE_TOWN_MAX = 100_000  # inhabitants: a town smaller than this abroad needs something else in the text to be meant


def lone_towns_abroad(scored: list[Scored], text: str, ctx: Any, gaz: Gazetteer, threshold: float) -> None:
    """A small town resolved in a country nothing else in the text points to, in a local story of another country:
    "Malad" (a Mumbai suburb the gazetteer lacks) read as Malad City, Idaho, under the dateline "MUMBAI:"; "Orangi
    Town" of Karachi read as a Caribbean town; a street "Ashwood Grove" in a Dublin report read as Ashwood,
    Australia. The home country is the dateline's, else the one country of every other place resolved (two or
    more). The name takes its home-country town when the gazetteer has one, else no point (blank beats wrong).
    Never a town the text puts in a state or country ("X, Texas"), nor one whose country the clause names, the
    story is about (``ctx.country_focus``) or the text's own phrases point to."""
    picked = [(sc, sc.city if _council_city(sc) else sc.entries[sc.best]) for sc in scored
              if not sc.cand.blank and (sc.city is None or _council_city(sc)) and sc.confidence >= threshold]
    if len(picked) < 2:
        return
    # the home country: the dateline's town as the text resolves it ("PERTH —" over Scone, Crieff and Dundee is
    # Perth, Scotland), else the dateline's biggest namesake's
    dl = dateline_scored(scored, text)
    # with no dateline, the town the text's other towns lie around ("Lomas de Zamora" beside Quilmes and La Plata)
    hub = dl or home_town_scored(scored, text, ctx, threshold)
    home = hub.entries[hub.best].country if hub is not None else dateline_country(ctx, gaz)
    if not home and len({e.gid for _, e in picked}) < 3:
        return
    # a report phrase of one country ("the 600 block of") does not outweigh a dateline the text places in another:
    # Canadian police give hundred-block addresses too ("LONDON, Ont. — ... the 600 block of Richmond Street")
    keep = set(getattr(ctx, "country_focus", None) or []) | (set() if dl is not None else cue_countries(text))
    spans = sorted((s.cand.start, s.cand.end) for s in scored)
    lone = {id(sc) for sc, e in picked if _lone_abroad(sc, e, home, gaz)}
    # nor is a place abroad whose name is also a town of the home country, when nothing ties it abroad: "York" of
    # "York Regional Police" under "TORONTO" (read as York, England) vouches for no English "Malton"
    doubt = {id(sc) for sc, e in picked if home and e.country != home and e.country not in keep
             and not sc.contained and not tied_to_its_country(sc, e)
             and any(x.country == home and x.fclass == "P" for x in sc.cand.entries)}
    for sc, e in picked:
        if id(sc) not in lone and (precision_of(e) != "town" or e.population >= LONE_TOWN_MAX) or sc.contained \
                or e.country in keep or tied_to_its_country(sc, e) or _on_a_list(sc.cand, spans, text):
            continue
        if e.country in demonym_countries(text):  # read only when a town is in question (a scan of the whole text)
            continue  # "a meeting with his Guatemalan colleagues in Esquipulas"
        # under a dateline, another ambiguous small place abroad resolved to the same country is no evidence for it
        # ("Scottsville" and "Northdale", two Pietermaritzburg suburbs, both read as US towns)
        rest = {o.country for o2, o in picked if o.gid != e.gid and id(o2) not in lone and id(o2) not in doubt}
        if e.country in rest or not rest:
            continue
        target = (filed_from_hub(dl, picked, e, rest) or home) if home else (next(iter(rest)) if len(rest) == 1 else "")
        if not target or target == e.country:
            continue
        take_local(sc, lambda x: x.country == target and x.fclass == "P")


def filed_from_hub(dl: Optional[Scored], picked: list[tuple[Scored, Entry]], e: Entry, rest: set[str]) -> str:
    """The one country of a report filed from a town abroad ("GENEVA (UN News) - ... floods in South Sudan ...
    displacement sites around Bor"): the dateline's country is named nowhere else in the text and every other place
    lies in one other country, where a lone town of the text is (Bor, South Sudan; not Switzerland, where no Bor
    is, and so no point). "" for the dateline's town itself or named again ("KHERSON (Ukrinform) - ... in Kherson
    region"), and where the text names the dateline's country again or several others; a people's name ("Russian
    strikes") names no country here."""
    if dl is None or e.gid == dl.entries[dl.best].gid:
        return ""
    home = dl.entries[dl.best].country
    told = {o.country for o2, o in picked if o2 is not dl and o.gid != e.gid and o2.cand.cue != "demonym"}
    there = told & rest
    return next(iter(there)) if home not in told and len(there) == 1 and len(told) == 1 else ""


def take_local(sc: Scored, fits: Any) -> None:
    """The name's biggest entry that ``fits`` (among those ranked, else among all its entries, then as the answer
    in place), else no point: the confidence drops below any threshold and the mention stays (blank beats wrong)."""
    sc.city = None
    local = [k for k, x in enumerate(sc.entries) if fits(x)]
    if local:
        sc.best = max(local, key=lambda k: sc.entries[k].population)
        return
    other = [x for x in sc.cand.entries if fits(x)]
    if other:
        sc.city = max(other, key=lambda x: x.population)
    else:
        sc.confidence = 0.0


def _council_city(sc: Scored) -> bool:
    """The answer is the town ``city_over_council`` put for a council area ("Lambeth" the borough -> its town)."""
    u = sc.entries[sc.best]
    return sc.city is not None and u.fcode == "ADM1" and u.country == sc.city.country \
        and fold_name(sc.city.name) == fold_name(u.name)


def _council_unit(e: Entry, gaz: Gazetteer) -> bool:
    """A second-level unit filed as a first-level one (countrystatecity's London boroughs, metropolitan boroughs
    and council areas: "Enfield" under England): not the unit of its own admin1 code."""
    return e.fcode == "ADM1" and e.gid.startswith("csc:") \
        and fold_name(gaz.admin1_name(e.country, e.admin1) or "") != fold_name(e.name)


def dateline_scored(scored: list[Scored], text: str) -> Optional[Scored]:
    """The dateline's town as resolved in the text, if the text opens with one."""
    return next((sc for sc in scored if sc.cand.start < 40 and not sc.cand.blank and sc.city is None
                 and is_dateline(text, sc.cand.start, sc.cand.end)), None)


def home_town_scored(scored: list[Scored], text: str, ctx: Any, threshold: float) -> Optional[Scored]:
    """The story's home town: the dateline's town, else, in a text with no dateline at all (a local paper's web
    page), the town resolved with the most other towns of the text within ``LOCAL_KM`` of it, two or more, all of
    its country (none across a border near it: San Diego and Tijuana make no home) ("a trauma
    centre in Hamilton", "a driver from St. Thomas", "Strathroy", "Woodstock": London, Ontario's story, whose bare
    "London" is no English city).

    Asked by three rules of one article in turn; the answer is kept for the next ask while nothing it reads has
    changed (see ``_home_key``)."""
    global _last_home
    key = _home_key(scored, text, ctx, threshold)
    last = _last_home
    if last is not None and last[0] is scored and last[1] == key and len(last[2]) == len(scored) \
            and all(a is b for a, b in zip(last[2], scored)):
        return last[3]
    got = _home_town(scored, text, ctx, threshold)
    _last_home = (scored, key, tuple(scored), got)
    return got


# the last answer of ``home_town_scored``: (the scored list, its key, its items, the answer). It holds the list and
# its items, so that no other article's objects can take their ids while it is kept.
_last_home: Optional[tuple] = None


def _home_key(scored: list[Scored], text: str, ctx: Any, threshold: float) -> tuple:
    """What ``_home_town`` reads that the story rules may change between asks: each candidate's blank mark, its
    city, its confidence against ``threshold`` and its chosen entry (the rules reassign no entry lists, no
    candidate's text or offsets, and no entry's fields), with the text, the dateline and the threshold."""
    return (text, getattr(ctx, "dateline", None), threshold,
            tuple((sc.cand.blank, sc.city is None, sc.confidence >= threshold, sc.best) for sc in scored))


def _home_town(scored: list[Scored], text: str, ctx: Any, threshold: float) -> Optional[Scored]:
    """``home_town_scored`` worked out."""
    dl = dateline_scored(scored, text)
    if dl is not None or getattr(ctx, "dateline", None):
        return dl
    towns = [(sc, sc.entries[sc.best]) for sc in scored if not sc.cand.blank and sc.city is None
             and sc.confidence >= threshold and precision_of(sc.entries[sc.best]) == "town"]
    best, most = None, 1
    for sc, e in towns:
        near = [o for o2, o in towns if o.gid != e.gid and fold_name(o2.cand.text) != fold_name(sc.cand.text)
                and within_km(e.lat, e.lon, o.lat, o.lon, LOCAL_KM)]
        if any(o.country != e.country for o in near):
            continue  # a border story (San Diego and Tijuana): no one country is its home
        if len({o.gid for o in near}) > most:
            best, most = sc, len({o.gid for o in near})
    return best if best is not None else _home_by_namesakes(scored, towns)


NAMESAKE_HOME_MIN = 3  # other names of the text with a town of the name near a town, to make it the home


def _home_by_namesakes(scored: list[Scored], towns: list[tuple[Scored, Entry]]) -> Optional[Scored]:
    """Where no two resolved towns lie together: the resolved town with the most other names of the text (three or
    more) that have a town of their name in its country within ``LOCAL_KM`` of it ("Strathroy" with "St. Thomas",
    "London" and "Lambeth", two of them read in England: London, Ontario's story)."""
    best, most = None, NAMESAKE_HOME_MIN - 1
    if not towns:
        return best
    # each other name's folded key and its towns by country, read once (not once per town tried)
    others = []
    for o in scored:
        if not o.cand.blank:
            by_country: dict[str, list[Entry]] = {}
            for x in o.cand.entries:
                if x.fclass == "P":
                    by_country.setdefault(x.country, []).append(x)
            others.append((o, fold_name(o.cand.text), by_country))
    for sc, e in towns:
        own = fold_name(sc.cand.text)
        names = {key for o, key, by_country in others if o is not sc and key != own
                 and any(within_km(e.lat, e.lon, x.lat, x.lon, LOCAL_KM) for x in by_country.get(e.country, ()))}
        if len(names) > most:
            best, most = sc, len(names)
    return best


LOCAL_KM = 150.0  # a local story's places lie within this distance of its dateline's town
LOCAL_FAR_KM = 500.0  # a small town this far from the dateline's town, alone there, is not the local one meant
NEXT_DOOR_KM = 60.0  # a town of the name this near the dateline's town, in a local story, is the one meant


def _local_story(scored: list[Scored], text: str, ctx: Any, threshold: float) -> Optional[tuple[Entry, list]]:
    """The dateline's town and the places resolved besides it, where the text opens with a dateline of its own (no
    bureau's "(Reuters)") and names at least two towns or counties of the dateline's country within ``LOCAL_KM`` of
    it, two in three of the country's towns and counties it names (a county is as local as a town: "COLUMBIA, Mo."
    over Audrain and Boone counties), or names one place besides the dateline's town and nothing else ("HALIFAX -
    ... near Bedford": the one name has no neighbour to vouch for its country)."""
    dl = home_town_scored(scored, text, ctx, threshold)
    if dl is None or "(" in (getattr(ctx, "dateline", None) or ""):
        return None
    home = dl.entries[dl.best]
    picked = [(sc, sc.city or sc.entries[sc.best]) for sc in scored
              if sc is not dl and not sc.cand.blank and sc.confidence >= threshold]
    towns = [e for _, e in picked if precision_of(e) in ("town", "district") and e.country == home.country]
    near = sum(haversine_km(e.lat, e.lon, home.lat, home.lon) <= LOCAL_KM for e in towns)
    if (near < 2 or 3 * near < 2 * len(towns)) and len(picked) != 1:
        return None
    return home, picked


def namesakes_next_door(scored: list[Scored], text: str, ctx: Any, threshold: float) -> None:
    """In a local story, a name read as a place abroad (a country, a big city) that is also a town next door to the
    dateline's town is that town: "fled towards Mexico" under "SAN FERNANDO, Pampanga" is Mexico, Pampanga;
    "trains to Berlin" under "EAST LONDON" the Eastern Cape's Berlin. Never where the text points to the country
    abroad (its name, people, news phrases or another of its places)."""
    got = _local_story(scored, text, ctx, threshold)
    if got is None:
        return
    home, picked = got
    keep = set(getattr(ctx, "country_focus", None) or []) | cue_countries(text)

    def fits(x: Entry) -> bool:
        return x.fclass == "P" and x.country == home.country \
            and haversine_km(x.lat, x.lon, home.lat, home.lon) <= NEXT_DOOR_KM

    # the names abroad that have a namesake next door: none of them vouches for its country ("Bedford" and
    # "Enfield" under "HALIFAX" both read as English places)
    def local(x: Entry) -> bool:
        return x.fclass == "P" and x.country == home.country \
            and haversine_km(x.lat, x.lon, home.lat, home.lon) <= LOCAL_KM

    # nor does a name abroad that is also a town of the story's area ("Truro" in a Halifax story), nor a place abroad
    # beside a suspect's reading, which only echoes it ("Lambeth" beside "London" in London, Ontario's story)
    # (a council read as its town, "Bedford" the English borough's town, is as doubtful as a town)
    doubted = [(sc, e) for sc, e in picked if (sc.city is None or _council_city(sc)) and e.country != home.country
               and not sc.contained
               and e.country not in keep and any(local(x) for x in sc.cand.entries)]
    suspects = [(sc, e) for sc, e in doubted if any(fits(x) for x in sc.cand.entries)]
    anchors = {e.country for sc, e in picked if all(sc is not s for s, _ in doubted)
               and not any(haversine_km(e.lat, e.lon, x.lat, x.lon) <= LOCAL_KM for _, x in suspects)}
    for sc, e in suspects:
        if e.country not in anchors and e.country not in demonym_countries(text):
            take_local(sc, fits)


def far_towns_at_home(scored: list[Scored], text: str, ctx: Any, threshold: float) -> None:
    """A small town resolved far from the dateline's town in its own country, in a local story (every other town of
    the text within ``LOCAL_KM`` of the dateline's): "Frankton" (a Hamilton suburb the gazetteer lacks) read as
    Frankton by Queenstown, 969 km off, under "HAMILTON —"; "Silver Creek" under "ROME, Ga." as a New York village.
    The name takes its entry near the dateline when it has one, else no point (blank beats wrong). Never under a
    bureau's dateline ("(Reuters)"), nor a town the text puts in a state or county or lists with others; with the
    dateline its only other place, only a name the home country has several towns of."""
    dl = home_town_scored(scored, text, ctx, threshold)
    if dl is None or "(" in (getattr(ctx, "dateline", None) or ""):
        return
    home = dl.entries[dl.best]
    picked = [(sc, sc.entries[sc.best]) for sc in scored
              if sc is not dl and not sc.cand.blank and sc.city is None and sc.confidence >= threshold]
    towns = [(sc, e) for sc, e in picked if precision_of(e) == "town"]
    spans = sorted((s.cand.start, s.cand.end) for s in scored)
    for sc, e in towns:
        if e.population >= LONE_TOWN_MAX or e.country != home.country or sc.contained \
                or haversine_km(e.lat, e.lon, home.lat, home.lon) <= LOCAL_FAR_KM \
                or (sc.X[sc.best, NAMED_COLS] > 0).any() or _on_a_list(sc.cand, spans, text):
            continue
        others = [o for o2, o in towns if o.gid != e.gid]
        if any(haversine_km(o.lat, o.lon, home.lat, home.lon) > LOCAL_KM for o in others):
            continue  # not a local story: it names towns elsewhere too
        if not others and sum(x.country == home.country and x.fclass == "P" for x in sc.entries) < 2:
            continue  # the dateline and one town alone: only a name the home country has several of is a guess
        take_local(sc, lambda x: x.fclass == "P" and haversine_km(x.lat, x.lon, home.lat, home.lon) <= LOCAL_KM)


def _lone_abroad(sc: Scored, e: Entry, home: str, gaz: Gazetteer) -> bool:
    """A small place resolved abroad of a dateline's country (a town of under ``LONE_TOWN_MAX`` people, or a county,
    district or council area: "Middlesex County" under "LONDON, Ont." is no US county, "Enfield" under "HALIFAX"
    no London borough), with nothing in the text tying it there."""
    return bool(home) and e.country != home and not sc.contained \
        and (precision_of(e) == "town" and e.population < LONE_TOWN_MAX or precision_of(e) == "district"
             or _council_unit(e, gaz)) \
        and not tied_to_its_country(sc, e)


_COUNTY_STATE = FEATURES.index("county_state")


def tied_to_its_country(sc: Scored, e: Entry) -> bool:
    """The text ties the chosen entry to its country or unit (``NAMED_COLS``); a county's own "X County" naming
    its state is no tie of its own ("Middlesex County" under "LONDON, Ont." is no Massachusetts county)."""
    cols = [c for c in NAMED_COLS if not (c == _COUNTY_STATE and precision_of(e) == "district")]
    return bool((sc.X[sc.best, cols] > 0).any())


def aliases_abroad(scored: list[Scored], text: str, ctx: Any, gaz: Gazetteer, threshold: float) -> None:
    """A name that matches only by another name of its places ("Salt Lake" for Salt Lake City), each abroad of the
    dateline's country, where nothing else in the text points to the country it was resolved in: under "Calcutta:"
    "a sit-in in Salt Lake" is the Kolkata neighbourhood, not Utah. The name takes its dateline-country entry
    when it has one, else no point (blank beats wrong). Never when the text names that country, its demonym, a
    phrase of its news, or another place resolved there, nor a city of ``BIG_CITY`` people."""
    home = dateline_country(ctx, gaz)
    if not home:
        return
    picked = [(sc, sc.entries[sc.best]) for sc in scored
              if not sc.cand.blank and sc.city is None and sc.confidence >= threshold]
    keep = set(getattr(ctx, "country_focus", None) or []) | cue_countries(text) | {home}
    for sc, e in picked:
        if e.country in keep or precision_of(e) in ("country", "region", "province") or e.population >= BIG_CITY \
                or any(x.primary for x in sc.cand.entries) or sc.contained:  # a big city's exonym ("Kiev") is meant
            continue
        if any(o.country == e.country for o2, o in picked if o2 is not sc):
            continue
        if e.country in demonym_countries(text):
            continue
        local = [k for k, x in enumerate(sc.entries) if x.country == home and x.fclass == "P"]
        if local:
            sc.best = max(local, key=lambda k: sc.entries[k].population)
        else:
            sc.confidence = 0.0


_LIST_GAP = re.compile(r"^\s*(?:,|and|or|&)\s*(?:and\s+|or\s+)?$")


def _on_a_list(cand: Candidate, spans: list[tuple[int, int]], text: str) -> bool:
    """The name is one of a list of places ("flew to Saipan, Guam, Alaska and Hawaii"): its peers say where it is."""
    for s, e in spans:
        if e <= cand.start and _LIST_GAP.match(text[e:cand.start]) or \
                s >= cand.end and _LIST_GAP.match(text[cand.end:s]):
            return True
    return False
