"""A small town matched only by one of its alternate names, far from every country an article is about, is not
what the text names.

The gazetteer keeps a town's alternate names, romanised spellings of its name in other scripts among them: Kyle,
Texas, is stored as "Kairu" (its Japanese spelling), so "Kairu village" in a Kenyan or Nigerian report was read as
the Texan town, 10,000 km off. When the text writes a name that is neither an entry's own name nor a close spelling
of it, the entry is a small town (under ``FAR_ALIAS_TOWN_MAX`` people) outside the article's countries, and it
lies more than ``FAR_ALIAS_KM`` from each of those countries' points, the text is unlike the town's own name (no word of it, a rapidfuzz ratio under ``UNLIKE_RATIO``), the match
does not stand (blank beats wrong).
The same holds for a small town's own name read without its leading article ("Control" for El Control, Mexico, out
of "the Line of Control" in a Kashmir report): the bare word is a common one as often as the town.
A town near the article's countries (a border town known by its neighbour's name), a large city known by an
exonym ("Peking") and an article with no country keep their matches.
A first-level unit matched only by an alternate name that shares no word with its own, far from every country of the
article, is dropped too, however alike the spellings: the gazetteer gives units their usual English names as their
own ("Bavaria", "Sichuan"), so an alternate one read far away is another place's name ("Espiritu Santo", Vanuatu's
island, matched Cuba's Sancti Spíritus province, 13,000 km off); "North Kivu" (of Nord-Kivu) keeps its match.
"""
from __future__ import annotations

import re

from sitrep.geo.gazetteer import Entry, Gazetteer, precision_of
from sitrep.textnorm import fold_name

__all__ = ["alias_town", "alias_unit", "article_dropped", "far_alias", "units_over_their_aliases", "FAR_ALIAS_KM",
           "FAR_ALIAS_TOWN_MAX"]

FAR_ALIAS_KM = 3000.0  # from the point of every country the article is about: another continent, or nearly
UNLIKE_RATIO = 60  # rapidfuzz ratio of the folded names under which the text is no spelling of the own name
FAR_ALIAS_TOWN_MAX = 100_000  # a city this big keeps its other names anywhere (as geo/recognize's variants)
_ARTICLE_LED = re.compile(r"^(?:al|il|an|ar|as|ash|at|ad|id|is|it) \w")  # fold_name's articles, folded (el -> il)


def alias_town(e: Entry) -> bool:
    """``e`` is a small town matched only by one of its alternate names (``primary`` false: the gazetteer's
    lookups and :meth:`Recognizer.lookup` mark an entry primary when the text spells its own name)."""
    return not e.primary and precision_of(e) == "town" and e.population < FAR_ALIAS_TOWN_MAX


def alias_unit(e: Entry) -> bool:
    """``e`` is a first-level unit matched only by one of its alternate names."""
    return not e.primary and e.fcode == "ADM1"


def _no_shared_word(text: str, name: str) -> bool:
    """``text`` shares no word with the entry's own ``name`` ("Espiritu Santo" and "Sancti Spíritus"; not "North
    Kivu" and "Nord-Kivu")."""
    a, b = fold_name(text), fold_name(name)
    return not (set(a.split()) & set(b.replace("-", " ").split()))


def _unlike(text: str, name: str) -> bool:
    """``text`` shares no word with the town's own ``name`` and is no near spelling of it ("Kairu" for Kyle; not
    "Marigny" for Marigny-Saint-Marcel)."""
    from rapidfuzz import fuzz

    return _no_shared_word(text, name) and fuzz.ratio(fold_name(text), fold_name(name)) < UNLIKE_RATIO


def units_over_their_aliases(es: list[Entry], text: str) -> list[Entry]:
    """The entries of ``text`` without the towns it matches only by an alternate name unlike their own where it is
    the own name of the first-level unit they lie in: "Bahia" is the Brazilian state, not Salvador in it (once
    "Bahia" for short), "Pará" the state, not Belém. A town whose own name shares a word with the text keeps its
    match ("New York"), and so does one in another unit (the gazetteer's "Missouri" for Bozeman, Montana, is no
    reading of the state's name: the ranker weighs it as before)."""
    units = {(e.country, e.admin1) for e in es if e.primary and precision_of(e) == "province"}
    if not units:
        return es
    return [e for e in es if not (not e.primary and precision_of(e) == "town" and (e.country, e.admin1) in units
                                  and _unlike(text, e.name))]


def article_dropped(e: Entry, text: str) -> bool:
    """``e`` is a small town whose own name opens with an article ("El Control", "Al Hamra") that ``text`` lacks
    ("Control"): the text names the bare word, which the folded keys match with the article dropped."""
    if precision_of(e) != "town" or e.population >= FAR_ALIAS_TOWN_MAX:
        return False
    own, said = fold_name(e.name, drop_article=False), fold_name(text, drop_article=False)
    return own != said and own.endswith(" " + said) and _ARTICLE_LED.match(own) is not None


def far_alias(gaz: Gazetteer, e: Entry, region: tuple[str, ...], text: str = "") -> bool:
    """``e`` is an :func:`alias_town` outside the ``region`` countries and far from all of them, matched by a
    ``text`` unlike its own name, or by its own name without the article (:func:`article_dropped`), or an
    :func:`alias_unit` there matched by a ``text`` that shares no word with its own name."""
    if not region or not e.country or e.country in region:
        return False
    if not (alias_town(e) and _unlike(text, e.name) or article_dropped(e, text)
            or alias_unit(e) and _no_shared_word(text, e.name)):
        return False
    from sitrep.geo.resolve import haversine_km

    points = [c for c in (gaz.country_entry(cc) for cc in region) if c is not None]
    return bool(points) and all(haversine_km(e.lat, e.lon, c.lat, c.lon) > FAR_ALIAS_KM for c in points)
