"""Rules over all of an article's scored names once ranked: one sense per name, a state over its capital's
namesake, a city over its council, a cued country over homonyms, neighbourhoods inside the story's city, and
where a unit's name ends; split out of geo/resolve.py.
"""

from __future__ import annotations

import re

from sitrep.geo.candidate import Candidate
from sitrep.geo.candidate_scoring import Scored
from sitrep.geo.country_focus import RIVAL_TOWN_MIN, cue_countries
from sitrep.geo.distance import haversine_km
from sitrep.geo.gazetteer import Entry, Gazetteer, precision_of
from sitrep.geo.kinds_named import bare_name
from sitrep.geo.rank import FEATURES
from sitrep.textnorm import fold_name

_LOCAL_ADMIN1 = FEATURES.index("local_admin1")  # the name's own sentence names the entry's state or province


def one_sense(scored: list[Scored]) -> None:
    """One name, one town per article: a town the text puts in a state or country ("Parkland, Florida"), or whose
    sentence names its state (a dateline's "KINGSTON, Ont."), is the town its bare mentions mean ("the Parkland
    students", "Kingston police"), where they were given a namesake town elsewhere (in place).
    Only towns, and units read abroad of the lead's country ("Surrey RCMP" under "SURREY, B.C."): a bare "New York"
    or "Mexico" may be the state or country beside "Buffalo, New York"."""
    leads: dict[str, Scored] = {}
    for sc in scored:
        if (sc.contained or sc.X[sc.best, _LOCAL_ADMIN1] > 0) and sc.cand.match == "exact" \
                and precision_of(sc.entries[sc.best]) == "town":
            leads.setdefault(bare_name(sc.cand.text), sc)
    if not leads:
        return
    for sc in scored:
        lead = leads.get(bare_name(sc.cand.text))
        if lead is None or sc is lead or sc.contained or sc.cand.cue not in ("", "context"):
            continue
        chosen, now = lead.entries[lead.best], sc.entries[sc.best]
        if sc.cand.scores.get("embedded") or precision_of(now) != "town":
            # a unit's reading abroad of the lead town ("Surrey RCMP" under "SURREY, B.C." read as England's
            # county): the lead town; a state or country of the lead's own country may be meant ("New York")
            if now.country == chosen.country or precision_of(now) not in ("town", "province", "district"):
                continue
        k = next((i for i, e in enumerate(sc.entries) if e.id == chosen.id), None)
        if k is not None and k != sc.best:
            sc.best, sc.confidence = k, max(sc.confidence, lead.confidence)
        elif k is None and chosen.country != now.country:
            # the lead's town left out of this mention's readings ("Kingston police" read as the capital's police):
            # the answer, in place
            sc.city, sc.confidence = chosen, max(sc.confidence, lead.confidence)


def state_over_capital(scored: list[Scored], text: str) -> None:
    """A name with the word "state" right after it ("Kaduna State", "Washington state") names the state, never the
    town of its name that the ranker may prefer (most often the state's capital, where an event of "a village of
    Kaduna State" did not happen): the answer moves to the state's entry of the town's country, in place, at the
    same confidence. Other type words stay the ranker's: a Kenyan county or a Russian region is told by its
    town's name, and reports place its events at that town as often as at the unit."""
    for sc in scored:
        c, best = sc.cand, sc.entries[sc.best]
        if c.cue != "admin" or c.suffix_end is None or precision_of(best) in ("province", "district") \
                or text[c.end:c.suffix_end].strip().lower() != "state":
            continue
        units = [k for k, e in enumerate(sc.entries) if e.fcode == "ADM1" and e.country == best.country]
        if units:
            sc.best = units[0]


CITY_UNIT_KM = 25.0  # a council area filed as a first-level unit this near a town of its name is the town's own


def city_over_council(scored: list[Scored], gaz: Gazetteer, threshold: float) -> None:
    """A city's own council area filed as a first-level unit is the city (precision town), in place: countrystatecity
    lists second-level units as states for some countries (the metropolitan boroughs, unitary authorities and council
    areas of the United Kingdom: "Birmingham" under England), so a chosen unit that is not the unit of its own admin1
    code, where the name has a town of its own spelling in the same country within ``CITY_UNIT_KM``, gives way to
    that town (also when the town was set aside: "Coventry and Wolverhampton" listed as peers keep their unit rank).
    Only the answer moves: the unit still tells the article's country and its peers' rank."""
    for sc in scored:
        u = sc.entries[sc.best]
        if u.fcode != "ADM1" or not u.gid.startswith("csc:") or sc.cand.cue == "admin" \
                or sc.confidence < threshold or fold_name(gaz.admin1_name(u.country, u.admin1) or "") == fold_name(u.name):
            continue
        towns = [t for t in sc.cand.entries if t.fclass == "P" and t.primary and t.country == u.country
                 and fold_name(t.name) == fold_name(u.name) and haversine_km(t.lat, t.lon, u.lat, u.lon) <= CITY_UNIT_KM]
        if towns:
            sc.city = max(towns, key=lambda t: t.population)


NAMED_COLS = [FEATURES.index(f) for f in ("country_named", "local_country", "local_admin1", "container_fit",
                                            "county_state")]


def cue_country_over_homonyms(scored: list[Scored], text: str) -> None:
    """A name resolved abroad in a text that speaks like one country's news ("the 1200 block of", "the county
    sheriff's office": US) takes that country's own town of the name, one of ``RIVAL_TOWN_MIN`` people or more,
    when the text names nothing of the chosen entry's country ("Birmingham" in a US police report is Alabama's)."""
    cues = cue_countries(text)
    if not cues:
        return
    for sc in scored:
        best = sc.entries[sc.best]
        if best.country in cues or sc.contained or precision_of(best) not in ("town", "province") \
                or sc.cand.match != "exact" or (sc.X[sc.best, NAMED_COLS] > 0).any():
            continue
        home = [k for k, e in enumerate(sc.entries) if e.country in cues and e.primary and e.fclass == "P"
                and e.population >= RIVAL_TOWN_MIN and sc.focus.get(e.country, 0.0) >= 0.5]
        if home:
            sc.best = max(home, key=lambda k: sc.entries[k].population)
            sc.city = None  # the town city_over_council gave the council read abroad goes with it


_NEIGHBORHOOD = re.compile(r"^\s+(?:neighbou?rhoods?|section)\b", re.I)
# "the 400 block of North Elm Avenue in X": a hundred-block address (a US police form) puts X inside the story's city
_BLOCK_ADDRESS = re.compile(r"\b\d{1,2}00\s+block\s+of\s+[^.;,\n]{1,60}?\s+in\s+(?:the\s+)?$", re.I)
NEIGHBORHOOD_KM = 50.0  # a neighbourhood lies within this distance of its city
ADDRESS_FAR_KM = 161.0  # an address's place this far from the story's one city is no part of it


def neighborhoods_in_city(scored: list[Scored], text: str, threshold: float) -> None:
    """"The Austin neighborhood" or "the Kensington section" in a story about a city is a part of that city: an
    entry of the name near one of the article's resolved towns, else the story's city when it names one only, else
    no point at all (never a far town of the name).

    A name that ends a hundred-block address ("the 400 block of North Elm Avenue in Austin") is a part of the
    story's city too, but more gently: an entry near one of the article's towns is taken, and the story's city
    where the article names one city only and the chosen entry lies more than ``ADDRESS_FAR_KM`` from it; in a story
    of several towns the address's own town is left as chosen ("the 300 block of Elm Street in Dayton" of an Ohio
    round-up)."""
    # (a country, region or province is no part of a city: a newspaper's "Europe section" is none)
    part = [precision_of(sc.entries[sc.best]) in ("town", "district", "point") for sc in scored]
    hood = [p and bool(_NEIGHBORHOOD.match(text[sc.cand.end:sc.cand.end + 16])) for sc, p in zip(scored, part)]
    addr = [p and not h and bool(_BLOCK_ADDRESS.search(text[max(0, sc.cand.start - 90):sc.cand.start]))
            for sc, h, p in zip(scored, hood, part)]
    if not any(hood) and not any(addr):
        return
    lead = [sc for sc, h, a in zip(scored, hood, addr) if not h and not a and sc.confidence >= threshold
            and not sc.cand.blank and precision_of(sc.entries[sc.best]) == "town"]
    towns = [sc.entries[sc.best] for sc in lead]
    if not towns:
        return
    one_city = all(haversine_km(t.lat, t.lon, towns[0].lat, towns[0].lon) <= NEIGHBORHOOD_KM for t in towns)
    for sc, h, a in zip(scored, hood, addr):
        if not h and not a:
            continue
        near = [k for k, e in enumerate(sc.entries)
                if any(haversine_km(e.lat, e.lon, t.lat, t.lon) <= NEIGHBORHOOD_KM for t in towns)]
        if near:
            sc.best = near[0]
            if a:
                sc.confidence = max(sc.confidence, threshold)
        elif a:
            b = sc.entries[sc.best]
            if one_city and haversine_km(b.lat, b.lon, towns[0].lat, towns[0].lon) > ADDRESS_FAR_KM:
                sc.city, sc.confidence = towns[0], lead[0].confidence
        elif one_city:
            # the story's one city: the neighbourhood lies in it (a town's precision, the city's confidence)
            sc.city, sc.confidence = towns[0], lead[0].confidence
        else:
            sc.confidence = 0.0  # several cities: below any threshold, the mention stays with no point


# the kind words that, capitalised after a unit's short name, are part of its name ("Plateau State", "Kisumu County",
# "Akita Prefecture", "Loddon Shire"); not "Department" or "District", which head an office's name more often
# ("California Department of Health", "Denver District Attorney")
_UNIT_NAME_WORDS = frozenset({"state", "county", "shire", "prefecture", "province", "governorate", "oblast", "region"})


def unit_word_end(cand: Candidate, text: str, best: Entry) -> int:
    """Where the place's mention ends: a unit's kind word written capitalised after its name is part of the name
    ("Plateau State", "Kisumu County"), as the gazetteer lacks the whole and the recognizer found the unit by its
    short name. Not a kind word in lower case ("Idlib province"), in the plural, of several words ("Bassa Local
    Government Area", whose name is Bassa), nor one that opens a longer name or an office "of" ("Kano State
    Government"); and not "State" after a US state's name, which is a university or its team ("Ohio State")."""
    if cand.cue != "admin" or cand.suffix_end is None or cand.suffix_end <= cand.end \
            or precision_of(best) not in ("province", "district", "town"):
        return cand.end  # (a region's name before "Province" is an armed group's: "its Central Africa Province")
    word = text[cand.end:cand.suffix_end].strip()
    if " " in word or not word[:1].isupper() or word.lower() not in _UNIT_NAME_WORDS \
            or word.lower() == "state" and best.country == "US":
        return cand.end
    m = re.match(r"\s*([\w’']+)", text[cand.suffix_end:cand.suffix_end + 30])
    if m and (m.group(1)[:1].isupper() or m.group(1).lower() == "of"):
        return cand.end
    return cand.suffix_end
