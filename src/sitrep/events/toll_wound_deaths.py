"""A death of a weapon's wounds ("X died of gunshot wounds": :func:`died_of_wounds`) is a killing, and an event of its own
only in a report that tells no other violent deed; otherwise it tells the shooting's toll
(:func:`drop_told_wound_deaths`).
"""
from __future__ import annotations

from sitrep.model import VIOLENT_EVENT_TYPES, EventMention


_WOUND_NOUNS = frozenset({"wound", "injury", "hole", "mark"})


def died_of_wounds(tok, weapons: frozenset[str]):  # type: ignore[no-untyped-def]
    """The wound of "X died of gunshot wounds", "has died from stab wounds", "succumbed to bullet wounds": a death by
    the wounds of a weapon (``weapons``) is a killing, its attacker untold. None for a death of anything else ("died
    of a heart attack", "died from his injuries": what injured him is not said) and for any other verb."""
    if tok.lemma_.lower() not in ("die", "succumb") or tok.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "to"):
            for w in c.children:
                if w.dep_ == "pobj" and w.lemma_.lower() in _WOUND_NOUNS and any(
                        m.dep_ in ("compound", "amod", "nmod") and m.lemma_.lower() in weapons for m in w.children):
                    return w
    return None


def drop_told_wound_deaths(events: list[EventMention], doc) -> list[EventMention]:  # type: ignore[no-untyped-def]
    """A death of a weapon's wounds (:func:`died_of_wounds`) is an event of its own only in a report that tells no
    other violent deed: "X was shot on Saturday. He died of gunshot wounds on Sunday." is the shooting, whose toll
    the death sentence gives (:func:`attach_orphan_tolls`), not a second incident dated a day later. The same for
    wounds suffered ("two guards sustained gunshot wounds", events/suffered_wounds)."""
    from sitrep.events.ontology import load_ontology
    from sitrep.events.suffered_wounds import suffered_wounds

    weapons = load_ontology().cue("wound_weapons")
    wound = []
    for e in events:
        if e.trigger is not None and e.trigger.text.lower().startswith(("die", "succumb", "suffer", "sustain", "receiv")):
            sp = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
            if sp is not None and len(sp) and (died_of_wounds(sp.root, weapons) is not None
                                               or suffered_wounds(sp.root, weapons) is not None):
                wound.append(e)
    if not wound:
        return events
    others = [e for e in events if e not in wound and e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]
    return [e for e in events if e not in wound] if others else events
