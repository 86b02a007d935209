"""A wire round-up's items each have their own dateline: a small town of an item lies by that item's dateline, not
by the round-up's first one.

A round-up ("NEWS ROUND-UP", then "ROME — ...", "WARSAW, Poland — ...", "LA PAZ, Bolivia — ...") is read as one
article, so the whole-text hints (the first dateline's country, the story's countries) lean every item toward the
first one's country: "El Alto" under "LA PAZ, Bolivia —", a city the gazetteer lacks, was read as Alto, a Ligurian
village, 10,000 km off. In a text with two or more datelines, each governs the text up to the next: a town of under
``LONE_TOWN_MAX`` people resolved in another country than its item's dateline, more than ``ITEM_KM`` from the
dateline's town, in a country no other place of that item lies in, keeps no point (blank beats wrong). A town
abroad that its item points to ("MEXICO CITY — ... the Texas town of Laredo" with Texas named) keeps its point.
"""
from __future__ import annotations

from sitrep.geo.gazetteer import precision_of
from sitrep.geo.recognize import is_dateline
from sitrep.geo.resolve import Scored, haversine_km

ITEM_KM = 500.0  # a round-up item's small towns lie within this distance of its dateline's town


def towns_off_their_item(scored: list[Scored], text: str, threshold: float) -> None:
    """See the module's doc."""
    from sitrep.geo.local_story import LONE_TOWN_MAX

    picked = [(sc, sc.city or sc.entries[sc.best]) for sc in scored
              if not sc.cand.blank and sc.confidence >= threshold]
    datelines = sorted(((sc.cand.start, e) for sc, e in picked if precision_of(e) in ("town", "province")
                        and is_dateline(text, sc.cand.start, sc.cand.end)), key=lambda x: x[0])
    if len(datelines) < 2:
        return  # one dateline: the article's own, which the whole-text hints already read

    def item(start: int) -> int:
        """The index of the dateline governing the text at ``start`` (-1 before the first)."""
        return max((i for i, (s, _) in enumerate(datelines) if s <= start), default=-1)

    for sc, e in picked:
        k = item(sc.cand.start)
        if k < 0 or sc.cand.start == datelines[k][0] or sc.city is not None or precision_of(e) != "town" \
                or e.population >= LONE_TOWN_MAX:
            continue
        dl = datelines[k][1]
        if not e.country or e.country == dl.country or haversine_km(e.lat, e.lon, dl.lat, dl.lon) <= ITEM_KM:
            continue
        if any(o.country == e.country for sc2, o in picked if sc2 is not sc and item(sc2.cand.start) == k):
            continue  # the item names something else in the town's country: it is meant there
        sc.confidence = 0.0
