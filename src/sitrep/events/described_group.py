"""A group named by a proper name and a description: "gunmen of the Zavara terrorist group" is the Zavara group; a
unit named after a person, "the Tomas Orrego mobile column", is that unit (:func:`named_unit`).

A phrase headed by "group" (or "sect", "gang") whose modifiers before it are a capitalised proper name and a word of
``data/armed_group_descriptors.tsv`` ("terrorist", "armed", "jihadist" ...) names an armed group the dictionary may
not know: it is that name ("Zavara"), as ACLED names the actor, never the unidentified group of the country that
the attackers' own noun ("gunmen") would give. A name that is a place, a person or a dictionary actor (a state, a
nationality: "the Malian armed group" is no name), or a people or faith of ``data/geo_not_places.tsv`` ("the Fulani
armed group") is left to the other readings.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Optional

from sitrep.nlp.doctext import doc_text
from sitrep.geo.recognize import not_places
from sitrep.model import ActorRef
from sitrep.nlp.group_nouns import group_nouns
from sitrep.resources import data_rows

__all__ = ["armed_descriptors", "called_band", "described_group", "named_gang", "named_unit"]

@lru_cache(maxsize=1)
def armed_descriptors() -> frozenset[str]:
    """The words of ``data/armed_group_descriptors.tsv`` that describe a group as armed ("rebel", "militant")."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("armed_group_descriptors.tsv"))


def described_group(finder, g: Any, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The armed group "the NAME DESCRIPTOR group" at head ``g`` names (``NAME``), else None."""
    # the heads of data/group_nouns.tsv this reading takes ("named"; attribution and antecedents take other subsets
    # of the same list, see its header)
    if g is None or g.lemma_.lower() not in group_nouns("named") or g.tag_ != "NN":
        return None
    left = [t for t in g.subtree if t.i < g.i]
    if not left or left[0].lower_ != "the" or any(t.dep_ in ("prep", "poss", "nummod") for t in left):
        return None
    words = left[1:]
    names = [t for t in words if t.text[:1].isupper() and t.lower_ not in armed_descriptors()]
    descr = [t for t in words if t.lower_ in armed_descriptors()]
    if not names or not descr or len(names) + len(descr) != len(words) or max(t.i for t in names) > min(t.i for t in descr):
        return None  # exactly: the, the name, the description, the head
    if any(t.ent_type_ in ("GPE", "LOC", "PERSON", "FAC") or t.pos_ != "PROPN" or t.lower_ in not_places()[1]
           for t in names):
        return None  # a place, a person, a people or a faith ("the Fulani armed group": no name of a group)
    for t in names:
        known = finder._actor(t, role, False)
        if known is not None and not known.entity_id.startswith(("x:", "unk:")):
            return None  # a state, a nationality or a dictionary group: read elsewhere
    doc = g.doc
    start, end = names[0].idx, names[-1].idx + len(names[-1].text)
    name = doc_text(doc)[start:end]
    from sitrep.events.roles import _slug, span_of

    return ActorRef("x:" + _slug(name), name, span_of(names, finder.an.article_id), role)


# units of an armed group named after a person or a place ("the Tomas Orrego mobile column", "the Ana Reyes front")
_UNITS = frozenset({"column", "front", "brigade", "battalion"})
_UNIT_WORDS = frozenset({"mobile", "urban", "rural"})  # words of such a unit's kind between its name and its noun


def named_unit(finder, g: Any, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The unit "the NAME [mobile] column" at head ``g`` (lower case: a name with the unit's noun, not a name the
    parser already reads whole) names: the phrase from NAME to the noun ("Tomas Orrego mobile column"), else None."""
    if g is None or g.lower_ not in _UNITS or g.tag_ != "NN":
        return None
    left = [t for t in g.subtree if t.i < g.i]
    if not left or left[0].lower_ != "the" or any(t.dep_ in ("prep", "poss", "nummod") for t in left):
        return None
    words = left[1:]
    names = [t for t in words if t.lower_ not in _UNIT_WORDS]
    kinds = [t for t in words if t.lower_ in _UNIT_WORDS]
    if not names or (kinds and max(t.i for t in names) > min(t.i for t in kinds)):
        return None
    if any(t.pos_ != "PROPN" or not t.text[:1].isupper() or t.ent_type_ in ("NORP", "FAC")
           or t.lower_ in not_places()[1] for t in names):
        return None  # "the Malian brigade", "the western front": no unit's name
    places = getattr(finder.an, "places", None) or []
    s, e = names[0].idx, names[-1].idx + len(names[-1].text)
    if any(p.span is not None and p.span.start < e and s < p.span.end for p in places):
        return None  # "the Kandahar brigade": a place's unit (the parser's GPE alone is no place: units are
        # named after people it often takes for places)
    from sitrep.events.roles import _slug, is_person, span_of

    for t in names:
        known = finder._actor(t, role, False)
        if known is not None and not known.entity_id.startswith(("x:", "unk:")) and not is_person(known, finder):
            return None  # a dictionary actor's own unit ("the FARC front"): read elsewhere
    name = doc_text(g.doc)[names[0].idx:g.idx + len(g.text)]
    return ActorRef("x:" + _slug(name), name, span_of([*names, *kinds, g], finder.an.article_id), role)


# lower-case words inside a gang's proper name ("the Village de Dieu gang")
_NAME_LINKS = frozenset({"de", "del", "la", "los", "las", "do", "da", "dos"})


def named_gang(finder, g: Any, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The gang "the NAME gang" at head ``g`` names, when the dictionary knows no group by that name: the phrase from
    NAME to the noun ("the Village de Dieu gang", a gang named after its place; "the Americans gang", a gang whose name
    is a plural demonym, no country's men), else None. Only capitalised proper names (no person); a name that is an
    armed group of the dictionary is read there; a singular demonym or a lone country's name ("the Mexican gang")
    is no name."""
    if g is None or g.lower_ != "gang" or g.tag_ != "NN":
        return None
    doc = g.doc
    start = g.i  # the words right before the noun, as written (the parser may hang "Americans" apart from "gang")
    while start > 0 and (doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper()
                         or doc[start - 1].lower_ in _NAME_LINKS and start < g.i):
        start -= 1
    names = list(doc[start:g.i])
    if not names or start == 0 or doc[start - 1].lower_ != "the" or not names[0].text[:1].isupper():
        return None
    if any(t.ent_type_ == "PERSON" for t in names):
        return None
    for t in names:
        known = finder._actor(t, role, False)
        if known is None or known.entity_id.startswith(("x:", "unk:")):
            continue
        if finder.named_group(known) or not (len(names) > 1 or t.tag_ == "NNPS"):
            return None  # a dictionary group ("the Barrio 18 gang": read there); "the Mexican gang": a nationality
    name = doc_text(doc)[names[0].idx:g.idx + len(g.text)]
    from sitrep.events.roles import _slug, span_of

    return ActorRef("x:" + _slug(name), name, span_of([*names, g], finder.an.article_id), role)


# band nouns a name can be given to with "known as" / "called" ("a gang known as the X Boys")
_CALLED_BANDS = frozenset({"gang", "group", "cell", "faction", "militia", "network", "band"})


def called_band(finder, g: Any, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The name a band noun is given by "known as" / "called" ("members of a gang known as the Bumbu Boys": the
    Bumbu Boys), when that name is a capitalised proper name and no person; else None."""
    if g is None or g.lemma_.lower() not in _CALLED_BANDS or g.tag_ != "NN":
        return None
    for c in g.children:
        if c.dep_ != "acl" or c.lemma_.lower() not in ("know", "call"):
            continue
        name = next((x for x in c.children if x.dep_ == "oprd"), None) or next(
            (p for x in c.children if x.dep_ == "prep" and x.lower_ == "as" for p in x.children if p.dep_ == "pobj"),
            None)
        if name is None or name.pos_ != "PROPN" or name.ent_type_ == "PERSON":
            continue
        toks = [t for t in name.subtree if t.i <= name.i and t.lower_ != "the"]
        if not toks or not all(t.text[:1].isupper() for t in toks):
            continue
        text = doc_text(g.doc)[toks[0].idx:name.idx + len(name.text)]
        from sitrep.events.roles import _slug, span_of

        return ActorRef("x:" + _slug(text), text, span_of(toks, finder.an.article_id), role)
    return None
