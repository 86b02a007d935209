"""Domain tables the ingest layer reads from ``data/`` (junk patterns, wires, outlets).

Each table is a TSV file with a header row and a ``source`` column; lines
starting with ``#`` are comments. Tables are loaded once per process.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional
from urllib.parse import urlsplit

from sitrep.resources import data_path


def _rows(name: str) -> list[dict[str, str]]:
    with open(data_path(name), encoding="utf-8", newline="") as f:
        lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@dataclass(frozen=True)
class JunkPattern:
    scope: str  # "line" or "tail"
    reason: str
    regex: re.Pattern[str]


@lru_cache(maxsize=1)
def junk_patterns() -> tuple[JunkPattern, ...]:
    """The page-junk patterns of ``data/junk_patterns.tsv``, compiled case-insensitively."""
    out = []
    for r in _rows("junk_patterns.tsv"):
        out.append(JunkPattern(r["scope"], r["reason"], re.compile(r["regex"], re.IGNORECASE)))
    return tuple(out)


@lru_cache(maxsize=1)
def wire_aliases() -> dict[str, str]:
    """Alias as written (case-sensitive) -> canonical wire name, from ``data/wires.tsv``."""
    out: dict[str, str] = {}
    for r in _rows("wires.tsv"):
        for alias in r["aliases"].split("|"):
            if alias.strip():
                out[alias.strip()] = r["wire"]
    return out


def wire_name(s: str) -> Optional[str]:
    """The canonical wire for a credit such as "AFP" or "Associated Press" (None when not a wire)."""
    s = s.strip().strip(".()").strip()
    aliases = wire_aliases()
    if s in aliases:
        return aliases[s]
    low = {k.lower(): v for k, v in aliases.items() if len(k) > 3}
    return low.get(s.lower())


def _fold(s: str) -> str:
    return re.sub(r"[^0-9a-z]", "", s.lower())


@lru_cache(maxsize=1)
def _outlets() -> tuple[dict[str, str], dict[str, str]]:
    domains: dict[str, str] = {}
    names: dict[str, str] = {}
    for r in _rows("outlets.tsv"):
        if r["kind"] == "domain":
            domains[r["key"].lower()] = r["outlet"]
        else:
            names[_fold(r["key"])] = r["outlet"]
    return domains, names


def outlet_from_url(url: Optional[str]) -> Optional[str]:
    """The outlet whose domain the URL's host is (or is under), else None."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    domains, _ = _outlets()
    while host:
        if host in domains:
            return domains[host]
        host = host.partition(".")[2]
    return None


def outlet_name(name: Optional[str]) -> Optional[str]:
    """The canonical outlet for a name as written ("TRTWorld" -> "TRT World"); unknown names come back tidied."""
    if not name or not name.strip():
        return None
    _, names = _outlets()
    return names.get(_fold(name), " ".join(name.split()))
