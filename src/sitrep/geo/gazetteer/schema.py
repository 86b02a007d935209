"""The gazetteer file's SQLite schema (tables, indexes, :data:`SCHEMA_VERSION`), where the file lives, and
:class:`_Builder`, which writes each place and the keys of its names into the tables."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Iterable, Optional

from sitrep.geo.gazetteer.entries import spelling
from sitrep.resources import build_dir
from sitrep.textnorm import fold_name, skeleton, strip_accents


SCHEMA_VERSION = "17"  # 17: US counties the build could not place and Alaska's boroughs at their seats (data/geo_us_county_points.tsv); 16: US counties lined up by id range (places45: Bibb County, Georgia in Georgia; Schoharie NY, San Diego County at their own points); 15: a countrystatecity province takes the admin1 code of its own towns (Jonglei 03, not the nearer Upper Nile's 07), the nearest town's only where towns of other codes lie twice as far, else blank; 14: border crossings, a pass, military bases and labs in the supplement (Torkham, Wagah, Kerem Shalom, Allenby Bridge, Khyber Pass, Fort Detrick, Bagram...), Kenya's former Rift Valley Province; 13: natural features (data/geo_natural_features.tsv); 12: a countrystatecity unit names a GeoNames admin1 code only when it is the only one in it or its only first-level unit; 11: former first-level units (data/geo_former_units.tsv); 10: a country's point hedged between GeoNames' and countrystatecity's (set_point "hedge"); 9: islands, a desert, a peninsula and English names of provinces in the supplement; 7: sea and region points in the supplement; 8: index name(place), so one country's names load in milliseconds
GAZ_FILE = "gazetteer.sqlite"
SUPPLEMENT = "gazetteer_supplement.tsv"


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


def default_path() -> Path:
    return build_dir() / GAZ_FILE
