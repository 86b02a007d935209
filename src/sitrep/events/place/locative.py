"""Whether a place name says where something is (:func:`locative`): not the name of a deal, a front's axis, a
government's seat or an addressee, nor an end of a road named by the towns it joins (:func:`road_end`)."""
from __future__ import annotations

import functools
from typing import Optional

from sitrep.events.ontology import Ontology
from sitrep.events.place.care_sites import _care_site
from sitrep.events.place.dateline_mention import dateline_mention
from sitrep.events.road_place import LINK_VERBS, ROAD_WORDS
from sitrep.events.roles import lemma
from sitrep.resources import data_rows


NON_LOCATIVE_HEADS = frozenset({"deal", "agreement", "accord", "talks", "talk", "process", "format", "summit", "memorandum", "ceasefire", "cease-fire", "truce"})


# a front named by a town ("In the Kramatorsk direction", "on the Kupiansk axis", a general staff's summary): the axis
# of a front, not where its deeds happened; the event takes the place its own clause names, else a coarser one
FRONT_HEADS = frozenset({"direction", "axis", "sector"})


ADDRESS_VERBS = frozenset({"urge", "ask", "accuse", "blame", "warn", "tell", "call", "criticise", "criticize", "condemn", "press", "thank", "reassure", "back", "support"})


# prepositions that say where ("in X", "near X"); "with Turkey", "between Turkey and Russia", "against X" do not
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "into", "across", "around", "throughout", "within",
                            "on", "onto", "from", "to", "toward", "towards", "through", "along", "over", "off", "of",
                            "by", "beyond", "past", "north", "south", "east", "west", "northwest", "northeast",
                            "southwest", "southeast", "upon", "via", "behind", "under", "underneath", "amid"})


def _city_side(tok) -> bool:  # type: ignore[no-untyped-def]
    """The place is the possessor of a part or side of it that a locative preposition governs: "in Sydney's west",
    "in Townsville's northern suburbs", "in Delhi's Jafrabad area" say where (data/geo_city_parts.tsv)."""
    from sitrep.geo.parts import city_part_words

    head = tok.head
    return tok.dep_ == "poss" and head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS \
        and head.lower_ in city_part_words(("part", "side"))


@functools.lru_cache(maxsize=1)
def seat_nouns() -> frozenset[str]:
    """Lemmas of nouns for a government whose "in X" is its seat (data/seat_nouns.tsv)."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("seat_nouns.tsv", ("lemma", "source"), header="lemma"))


def _seat_of_rulers(last) -> bool:  # type: ignore[no-untyped-def]
    """"talks with the new authorities in X": the place is the seat of rulers who are no subject of a verb (those
    who act there, "officials in X arrested five", keep it): it says whose government, not where anything was."""
    prep = last.head
    if last.dep_ != "pobj" or prep.lower_ != "in" or prep.head.i == prep.i:
        return False
    noun = prep.head
    return noun.pos_ == "NOUN" and lemma(noun) in seat_nouns() and noun.dep_ not in ("nsubj", "nsubjpass")


def locative(doc, ts: list[int], onto: Optional[Ontology] = None) -> bool:  # type: ignore[no-untyped-def]
    """False for place names that do not say where the event is.

    "the road linking X with Y" (the ends of a road), "the Sochi deal" (an agreement's name),
    "urging Ankara to" (a capital standing for its government), "in the Kramatorsk direction" (a front's axis)."""
    first, last = doc[ts[0]], doc[ts[-1]]
    tset = set(ts)
    if dateline_mention(doc, ts):
        return False  # a dateline ("BEIRUT:", "X/ Y —", "CAIRO (Reuters) -"): where the reporter is, not the event
    head = last
    for _ in range(len(ts) + 1):
        if head.i not in tset or head.head.i == head.i:
            break
        head = head.head
    if last.dep_ == "compound" and lemma(last.head) in NON_LOCATIVE_HEADS:
        return False
    if last.dep_ in ("compound", "amod", "nmod") and lemma(last.head) in FRONT_HEADS:
        return False  # "in the Kramatorsk direction": a front's axis
    if _care_site(head):
        return False
    if _seat_of_rulers(last):
        return False
    if last.dep_ in ("dobj", "nsubj") and head.lemma_.lower() in ADDRESS_VERBS:
        return False
    if road_end(doc, ts):
        return False
    cur = last
    for _ in range(6):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.lemma_.lower() in LINK_VERBS and cur.dep_ in ("acl", "relcl", "advcl"):
            return False
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("acl", "relcl"):
            break
    return True


_HYPHENS = frozenset({"-", "\u2013", "\u2014"})


def road_end(doc, ts: list[int]) -> bool:  # type: ignore[no-untyped-def]
    """The name is an end of a road named by the two towns it joins ("on the Kumasi-Accra road", "the
    Kisumu-Kakamega highway"): the road runs between them and says nothing of which one the deed was near."""
    i, joined = ts[-1] + 1, False
    while i < len(doc) and (doc[i].text in _HYPHENS or (joined and doc[i].pos_ == "PROPN")):
        joined = joined or doc[i].text in _HYPHENS
        i += 1
    k = ts[0] - 1
    while k >= 0 and (doc[k].text in _HYPHENS or doc[k].pos_ == "PROPN"):
        joined = joined or doc[k].text in _HYPHENS
        k -= 1
    inner = any(doc[j].text in _HYPHENS for j in ts)  # the two towns read as one name
    return (joined or inner) and i < len(doc) and doc[i].lemma_.lower() in ROAD_WORDS


def _locative_prep_of(last) -> bool:  # type: ignore[no-untyped-def]
    """Whether the preposition a place name hangs on (through "and": "between Turkey and Russia") is locative, or is
    no preposition at all."""
    prep = last.head
    while prep.dep_ == "conj" and prep.head.i != prep.i:
        prep = prep.head  # "between Turkey and Russia": the conjunct's preposition
    if prep.dep_ == "pobj":
        prep = prep.head
    return not (prep.pos_ == "ADP" and prep.lower_ not in LOCATIVE_PREPS)


def labels_site_noun(tok) -> bool:  # type: ignore[no-untyped-def]
    """The proper noun ``tok`` is a compound modifier, through at most two other compounds, of a site noun: a word of
    data/site_heads.tsv or a site of data/forces_sites.tsv ("Saravan" of "the Saravan police station")."""
    from sitrep.events.roles import forces_words
    from sitrep.events.site_name import site_heads

    sites = site_heads() | {w for w, k in forces_words().items() if k == "SITE"}
    t = tok
    for _ in range(3):
        if t.dep_ != "compound" or t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ == "NOUN" and t.lemma_.lower() in sites:
            return True
    return False
