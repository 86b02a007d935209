"""A convoy of civilian goods, or a bus, as what a deed is aimed at: an attack on civilians, not a fight (issue 11,
branch subtypes20).

"Jihadist fighters attacked a fuel convoy ... killing two drivers", "armed men attacked a humanitarian convoy of
seven trucks", "insurgents ambushed a convoy of lorries", "victims of last week's ambush on a bus": ACLED codes the
attack on drivers and passengers as violence against civilians. A "convoy" alone is an armed target (ontology cue
``military_targets``: "ambushed an army convoy"), which made these armed clashes.

:func:`civilian_convoy` tells whether the trigger's object, passive subject or "on/against" phrase is a vehicle of
cue ``civilian_vehicles`` ("a bus", "a minibus") or a convoy qualified by a word of cue ``civilian_convoy_words``
("a fuel convoy", "a convoy of trucks"), with no armed word in its phrase ("an army bus", "a military convoy of
trucks": cue ``military_targets``; "a fuel convoy escorted by soldiers", "a bus and its escort vehicle").
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.ontology import Ontology

__all__ = ["civilian_convoy"]

_CONVOYS = frozenset({"convoy", "column"})
_TARGET_PREPS = frozenset({"on", "against", "upon"})


def _targets(tok):  # type: ignore[no-untyped-def]
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            yield c
        elif c.dep_ == "prep" and c.lower_ in _TARGET_PREPS:
            yield from (o for o in c.children if o.dep_ == "pobj")


def _words_before(noun) -> set[str]:  # type: ignore[no-untyped-def]
    return {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}


def _escorted(noun, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """The phrase names armed men with the vehicle: "an army bus", "a fuel convoy escorted by soldiers", "a bus and
    its escort vehicle" (their fight with the attackers is a battle, war_reports7 h11)."""
    armed = onto.cue("military_targets") | _ESCORT
    return any(t is not noun and t.lemma_.lower() in armed for t in noun.subtree)


_ESCORT = frozenset({"escort", "escorted", "guard", "guarded"})


def _civilian(noun, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    lem = noun.lemma_.lower()
    vehicle = lem in sense_cue("civilian_vehicles")
    if not vehicle and lem not in _CONVOYS or _escorted(noun, onto):
        return False
    if vehicle:
        return True
    before = _words_before(noun)
    goods = sense_cue("civilian_convoy_words")
    of = {o.lemma_.lower() for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
          for o in p.children if o.dep_ == "pobj"}
    return bool((before | of) & goods)


def civilian_convoy(tok, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """The deed ``tok`` is aimed at a civilian vehicle or convoy (module docstring)."""
    return any(_civilian(t, onto) for t in _targets(tok))
