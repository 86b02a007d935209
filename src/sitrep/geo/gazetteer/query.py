"""Looking names up in a built gazetteer file (read-only): :class:`Gazetteer`'s exact key, skeleton and fuzzy
lookups, entries by id, GeoNames id, admin1 code and country, each remembered per key."""
from __future__ import annotations

import bisect
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Optional

import numpy as np

from sitrep.geo.gazetteer.entries import Entry, spelling, strict_name
from sitrep.geo.gazetteer.schema import default_path
from sitrep.geo.name_filter import NameFilter
from sitrep.textnorm import fold_name, skeleton


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
