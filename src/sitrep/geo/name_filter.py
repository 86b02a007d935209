"""Which folded names (or vowel-less skeletons) the gazetteer certainly lacks, answered in memory before any SQL.

Most names the recognizer looks up are not the gazetteer's (capitalised runs, organisations, persons: four key
lookups in five on GeoWebNews), and each such miss cost an SQLite query. :class:`NameFilter` is a Bloom filter of
every value of one column of the gazetteer's ``name`` table, built once per open gazetteer on its first lookup: a
"no" is certain (the query could only have found nothing), a "maybe" (every present name, and about 0.3 % of absent
ones) goes to SQLite as before, so every lookup answers as without it. Memory: 1 MiB a column (2**23 bits); the
build streams the column's distinct values in chunks (about half a second of CPU for GeoNames' 576,000 keys).
"""
from __future__ import annotations

from itertools import islice
from typing import Iterable

import numpy as np

__all__ = ["NameFilter"]

_BITS = 1 << 23  # 8M bits, 1 MiB: ~14 bits per distinct name key
_MASK = _BITS - 1
_PROBES = 4
_CHUNK = 1 << 14
_LOW32 = (1 << 32) - 1
_U64 = (1 << 64) - 1


class NameFilter:
    """``value in f`` is False only for a value not among those the filter was built from (same process: the
    positions come from Python's ``hash`` of the string)."""

    def __init__(self, values: Iterable[str]):
        bits = np.zeros(_BITS >> 3, dtype=np.uint8)  # bit p is bit p & 7 of byte p >> 3
        it = iter(values)
        mask, low, u32, one, seven = np.uint64(_MASK), np.uint64(_LOW32), np.uint64(32), np.uint64(1), np.uint64(7)
        while True:
            chunk = list(islice(it, _CHUNK))
            if not chunk:
                break
            h = np.fromiter(map(hash, chunk), dtype=np.int64, count=len(chunk)).view(np.uint64)
            h1, h2 = h & low, (h >> u32) | one
            for i in range(_PROBES):
                p = (h1 + np.uint64(i) * h2) & mask  # (no overflow: h1, h2 < 2**32)
                np.bitwise_or.at(bits, p >> np.uint64(3), np.left_shift(1, p & seven).astype(np.uint8))
        self._bytes = bits.tobytes()

    def __contains__(self, value: str) -> bool:
        h = hash(value) & _U64
        h1, h2 = h & _LOW32, (h >> 32) | 1
        b = self._bytes
        for i in range(_PROBES):
            p = (h1 + i * h2) & _MASK
            if not b[p >> 3] >> (p & 7) & 1:
                return False
        return True
