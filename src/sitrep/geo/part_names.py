"""A part of the story's town named by a kind word is no far namesake abroad.

"their shack in the Havana informal settlement" under "WINDHOEK -" is a part of Windhoek, not Cuba's capital;
"robberies in the districts of La Matanza and Avellaneda" under "BUENOS AIRES —" are the capital's districts, not a
Peruvian village. Run by :func:`sitrep.geo.resolve.resolve` after ``local_story.lone_towns_abroad`` (which leaves
alone the big cities and the names on a list). One decision: whether a name that a word for a part of a town
(``data/geo_city_parts.tsv``, kind "part") follows ("the X township", "the X informal settlement"; not "the X
suburb of Y" nor "the X suburbs", where X is the city) or precedes ("the suburb of X", "the districts of X and Y")
is a place abroad of the story's country. The story's country is the dateline's town's as the text resolves it,
else the dateline's; the name is resolved in another country that nothing else in the text points to (no other
place resolved there, no demonym, no tie of the ranker's ``_NAMED_COLS``, not the story's focus). It then takes its
entry in the story's country (near the dateline's town when the text opens with one) when the gazetteer has one,
else no point (blank beats wrong): the text does not say which town it is a part of. Where it does ("the X informal
settlement of C"), :func:`sitrep.geo.parts.add_city_parts`, run after, puts the part at C.
"""
from __future__ import annotations

import functools
import re
from typing import Any

from sitrep.geo.gazetteer import Gazetteer, precision_of
from sitrep.geo.parts import city_part_words
from sitrep.geo.resolve import Scored, dateline_country, demonym_countries, haversine_km

# the kind words a part of a town is named with on either side; not "area" ("the Paris area" is Paris)
_NOT_AFTER = frozenset({"area"})


@functools.lru_cache(maxsize=None)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    words = sorted(city_part_words() - _NOT_AFTER, key=len, reverse=True)
    one = r"(?:" + "|".join(re.escape(w) for w in words) + r")"
    kind = r"(?:" + "|".join(re.escape(w) + r"(?:s|es)?" for w in words) + r")"
    # (one part after the name: "the Paris suburbs" are Paris's, "the Havana informal settlement of C" is C's)
    after = re.compile(r"^\s+" + one + r"\b(?!\s+of\b)", re.I)
    before = re.compile(r"\b(?:the|a)\s+(?:\w+\s+)?" + kind + r"\s+of\s+(?:the\s+)?$", re.I)
    return after, before


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)  # "a Miami neighborhood": a part of that city
_LIST_PEER = re.compile(r"^\s*(?:,|and|or)\s*(?:and\s+|or\s+)?$")


def names_a_part(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """A kind word for a part of a town names the mention at ``start:end``: right after it ("the X township"), or
    before it or before the list it heads ("the districts of X and Y")."""
    after, before = _patterns()
    if after.match(text[end:end + 40]) and not _ARTICLE_BEFORE.search(text[max(0, start - 4):start]):
        return True
    while True:
        if before.search(text[max(0, start - 60):start]):
            return True
        prev = [s for s, e in spans if e <= start and _LIST_PEER.match(text[e:start])]
        if not prev:
            return False
        start = prev[-1]


def parts_abroad(scored: list[Scored], text: str, ctx: Any, gaz: Gazetteer, threshold: float) -> None:
    """See the module's doc."""
    from sitrep.geo.local_story import LOCAL_KM, dateline_scored, take_local, tied_to_its_country

    picked = [(sc, sc.entries[sc.best]) for sc in scored
              if not sc.cand.blank and sc.city is None and sc.confidence >= threshold]
    if not picked:
        return
    dl = dateline_scored(scored, text)
    home_town = dl.entries[dl.best] if dl is not None else None
    home = home_town.country if home_town is not None else dateline_country(ctx, gaz)
    if not home:
        return
    keep = set(getattr(ctx, "country_focus", None) or []) | {home, ""}
    spans = sorted((s.cand.start, s.cand.end) for s in scored)
    for sc, e in picked:
        if e.country in keep or precision_of(e) not in ("town", "district") or sc.contained \
                or tied_to_its_country(sc, e) or not names_a_part(text, sc.cand.start, sc.cand.end, spans):
            continue
        if any(o.country == e.country for o2, o in picked if o2 is not sc) or e.country in demonym_countries(text):
            continue

        def fits(x, t=home_town) -> bool:
            return x.country == home and x.fclass == "P" \
                and (t is None or haversine_km(x.lat, x.lon, t.lat, t.lon) <= LOCAL_KM)
        take_local(sc, fits)
