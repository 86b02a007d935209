"""The words that say what kind of place a name is, read by the recogniser and the modules around it: the type word
after a name ("Idlib province", "Jenin camp", "the M5 highway"; admin words prefer administrative units), the plural
one after a list ("Idlib and Hama provinces"), the lower-case words of data/geo_not_towns.tsv (a street's, a
title's, a natural feature's noun...) and data/geo_blank_words.tsv (company, compass and area words), and the
compass phrases that are a part of a place, not its name ("the northern district")."""
from __future__ import annotations

import functools
import re

from sitrep.resources import data_rows

# words after a name that say what kind of place it is; "admin" words prefer administrative units
ADMIN_SUFFIX = {"province", "governorate", "region", "oblast", "district", "county", "state", "prefecture",
                "department", "canton", "municipality", "raion", "rayon", "countryside", "lga", "shire"}
# the plural kind words after the last name of a list ("Idlib and Hama provinces"); not "states" or "regions" ("the
# Baltic states", "the Arctic regions" name no state or region by their first word)
ADMIN_PLURAL = frozenset({"provinces", "governorates", "districts", "counties", "prefectures", "oblasts",
                          "departments", "cantons"})
CITY_SUFFIX = {"city", "town", "village"}
POINT_SUFFIX = {"highway", "motorway", "road", "crossing", "airbase", "airport", "camp", "camps", "base",
                "checkpoint", "border", "river", "valley", "mountains", "plain"}
SUFFIXES = frozenset(ADMIN_SUFFIX | CITY_SUFFIX | POINT_SUFFIX)
# words that make a demonym part of another region's adjective ("Latin American", "North Korean", "sub-Saharan African")
REGION_WORDS = frozenset({"central", "latin", "north", "south", "east", "west", "northern", "southern", "eastern",
                           "western", "sub-saharan", "saharan", "southeast", "northeast", "southwest", "northwest"})
COARSE = ("country", "province", "region")  # the precisions of places bigger than a town (gazetteer.precision_of)


@functools.lru_cache(maxsize=1)
def not_towns() -> dict[str, frozenset[str]]:
    """kind (street, title, facility, clutter, common) -> lower-case words, from data/geo_not_towns.tsv."""
    out: dict[str, set[str]] = {}
    for cols in data_rows("geo_not_towns.tsv", ("word", "kind", "source"), header="word"):
        out.setdefault(cols[1], set()).add(cols[0].lower())
    return {k: frozenset(v) for k, v in out.items()}


_WORD_AFTER = re.compile(r"^\s+([A-Za-z]+)\b")


def water_range_after(text: str, end: int) -> bool:
    """The word right after ``end`` ends a river's, lake's, sea's or range's name ("the Aral Sea", "the Zeya
    River"; data/geo_not_towns.tsv kind ``water_range``): the name before it is that feature's, not a town's."""
    m = _WORD_AFTER.match(text[end:end + 24])
    return bool(m) and m.group(1).lower() in not_towns().get("water_range", ())


@functools.lru_cache(maxsize=1)
def blank_words() -> dict[str, frozenset[str]]:
    """kind (company, compass, area) -> lower-case words, from data/geo_blank_words.tsv."""
    rows = [(c[1], c[0].lower()) for c in data_rows("geo_blank_words.tsv", ("word", "kind", "source"), header="word")]
    return {k: frozenset(w for kk, w in rows if kk == k) for k in {k for k, _w in rows}}


def compass_part(phrase: str) -> bool:
    """Compass words and a lower-case kind word after them ("central city", "the northern district"): a part of a
    place written as a phrase, not the proper name a gazetteer lists with capitals ("Central City", Colorado)."""
    words = phrase.split()
    return len(words) >= 2 and words[-1].islower() and words[-1] in CITY_SUFFIX | ADMIN_SUFFIX and all(
        w.lower() in blank_words().get("compass", ()) for w in words[:-1])


def is_cap_head(word: str) -> bool:
    """A capitalised compass word after a name, which makes the two one region's name ("the Pacific Northwest")."""
    return word[:1].isupper() and word.lower() in blank_words().get("compass", ())
