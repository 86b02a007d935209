"""A natural feature's name read as a far-off town of its name is no place at all (blank beats wrong).

"the Richmond River" in a story of Lismore, Coraki and Woodburn is no suburb of Melbourne, "the Columbia River" at
Revelstoke no town two thousand kilometres off, "the Cagayan River" at Tuguegarao no island town in the Sulu Sea.
``span_reader.feature_namesakes`` keeps a name before a feature's noun (data/geo_not_towns.tsv kind ``feature``:
River, Valley, Lake, ...) only as a town of some size in the article's countries, which the feature lies by; when
that town lies more than ``FEATURE_FAR_KM`` from every other town the text resolves, the feature is not by it, and
the mention keeps no point. Never a name the text puts in a state or country, nor one whose other mentions or
peers say nothing (the text must resolve at least one other town). ``bare_rivers_no_town`` does the same for a
river named with no noun at all ("both banks of the Zambezi are", "the Godavari near Paithan").
"""
from __future__ import annotations

import re

from sitrep.geo.gazetteer import precision_of
from sitrep.geo.kind_words import water_range_after
from sitrep.geo.recognize import is_dateline, not_towns
from sitrep.geo.resolve import Scored, haversine_km
from sitrep.textnorm import fold_name

FEATURE_FAR_KM = 500.0  # a feature's namesake town this far from every other town of the story is not where it is

_NEXT_WORD = re.compile(r"^\s+([A-Za-z]+)\b")


def before_a_feature(text: str, end: int) -> bool:
    """The word right after the name is a natural feature's noun ("Richmond River", "the Salinas Valley")."""
    m = _NEXT_WORD.match(text[end:end + 24])
    return bool(m) and m.group(1).lower() in not_towns().get("feature", ())


WATER_NEAR_KM = 100.0  # a town of a river's or lake's name this near another town of the story may stand on it


def _water_word_inside(said: str, name: str) -> bool:
    """The mention is the town's own name and a river's, lake's, sea's or range's noun: "Aral Sea", an alternate
    name of the town of Aral (not "Salt Lake", a short name of Salt Lake City)."""
    head, _, last = said.rpartition(" ")
    return bool(head) and last.lower() in not_towns().get("water_range", ()) and fold_name(head) == fold_name(name)


def water_names_no_town(scored: list[Scored], text: str, threshold: float) -> None:
    """A name right before a river's, lake's, sea's or range's noun (data/geo_not_towns.tsv kind ``water_range``),
    or a town's own name and that noun matched as the town's other name, read as a town lying more than
    ``WATER_NEAR_KM`` from every other town the text resolves (its dateline aside) gets no point: "the Aral Sea" is
    no town of Aral, "the Zeya River" at Blagoveshchensk no town of Zeya 380 km upstream; "the Inhulets River" by
    Snihurivka keeps the town of Inhulets 70 km off. The mention stays (blank beats wrong). A unit or country of
    the name is left as it is: the river mostly runs through it ("the Ogun River" in Ogun state, "the Waikato
    River"), as is a feature entry."""
    picked = [(sc, sc.city or sc.entries[sc.best]) for sc in scored
              if not sc.cand.blank and sc.confidence >= threshold]
    towns = [(sc, e) for sc, e in picked if precision_of(e) == "town" and e.fclass == "P"
             and not (sc.cand.start < 40 and is_dateline(text, sc.cand.start, sc.cand.end))]
    for sc, e in picked:
        if e.fclass != "P" or not (water_range_after(text, sc.cand.end) or _water_word_inside(sc.cand.text, e.name)):
            continue
        if any(o.gid != e.gid and haversine_km(e.lat, e.lon, o.lat, o.lon) <= WATER_NEAR_KM
               for o2, o in towns if o2 is not sc):
            continue
        sc.confidence = 0.0


# a bare name after "the" and before one of these (or a stop) stands alone as a noun phrase, as a river's does ("both
# banks of the Zambezi are", "the Godavari near Paithan", "where the Benue meets the Niger"); a town's name after
# "the" qualifies a noun instead ("the Bendigo Magistrates Court", "the Rome killing", "the Dadaab refugee camps"),
# also in a pair ("the Etoumbi and Mbomo districts", "the Surfside/Garden City area"), so no "and", "or" nor "/"
_THE_BEFORE = re.compile(r"\bthe\s+$")
_ALONE_AFTER = re.compile(
    r"^(?:\s*[,.;:!?)]|\s+(?:at|near|in|on|into|from|for|to|is|are|was|were|has|have|had|which|where|"
    r"that|upstream|downstream|rose|rises|flows|flowed|meets|met|burst|broke|swelled|overflowed)\b)")


def bare_rivers_no_town(scored: list[Scored], text: str, threshold: float) -> None:
    """A name after a lower-case "the" that stands alone (``_ALONE_AFTER``: a stop, a preposition, a conjunction,
    an auxiliary or a river's verb follows) read as a town lying more than ``WATER_NEAR_KM`` from every other town
    the text resolves (its dateline aside) gets no point: a town's name takes no article, a river's does ("both
    banks of the Zambezi are" is no town of Zambezi 570 km up the river, "the Godavari near Paithan" no Kakinada,
    "from the Highlands for the match" no Highlands, Texas). The mention stays (blank beats wrong). Not a town whose
    own name holds the article ("the Bronx", The Bronx; "the Hague"), nor one near another town of the story, which
    it may stand by ("the Shannon at Athlone" keeps Shannon, 100 km off), nor a unit, country or feature entry."""
    picked = [(sc, sc.city or sc.entries[sc.best]) for sc in scored
              if not sc.cand.blank and sc.confidence >= threshold]
    towns = [(sc, e) for sc, e in picked if precision_of(e) == "town" and e.fclass == "P"
             and not (sc.cand.start < 40 and is_dateline(text, sc.cand.start, sc.cand.end))]
    for sc, e in towns:
        if sc.contained or fold_name(e.name).startswith("the ") \
                or not _THE_BEFORE.search(text[max(0, sc.cand.start - 6):sc.cand.start]) \
                or not _ALONE_AFTER.match(text[sc.cand.end:sc.cand.end + 16]):
            continue
        if any(o.gid != e.gid and haversine_km(e.lat, e.lon, o.lat, o.lon) <= WATER_NEAR_KM
               for o2, o in towns if o2 is not sc):
            continue
        sc.confidence = 0.0
        sc.city = None


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
