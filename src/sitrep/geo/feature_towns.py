"""A natural feature's name read as a far-off town of its name is no place at all (blank beats wrong).

"the Richmond River" in a story of Lismore, Coraki and Woodburn is no suburb of Melbourne, "the Columbia River" at
Revelstoke no town two thousand kilometres off, "the Cagayan River" at Tuguegarao no island town in the Sulu Sea.
``span_reader.feature_namesakes`` keeps a name before a feature's noun (data/geo_not_towns.tsv kind ``feature``:
River, Valley, Lake, ...) only as a town of some size in the article's countries, which the feature lies by; when
that town lies more than ``FEATURE_FAR_KM`` from every other town the text resolves, the feature is not by it, and
the mention keeps no point. Never a name the text puts in a state or country, nor one whose other mentions or
peers say nothing (the text must resolve at least one other town).
"""
from __future__ import annotations

import re

from sitrep.geo.gazetteer import precision_of
from sitrep.geo.recognize import not_towns
from sitrep.geo.resolve import Scored, haversine_km

FEATURE_FAR_KM = 500.0  # a feature's namesake town this far from every other town of the story is not where it is

_NEXT_WORD = re.compile(r"^\s+([A-Za-z]+)\b")


def before_a_feature(text: str, end: int) -> bool:
    """The word right after the name is a natural feature's noun ("Richmond River", "the Salinas Valley")."""
    m = _NEXT_WORD.match(text[end:end + 24])
    return bool(m) and m.group(1).lower() in not_towns().get("feature", ())


def feature_towns_far_off(scored: list[Scored], text: str, threshold: float) -> None:
    """See the module's doc: a town named by a feature's name, far from the story's other towns, gets no point."""
    picked = [(sc, sc.city or sc.entries[sc.best]) for sc in scored
              if not sc.cand.blank and sc.confidence >= threshold]
    towns = [(sc, e) for sc, e in picked if precision_of(e) == "town"]
    for sc, e in towns:
        if e.fclass != "P" or sc.contained or sc.city is not None or not before_a_feature(text, sc.cand.end):
            continue
        others = [o for o2, o in towns if o2 is not sc and o.gid != e.gid]
        if others and all(haversine_km(e.lat, e.lon, o.lat, o.lon) > FEATURE_FAR_KM for o in others):
            sc.confidence = 0.0
