"""Building the gazetteer file: every source in its order of precedence (see :mod:`sitrep.geo.gazetteer`), then the
indexes, the natural features and the meta table; written to a temporary file, then renamed."""
from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from pathlib import Path
from typing import Optional

from sitrep.geo.gazetteer.fingerprint import data_digest
from sitrep.geo.gazetteer.packaged import _load_cities500, _load_countries, _load_states
from sitrep.geo.gazetteer.schema import GAZ_FILE, INDEXES, SCHEMA, SCHEMA_VERSION, SUPPLEMENT, _Builder
from sitrep.geo.gazetteer.source_files import _load_dump, _load_features, _load_former_units, _load_supplement
from sitrep.geo.gazetteer.us_counties import _load_us_counties
from sitrep.resources import build_dir, data_path

log = logging.getLogger("sitrep.geo.gazetteer")  # the name the messages always had


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
