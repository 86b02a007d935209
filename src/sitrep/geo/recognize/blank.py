"""Which kept places are blank (a place named, no point to give it): a town heading a company's or a facility's name,
a vague region by compass words ("the West Coast"), a compass word before a unit's word, a part of a continent
("Central Africa"), a region the gazetteer lacks after a compass word ("the West Midlands"), a unit the gazetteer
lacks. Evidence: data/geo_blank_words.tsv and the article's countries."""

from __future__ import annotations

import re
from typing import Any

from sitrep.geo.candidate import Candidate
from sitrep.geo.kind_words import blank_words
from sitrep.geo.name_evidence import town_heads_a_name
from sitrep.geo.region_evidence import continent_part, region_gazetteer_lacks, unit_missing, vague_compass_region


class _Blank:
    """Places named with no point to give them (a step of :class:`Recognizer`)."""

    @staticmethod
    def _blank(doc: Any, c: Candidate, focus: tuple[str, ...]) -> None:
        """Mark ``c`` blank (a place named, no point to give it; data/geo_blank_words.tsv) when it is

        - a town's name heading a company's ("Dunmore Analytics", "Carrow Holdings plc"): the company is not where
          the story happens;
        - a vague region by compass words ("the West Coast", "the South Side", "NorthWest"), unless it is the own
          name of a unit in the article's first country or the text calls it one ("North West province");
        - a compass word alone before a unit's word, after another capitalised name ("Ijebu East Local Government
          Area", "Kaduna South LGA"): the tail of a unit's name the gazetteer lacks, not a unit called "East";
        - a continent after a compass word ("Central Africa", "South Asia"): a part of it, with no point;
        - any other name after a capitalised compass word ("the Northern Rivers", "the West Midlands") with no entry
          in the article's first country and no country's: a region the gazetteer lacks, not the rest's namesake
          abroad (Rivers, Nigeria; Midlands, Zimbabwe);
        - a doubtful town heading a facility's name ("Dunmore Hospital", "Carrow School of Music" where every town of
          the name is small and none lies in the article's countries, when the article has some): the facility is
          named, not the town."""
        if c.cue == "demonym" or c.scores.get("abbrev"):
            return
        if unit_missing(c, focus):
            c.blank = True
            return
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            return
        words = blank_words()
        compass, area, company = words.get("compass", frozenset()), words.get("area", frozenset()), \
            words.get("company", frozenset())
        parts = [w for w in re.split(r"[\s‑]+", c.text.lower()) if w]
        prev = doc[span.start - 1] if span.start > 0 else None
        if parts and all(w in compass or w in area for w in parts) and any(w in compass for w in parts):
            if vague_compass_region(c, prev, focus):
                c.blank = True
            return
        if continent_part(c, prev, compass) or region_gazetteer_lacks(c, prev, compass, focus):
            c.blank = True
            return
        if any(e.fclass != "P" for e in c.entries):
            return  # a country's, a state's or a region's name ("U.S. Securities", "Texas Instruments") keeps its point
        if town_heads_a_name(doc, span.end, c, company, focus):
            c.blank = True
