"""Which words around a name say it is a place: the recogniser's "context" cue, the evidence a bare name needs when
no entity label or prominent gazetteer entry vouches for it (:func:`context_cue`). The words before it: a locative
preposition or verb ("in X", "north of X", "shelled X"; not "West" of "the West Midlands"), "in nearby X", a kind
word ("the town of X", "the village X"), a phrase that opens a list of places ("the villages of X, Y and Z",
"cities such as X", "a town called X") of which it is a later member, or "between X and" / "near X and" before it;
or what follows it: a place compound ("a Dunmore-based charity", data/geo_place_compounds.tsv) or a distance in
apposition ("Lewiston, 30 miles to the south,")."""
from __future__ import annotations

import functools
import re
from typing import Any

from sitrep.geo.candidate import Candidate
from sitrep.geo.kind_words import REGION_WORDS
from sitrep.geo.name_runs import CONNECTORS, is_cap
from sitrep.nlp.doctext import doc_text
from sitrep.resources import data_rows

# kind words before a name: "the town of X", "the village X", "the outskirts of X"
TYPE_BEFORE = {"town", "village", "city", "province", "governorate", "region", "district", "capital", "suburb",
               "neighbourhood", "neighborhood", "area", "outskirts", "hamlet", "oblast", "port", "enclave"}
# locative words before a name (prepositions, compass words, verbs of taking and striking): "in X", "shelled X"
LOC_PREPS = {"in", "on", "near", "outside", "at", "from", "to", "into", "toward", "towards", "around", "across", "of",
             "inside", "through", "between", "within", "throughout", "via", "west", "east", "north",
             "south", "northwest", "northeast", "southwest", "southeast", "entered", "captured", "recaptured",
             "seized", "retook", "took", "shelled", "struck", "hit", "bombed", "besieged", "reached", "fled",
             "raided", "overran", "stormed", "attacked"}
_NEARBY = frozenset({"nearby", "neighbouring", "neighboring"})  # "in nearby X": the locative word two words back
# locative words before a pair of names ("near X and Y") that make the second a place as well as the first
_PAIR_LOCATIVES = frozenset({"near", "in", "at", "outside", "around"})
# the same kinds in the plural, heading a list of names: "the villages of X, Y and Z", "provinces such as X"
TYPE_PLURAL = frozenset({"towns", "villages", "cities", "provinces", "governorates", "regions", "districts", "suburbs",
                         "neighbourhoods", "neighborhoods", "areas", "hamlets", "oblasts", "ports", "counties", "states",
                         "municipalities"})
# verbs of setting out that take the place left as their object: "the bus had left Derbent early", "had left
# Yurimaguas two days earlier"; not where a word of state follows ("the blast left Jordan dead": a person)
_SETTING_OUT = frozenset({"left", "leaving"})
# verbs that name a road by the two places it joins ("the road linking X and Y", "a highway connecting X to Y"): both
# names are places, whatever the model labels them
_ROAD_LINKS = frozenset({"linking", "connecting", "joining", "links", "connects", "joins", "linked", "connected"})
_ROADS = frozenset({"road", "roads", "highway", "highways", "motorway", "route", "track", "corridor", "railway",
                    "line", "bridge", "pipeline", "expressway", "freeway", "trunk"})
_NAMING = frozenset({"called", "named"})  # "a town called X", "a village named X"
_LIST_OPENERS = frozenset({"of", "like", "including", "as"})  # "cities of / like / including / such as X"
_COMPOUND_AFTER = re.compile(r"[-‑]([A-Za-z]+)\b")
# a distance and a bearing in apposition after a name ("Lewiston, 30 miles to the south", "Olds, about 90 km north of
# Calgary", "Gap, some 10 kilometres away"): the name is a place
_DISTANCE_AFTER = re.compile(r",[ \t]+(?:about|some|roughly|around|nearly|almost|only|just|barely|more than|less than)?"
                             r"[ \t]*\d[\d,.]*[ \t]*(?:-[ \t]*)?(?:miles?|mi|km|kilometres?|kilometers?)\b[ \t]+"
                             r"(?:to[ \t]+the[ \t]+)?(?:north|south|east|west|north-?east|north-?west|south-?east|"
                             r"south-?west|away|from|of|outside|up|down|inland)", re.I)


@functools.lru_cache(maxsize=1)
def place_compounds() -> frozenset[str]:
    """Second halves of hyphenated compounds that make the name before them a place ("-based", "-born"), from
    data/geo_place_compounds.tsv."""
    return frozenset(c[0].lower() for c in data_rows("geo_place_compounds.tsv", ("word", "source"), header="word"))


def kind_opener(doc: Any, i: int) -> bool:
    """``doc[i]`` ends a phrase that says the names after it are places of a kind: "the villages of", "cities like",
    "provinces including", "states such as", "a town called", "a village named"."""
    low = doc[i].lower_
    if i == 0 or low not in _LIST_OPENERS and low not in _NAMING:
        return False
    j = i - 1
    if low == "as":
        if doc[j].lower_ != "such" or j == 0:
            return False
        j -= 1
    before = doc[j].lower_
    if low in _NAMING:
        return before in TYPE_BEFORE or before in TYPE_PLURAL
    return before in TYPE_PLURAL


# "a 27-year-old Goodna man": a name between an age and a person's noun is the person's home town (a local report's
# way of saying where someone lives); the model often labels it a person
_AGE_BEFORE = re.compile(r"\b\d{1,3}[-‑ ]year[-‑ ]old[ \t]+$", re.I)
_PERSON_AFTER = re.compile(r"[ \t]+(?:man|woman|boy|girl|teenager|teen|youth|resident|mother|father|couple)\b")


def _told_around(doc: Any, c: Candidate) -> bool:
    """The words around the candidate say it is a place: it stands between an age and a person's noun ("a
    27-year-old Goodna man"), a compound follows it ("a Dunmore-based charity", data/geo_place_compounds.tsv), or a
    distance is put in apposition to it ("Lewiston, 30 miles to the south,")."""
    text = doc_text(doc)
    if _AGE_BEFORE.search(text[max(0, c.start - 24):c.start]) and _PERSON_AFTER.match(text, c.end):
        return True
    m = _COMPOUND_AFTER.match(doc_text(doc), c.end)
    if m and m.group(1).lower() in place_compounds():
        return True
    return bool(_DISTANCE_AFTER.match(doc_text(doc), c.end))


def _second_of_a_pair(doc: Any, i: int, span: Any) -> bool:
    """The word before the candidate (``i``) is "and" ending a pair of names: "the road between Welshpool and
    Newtown", "the road linking X and Y": the second of two names a "between" or a road's verb of joining joins is a
    place as the first is (the locative word stands before
    the first only); so is the second of two names after "near", "in", "at" ("near Tarcutta and Coolamon"), where
    the first is a place the gazetteer lacks and so no list member to revive it; not the head of a longer name
    ("near Franklin and Kennedy Elementary Schools")."""
    k = i - 1
    while k > 0 and i - k <= 4 and is_cap(doc[k]) and not doc[k].is_sent_start:
        k -= 1
    if k < i - 1 and (doc[k].lower_ == "between" or road_link(doc, k)):
        return True
    return k < i - 1 and doc[k].lower_ in _PAIR_LOCATIVES and not (span.end < len(doc) and is_cap(doc[span.end]))


def _later_in_a_kind_list(doc: Any, i: int) -> bool:
    """A later member of a list a kind word opens ("the villages of Arno, Bellis and Corva"): walk back from ``i``
    over the list's names, commas and "and" within the sentence to its opener (an "and" or "or" before the
    connector ends the list there: "the cities of Leeds and York, Paris Hilton said" lists no Paris)."""
    k = i - 1
    while k > 0 and i - k <= 15 and not doc[k + 1].is_sent_start:
        t = doc[k]
        if kind_opener(doc, k):
            return True
        if not (is_cap(t) or t.lower_ == "," or t.lower_ in CONNECTORS) or t.lower_ in ("and", "or"):
            break
        k -= 1
    return False


def road_link(doc: Any, i: int) -> bool:
    """``doc[i]`` is a verb of joining that follows a road word within three words ("the road linking", "the main
    highway that connects"): the names it joins are the road's ends, places."""
    if doc[i].lower_ not in _ROAD_LINKS:
        return False
    return any(doc[k].lower_ in _ROADS for k in range(max(0, i - 3), i))


def _place_left(doc: Any, i: int, span: Any) -> bool:
    """``doc[i]`` is "left"/"leaving" as a verb whose object is the candidate ``span`` ("the bus had left Derbent
    early", "after leaving Tadmor"): the name is the place set out from; not where a word of state or a participle
    follows it ("the blast left Jordan dead", "left Ahmed wounded"): there the object is a person."""
    if doc[i].pos_ != "VERB" or doc[i].tag_ not in ("VBD", "VBN", "VBG"):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is None or nxt.pos_ not in ("ADJ", "VERB", "AUX", "PROPN")


def context_cue(doc: Any, c: Candidate) -> str:
    """'context' when the words before the candidate say it is a place ("the town of", "in", "north of"), or
    a compound after it ("a Dunmore-based charity", data/geo_place_compounds.tsv), or it stands between an age and
    a person's noun ("a 27-year-old Goodna man")."""
    if _told_around(doc, c):
        return "context"
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return ""
    i = span.start - 1
    if doc[i].lower_ in ("the",) and i > 0:
        i -= 1
    prev = doc[i].lower_
    if prev in _NEARBY and i > 0 and doc[i - 1].lower_ in LOC_PREPS:
        return "context"  # "in nearby Hilliard", "to neighbouring Gahanna"
    if prev == "as" and i >= 2 and "far" in (doc[i - 1].lower_, doc[i - 2].lower_):
        return "context"  # "as far north as Cuero", "as far as Gilroy": how far something reached, a place
    if prev in LOC_PREPS and not (prev in REGION_WORDS and doc[i].text[:1].isupper()):
        return "context"  # "north of X"; but "West" in "the West Midlands" is part of the name
    if prev == "of" and i > 0 and doc[i - 1].lower_ in TYPE_BEFORE:
        return "context"
    if road_link(doc, i):
        return "context"  # "the road linking Bandiagara and Bankass"
    if prev in _SETTING_OUT and _place_left(doc, i, span):
        return "context"
    if prev in TYPE_BEFORE:
        return "context"
    if kind_opener(doc, i):
        return "context"
    if prev == "and" and _second_of_a_pair(doc, i, span):
        return "context"
    if prev in (",", "and", "or") and _later_in_a_kind_list(doc, i):
        return "context"
    return ""
