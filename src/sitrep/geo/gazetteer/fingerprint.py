"""Whether a built gazetteer file is current: built by this :data:`SCHEMA_VERSION` from today's data files
(:func:`data_digest`, a fingerprint of the project's own files the build reads)."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from sitrep.geo.gazetteer.schema import SCHEMA_VERSION, SUPPLEMENT
from sitrep.geo.gazetteer.source_files import FORMER_UNITS, NATURAL_FEATURES
from sitrep.resources import data_path


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
