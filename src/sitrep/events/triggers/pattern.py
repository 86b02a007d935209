"""Decides what one ontology pattern makes of a word (:func:`_pattern_trigger`: a Trigger, None, or ``_NEXT`` to
try the next pattern): no coup that is a success, a movement verb by its object (:func:`_movement_reading`: "stormed a
hotel", "advanced money"), the early and late vetoes (:mod:`.early_veto`, :mod:`.late_veto`), a person seized (an
abduction), "took over" an office or task, a building's part taken (a riot), things or people captured (no ground;
:mod:`.taking`); and where no pattern fits (:func:`_unpatterned_trigger`) a labour strike as a peaceful protest or
"took"/"entered" a place as ground taken (not an entry that leads to a deed, :func:`deed_after_entry`).
"""
from __future__ import annotations

from typing import Any, Optional

from sitrep.events.coup import seizure_of_power
from sitrep.events.deps import child
from sitrep.events.ontology import Ontology, TriggerPattern
from sitrep.events.roles import lemma
from sitrep.events.storming import stormed_site
from sitrep.events.triggers.early_veto import _early_pattern_veto
from sitrep.events.triggers.late_veto import _late_pattern_veto, _modifier_destroyed
from sitrep.events.triggers.model import Trigger
from sitrep.events.triggers.taking import (SEIZE_VERBS, building_part_taken, not_territory, nothing_taken, taken_person,
                                          task_taken)
from sitrep.events.triggers.words import SETTLEMENT_WORDS, TAKE_VERBS, VIOLENT_TYPES, _WordKit
from sitrep.events.word_senses import strike_no_protest


_NEXT = object()  # a pattern's answer: it does not fit this word, try the word's next pattern


def _pattern_trigger(tok, pos: str, p: TriggerPattern, near: dict, onto: Ontology, kit: _WordKit,  # type: ignore[no-untyped-def]
                     place_spans: tuple) -> Any:
    """What pattern ``p`` (its dependents all near) makes of the word: a Trigger, None (the word is no trigger)
    or _NEXT (this pattern does not fit)."""
    if "coup" in (lemma(tok), *p.deps) and not seizure_of_power(near.get("coup", tok)):
        return _NEXT  # "a diplomatic coup", "a major coup for the club": a success, not power seized by force
    if pos == "VERB" and not p.deps and lemma(tok) in onto.cue("movement_verbs"):
        told, trig = _movement_reading(tok, onto, place_spans)
        if told:
            return trig
    if _early_pattern_veto(tok, pos, p, near, onto) or _modifier_destroyed(tok, p, near):
        return _NEXT
    if pos == "VERB" and not p.deps and p.tdef.code == "battles.nsa_overtakes" \
            and lemma(tok) in SEIZE_VERBS and taken_person(tok, onto, place_spans):
        return Trigger(tok, TriggerPattern(lemma(tok), (), "VERB", onto.types["vac.abduction"]))
        # "seized the local mayor", "captured its pilot": a person taken, not ground
    if pos == "VERB" and lemma(tok) == "take" and p.deps == ("over",) and (
            nothing_taken(tok, place_spans) or task_taken(tok)):
        return _NEXT  # "the state of affairs when we took over", "took over the investigation": an office
        # or a task taken up, no ground named
    if pos == "VERB" and p.tdef.code == "battles.nsa_overtakes" and building_part_taken(tok, onto):
        return None  # "inmates took over two cell blocks", "taking control of one wing": a riot's hold on a building
    if pos == "VERB" and not p.deps and p.tdef.code == "battles.nsa_overtakes" and not_territory(tok, kit.equipment, place_spans):
        return None  # "captured Humvees", "seized power", "she was captured": things or people, not territory
    if _late_pattern_veto(tok, pos, p, near, onto, kit, place_spans):
        return _NEXT
    return Trigger(tok, p, [near[d] for d in p.deps])


def _movement_reading(tok, onto: Ontology, place_spans: tuple) -> tuple[bool, Optional[Trigger]]:  # type: ignore[no-untyped-def]
    """A movement verb with no dependents: (True, trigger or None) where its object decides, (False, None) else."""
    obj = child(tok, "dobj")
    site = stormed_site(tok) if obj is not None and lemma(tok) == "storm" else None
    if site is not None:  # "gunmen stormed a hotel": an attack; "stormed the barracks": a fight
        code = "battles.armed_clash" if site else "vac.attack"
        return True, Trigger(tok, TriggerPattern(lemma(tok), (), "VERB", onto.types[code]))
    if obj is not None and lemma(obj) not in SETTLEMENT_WORDS and not any(
            s <= obj.idx < e for s, e in place_spans):
        return True, None  # "the company advanced money": a movement verb with a thing as object
    return False, None


def _unpatterned_trigger(tok, pos: str, labour: bool, onto: Ontology, place_spans: tuple) -> Optional[Trigger]:  # type: ignore[no-untyped-def]
    """No pattern fit: a labour strike noun is a peaceful protest; "take"/"enter" with a place as object is ground taken."""
    if labour and pos in ("NOUN", "PROPN") and not strike_no_protest(tok):
        # "at the start of a strike over diesel prices", "workers went on strike": a stoppage of work is a
        # protest (ACLED codes strikes as peaceful protests) where no protest pattern named it already
        # ("an armed strike" that rebels impose, "called a strike for Thursday" are none)
        return Trigger(tok, TriggerPattern(lemma(tok), (), "NOUN", onto.types["protests.peaceful"]))
    obj = child(tok, "dobj") if pos == "VERB" and tok.lemma_.lower() in TAKE_VERBS else None
    if obj is not None and tok.lemma_.lower() == "enter" and deed_after_entry(tok, onto):
        return None  # "troops entered the village and raped women": the entry leads to the deed, no ground taken
    if obj is not None and (lemma(obj) in SETTLEMENT_WORDS or any(s <= obj.idx < e for s, e in place_spans)):
        return Trigger(tok, TriggerPattern(tok.lemma_.lower(), (), "VERB", onto.types["battles.nsa_overtakes"]))
    return None


def deed_after_entry(tok, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """Whether "entered" has a verb of violence or destruction coordinated with it ("entered the village and raped
    women", "entered the camp and set fire to the shelters", "entered the bar and started shooting"): the entry is
    the way in to that deed, which is the event (ACLED codes the deed), not territory taken."""
    for v in tok.conjuncts:
        if v.pos_ != "VERB":
            continue
        for x in [v, *(c for c in v.children if c.dep_ == "xcomp")]:  # "started shooting"
            if any(p.tdef.event_type in VIOLENT_TYPES or p.tdef.code == "sd.looting"
                   for p in onto.patterns(lemma(x), "VERB")):
                return True
    return False
