"""Recognition evidence that a place's name is part of a longer name: an organisation's (dictionary or entity), a
name the town heads, an "of the" complement, a name inside a place entity that is unknown whole; split out of
geo/recognize.py.
"""

from __future__ import annotations

from typing import Any, Callable

from sitrep.geo.candidate import Candidate
from sitrep.geo.gazetteer import Entry, precision_of
from sitrep.geo.kind_words import ADMIN_PLURAL, COARSE, REGION_WORDS, SUFFIXES, blank_words, not_towns
from sitrep.geo.name_runs import is_cap as _is_cap
from sitrep.geo.recognition_lists import FACILITY_TOWN_MIN, facility_building_words
from sitrep.geo.region_evidence import town_sized
from sitrep.geo.revival import known_unambiguous
from sitrep.textnorm import fold_name


# words after a place's name that keep the name itself read when the whole is unknown ("Madison Township")
_CUT_KEEPS = frozenset({"township", "area", "ward", "parish", "borough", "village", "hamlet", "suburb"})
# particles after the head noun of a name in French, Spanish, Italian ("the Palais des Nations", "Plaza del Sol")
_OF_THE = frozenset({"des", "du", "del", "della", "degli", "dei"})


def heads_of_name(doc: Any, k: int) -> bool:
    """The tokens from ``k`` continue a name as its "of the" complement: "Summit| of the Americas", "Palais| des
    Nations", "Puerta| de la Mar". A town's name is not followed so (the whole, if it is a place, is found first);
    the word before is the head noun of an event's, an institution's or a building's name."""
    n = len(doc)
    if k + 1 < n and doc[k].lower_ in _OF_THE and _is_cap(doc[k + 1]):
        return True
    return k + 2 < n and (doc[k].lower_, doc[k + 1].lower_) in (("of", "the"), ("de", "la")) and _is_cap(doc[k + 2])


INSIDE_BIG_TOWN = 100_000  # inhabitants: a town this big (and dwarfing its namesakes) needs no help from the article


def named_inside(c: Candidate, head: bool, focus: tuple[str, ...]) -> list[Entry]:
    """The entries of a place named inside a longer name (an organisation's, a team's, a paper's: "the Dayton
    Public Schools", "XYZ-Karachi", "the Investment Fund for Europe") that it refers to; none when it is no such
    reference. The name alone must say which place it is, under the place's own name (not an alternate spelling a
    common word shares: "Casa", "St"), and be no common, street, facility or title word ("Street", "Centre").
    A country, first-level unit, continent or region qualifies unless a town of the name lies in the article's
    countries and the region does not (then no reading is sure); a town only
    at the head of the name ("Dayton Public Schools", not "the Electric Owl Surprise" or a person "Ali Kano"), if it
    is a city of ``INSIDE_BIG_TOWN`` or a town of ``FACILITY_TOWN_MIN`` in one of the article's countries."""
    if not known_unambiguous(c) or c.text.isupper() or any(c.text.lower() in ws for ws in not_towns().values()):
        return []
    low = fold_name(c.text)
    own = [e for e in c.entries if e.primary and fold_name(e.name) == low]
    coarse = [e for e in own if precision_of(e) in COARSE + ("country",)]
    towns = sorted((e for e in own if e.fclass == "P"), key=lambda e: -e.population)
    local = [e for e in towns if e.population >= FACILITY_TOWN_MIN and e.country in focus]
    if coarse:
        # a town of the name in the article's countries, the state or region elsewhere ("the Suffolk Times" of a
        # report from New York): which one is meant is unclear, and blank beats wrong
        return coarse if not local or any(e.country in focus for e in coarse) else []
    if not head:
        return []
    if towns and towns[0].population >= INSIDE_BIG_TOWN:
        return towns[:1]
    return local


def unknown_whole(i: int, j: int, texts: list[str], lowers: list[str], caps: list[bool],
                   lookup: Callable[[str], tuple[list[Entry], str]]) -> bool:
    """Tokens ``i:j`` (a place entity the gazetteer lacks whole) are two or three capitalised words that name one
    place ("Orange Mound", "Tivoli Gardens"), so no piece of them is read as a town: no compass word first, no suffix,
    admin or feature word or upper-case word after it ("Madison Township", "West Yorkshire", "Waluj MIDC"), and no word
    a country's or first-level unit's own name ("Greece Italy", an unpunctuated list; "Local Ireland", an organisation
    named after the country)."""
    return 2 <= j - i <= 3 and all(caps[k] for k in range(i, j)) and lowers[i] not in REGION_WORDS \
        and not any(lowers[k] in SUFFIXES or lowers[k] in ADMIN_PLURAL or lowers[k] in _CUT_KEEPS or texts[k].isupper()
                    or lowers[k] in not_towns().get("feature", ()) for k in range(i + 1, j)) \
        and not any(x.primary and precision_of(x) in COARSE for k in range(i, j) for x in lookup(texts[k])[0])


def head_word(name: str) -> bool:
    """A word that, after another name, ends a longer name as its head: a natural feature's noun ("Delta", "Basin",
    data/geo_not_towns.tsv kind feature) or a compass word ("Northwest", data/geo_blank_words.tsv)."""
    low = name.lower()
    return low in not_towns().get("feature", ()) or low in blank_words().get("compass", ())


def town_heads_a_name(doc: Any, end: int, c: Candidate, company: frozenset[str], focus: tuple[str, ...]) -> bool:
    """A town's name heading a company's ("Dunmore Analytics", "Carrow Holdings plc"), or a doubtful town heading
    a facility's ("Dunmore Hospital" where every town of the name is small and none lies in the article's
    countries, when the article has some): the company or facility is named, not the town. Reads up to four
    capitalised words (or company words, or "'s") after the name, from token ``end``."""
    n = len(doc)
    k = end
    while k < n and k < end + 4 and (doc[k].text[:1].isupper() or doc[k].lower_.rstrip(".") in company
                                     or doc[k].lower_ in ("'s", "’s")):
        low = doc[k].lower_.rstrip(".")
        if low in company:
            return True
        if low in facility_building_words() and c.cue not in ("admin", "city") and focus \
                and all(e.fclass == "P" and e.population < FACILITY_TOWN_MIN and e.country not in focus
                        for e in c.entries):
            return True
        k += 1
    return False


def dictionary_org(c: Candidate, known_orgs: set[tuple[int, int]]) -> bool:
    """"a Taliban district official": a name with no cue (or only a unit's word) the actor dictionary knows as an
    organisation that is also some hamlet's is the organisation's, also before "district" (whose official it
    names); so is one that is only another language's name of a city ("a Hamas gunman": "Hamas" is Hamm, Germany,
    only as an alternate name); a hamlet's name inside a longer one the dictionary knows is the organisation's too,
    whatever its cue ("jihadists of Boko Haram": the cue is the whole name's; :func:`_inside_org`)."""
    if not town_sized(c) and _inside_org(c, known_orgs):
        return True
    return c.cue in ("", "admin") and (c.start, c.end) in known_orgs and (
        not town_sized(c) or all(e.fclass == "P" and not e.primary for e in c.entries))


def _inside_org(c: Candidate, known_orgs: set[tuple[int, int]]) -> bool:
    """The candidate is a part of a longer organisation's name the actor dictionary knows ("Boko" of "Boko Haram":
    a hamlet's name in Congo, and no place in the group's name)."""
    return any(s <= c.start and c.end <= e and e - s > c.end - c.start for s, e in known_orgs)
