"""Word lists toponym recognition reads from data/: names that are no places, building and people nouns, state
abbreviations, money units, split out of geo/recognize.py.
"""

from __future__ import annotations

import functools
import re

from sitrep.geo.word_branches import by_first_letter
from sitrep.resources import data_path, data_rows


FACILITY_TOWN_MIN = 10_000  # inhabitants: a town this big heading a facility's name is the facility's town


@functools.lru_cache(maxsize=1)
def _not_places_rows() -> tuple[tuple[str, str, str], ...]:
    """The rows of data/geo_not_places.tsv: (phrase, kind, source)."""
    rows = []
    header = True
    with open(data_path("geo_not_places.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            if header:
                header = False
                continue
            phrase, kind, source, *_ = line.rstrip("\n").split("\t") + [""]
            rows.append((phrase, kind, source))
    return tuple(rows)


@functools.lru_cache(maxsize=1)
def not_places() -> tuple[re.Pattern, frozenset[str]]:
    """A regex of organisation phrases and the set of folded demonyms/common words (data/geo_not_places.tsv)."""
    rows = _not_places_rows()
    orgs = sorted((phrase for phrase, kind, _ in rows if kind == "org"), key=len, reverse=True)
    words = {phrase.lower() for phrase, _, _ in rows}
    # (grouped by first letter: the same matches, fewer tries at each word; geo/word_branches.py)
    pat = re.compile(r"\b" + by_first_letter([re.escape(o).replace("'", "['’‘`]?") for o in orgs], ignorecase=True)
                     + r"\b", re.I)
    return pat, frozenset(words)


@functools.lru_cache(maxsize=1)
def town_words() -> frozenset[str]:
    """The common words of data/geo_not_places.tsv that are also towns' names ("Reading", "Mobile", "Hope"; the
    rows whose source says so, not the titles, weekdays, months or other words), lower case."""
    return frozenset(phrase.lower() for phrase, kind, source in _not_places_rows()
                     if kind == "word" and source.startswith("common word that is also a GeoNames name"))


def facility_building_words() -> frozenset[str]:
    """The head words of buildings' names (data/geo_facility_words.tsv, as geo/facility.py reads them)."""
    from sitrep.geo.facility import facility_words

    return facility_words()[0]


@functools.lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    """Nouns of people a place name qualifies ("a Dunmore woman"), from data/geo_people_nouns.tsv."""
    return frozenset(c[0].lower() for c in data_rows("geo_people_nouns.tsv", ("word", "source"), header="word"))


@functools.lru_cache(maxsize=1)
def state_abbrevs() -> dict[str, tuple[tuple[str, str], ...]]:
    """Abbreviation as written ("Calif.", "IL", "NSW") -> (country, state name) pairs (data/geo_state_abbrevs.tsv)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for cols in data_rows("geo_state_abbrevs.tsv", ("abbreviation", "country", "state", "source"), header="abbrev"):
        out.setdefault(cols[0], []).append((cols[1], cols[2]))
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=1)
def abbrev_re() -> re.Pattern:
    keys = sorted(state_abbrevs(), key=len, reverse=True)
    return re.compile(r",[ \t]+(" + "|".join(re.escape(k) for k in keys) + r")(?![A-Za-z0-9])")


@functools.lru_cache(maxsize=1)
def money_units() -> frozenset[str]:
    """Currency words ("dollars", "euros", "cents"): the money units of data/figure_lexicon.tsv."""
    return frozenset(c[1] for c in data_rows("figure_lexicon.tsv") if len(c) > 2 and c[0] == "unit"
                     and c[2].startswith("money"))
