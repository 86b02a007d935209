"""Loading the gazetteer from files rather than packages: a GeoNames dump (``--geonames``), the reviewed supplement
(``data/gazetteer_supplement.tsv``: its places, and its alias lines last, which may move or hedge a point), former
first-level units (``data/geo_former_units.tsv``) and natural features (``data/geo_natural_features.tsv``)."""
from __future__ import annotations

import io
import sqlite3
import zipfile
from pathlib import Path
from typing import Iterable, Iterator, Optional

from sitrep.geo.gazetteer.entries import spelling, strict_name
from sitrep.geo.gazetteer.schema import _Builder
from sitrep.textnorm import fold_name, skeleton


# GeoNames feature codes kept from a full dump outside classes A and P (plus anything with people).
_DUMP_EXTRA_CODES = {
    "RGN", "RGNH", "AREA", "ISL", "ISLS", "PEN", "MT", "MTS", "VAL", "PLN", "DSRT", "LK", "BAY", "GULF", "SEA",
    "STRT", "OCN", "STM", "AIRP", "AIRB", "MILB", "CMPRF", "CMP", "BDG", "PSTB", "RD", "RDJCT", "HWY", "DAM",
    "PRT", "ZN", "ZNB", "CST", "PRK", "RESV",
}


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
