"""One gazetteer entry (:class:`Entry`), how specific it is (:func:`precision_of`) and the spelling codes of its
names (:func:`strict_name`, :func:`spelling`): what a lookup returns, shared by the build and the queries."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Optional

from sitrep.textnorm import strip_accents


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
