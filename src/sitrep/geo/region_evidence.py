"""Recognition evidence for regions and units: a coarse region in the article's country, a unit the gazetteer
lacks, a vague compass region or a continent's part, a unit's usual name, a unit of the country named just
before; split out of geo/recognize.py.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from sitrep.geo.candidate import Candidate
from sitrep.geo.gazetteer import Entry, precision_of, spelling, strict_name
from sitrep.geo.kind_words import ADMIN_SUFFIX, COARSE
from sitrep.geo.recognition_lists import FACILITY_TOWN_MIN


# a first-level unit's official name made of its usual name and a tail of particle and honour ("Coahuila de
# Zaragoza", "Michoacán de Ocampo", "Veracruz de Ignacio de la Llave")
_OFFICIAL_TAIL = re.compile(r"^(.+?) (?:de|del|do|da|dos|das) \S")


def usual_name_of_unit(e: Entry, sp: Any) -> bool:
    """The text spells the usual name of a first-level unit whose official name adds a particle and an honour
    ("Coahuila" of "Coahuila de Zaragoza"): that name is the unit's own, as much as a namesake town's."""
    m = _OFFICIAL_TAIL.match(e.name) if e.fcode == "ADM1" else None
    return m is not None and spelling(m.group(1)) == sp


def coarse_here(c: Candidate, focus: tuple[str, ...]) -> bool:
    """The candidate's name is the own name of a country, or of a first-level unit or region of one of the
    article's countries ``focus``."""
    return any(e.primary and precision_of(e) in COARSE and (precision_of(e) == "country" or e.country in focus)
               for e in c.entries)


def town_sized(c: Candidate) -> bool:
    """A candidate naming a first-level unit, a country or a town of FACILITY_TOWN_MIN people or more."""
    return any(e.fclass == "A" or e.population >= FACILITY_TOWN_MIN for e in c.entries)


def _name_before(tok: Any) -> bool:
    """``tok`` (the token before a mention, or None) is a capitalised word that is no function word, written apart:
    the mention is the last part of a longer name ("Ijebu" of "Ijebu East")."""
    return tok is not None and tok.is_alpha and tok.text[:1].isupper() and not tok.is_stop and bool(tok.whitespace_)


def unit_of_the_country_before(text: str, country: Optional[Candidate], c: Candidate) -> bool:
    """A first- or second-level unit right after its own country's possessive ("Myanmar's Rakhine State",
    "Myanmar's Kayin State"): the candidate, by its own name or by that name and its kind word, is a unit of the
    country the candidate before it names, whatever label the statistical model gave it (a person's, an
    organisation's)."""
    if country is None or text[country.end:c.start] not in ("'s ", "’s "):
        return False
    codes = {e.country for e in country.entries if e.primary and precision_of(e) == "country"}
    words = c.text.split()
    own = {strict_name(c.text)}
    if len(words) > 1 and words[-1].lower() in ADMIN_SUFFIX and words[-1][:1].isupper():
        own.add(strict_name(" ".join(words[:-1])))
    return bool(codes) and any(e.fcode in ("ADM1", "ADM2") and e.country in codes and strict_name(e.name) in own
                               for e in c.entries)


def unit_missing(c: Candidate, focus: tuple[str, ...]) -> bool:
    """"X LGA", "X district": the text says an administrative unit, the gazetteer has only towns of the name, all
    outside the article's countries (the unit is missing, not one of those towns)."""
    return c.cue == "admin" and c.suffix_end is not None and bool(focus) and all(
        e.fclass == "P" and e.country not in focus for e in c.entries)


def vague_compass_region(c: Candidate, prev: Any, focus: tuple[str, ...]) -> bool:
    """A name of compass and area words only ("the West Coast", "the South Side", "NorthWest"): a vague region,
    unless it is the own name of a unit in the article's first country (the name itself counts towards the
    article's countries) or the text calls it one ("North West province"); a unit's word after another capitalised
    name ("Ijebu East Local Government Area") is the tail of a unit's name the gazetteer lacks."""
    if c.cue != "admin" and not any(e.primary and e.country in focus[:1] for e in c.entries):
        return True
    return c.cue == "admin" and _name_before(prev)


def continent_part(c: Candidate, prev: Any, compass: frozenset[str]) -> bool:
    """A continent after a capitalised compass word ("Central Africa", "South Asia"): a part of it, with no point."""
    return prev is not None and prev.lower_ in compass and prev.text[:1].isupper() and bool(prev.whitespace_) \
        and any(e.fcode == "CONT" and e.primary for e in c.entries)


def region_gazetteer_lacks(c: Candidate, prev: Any, compass: frozenset[str], focus: tuple[str, ...]) -> bool:
    """"the Northern Rivers" of an Australian story: a capitalised compass word makes one name with the next, a
    region the gazetteer lacks; the bare rest ("Rivers", a Nigerian state) lies outside the story's first country
    and is no country ("Northern Syria" keeps its country)."""
    return prev is not None and prev.lower_ in compass and prev.text[:1].isupper() and not prev.is_sent_start \
        and bool(prev.whitespace_) and bool(focus) and not any(e.country in focus[:1] or precision_of(e) == "country"
                                                               for e in c.entries)
