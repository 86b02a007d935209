"""Whether an actor is an armed side that "the troops", "its fighters" may belong to (:func:`armed_side`):
a state, its forces, an armed group or an international body, or an ad-hoc phrase headed by an armed-force word; not a
person, civilians, the media, a monitor or an aid group.
"""
from __future__ import annotations

from sitrep.events.ontology import Ontology
from sitrep.events.roles import ActorFinder, is_person
from sitrep.model import ActorRef


def armed_side(ref: ActorRef, onto: Ontology, finder: ActorFinder) -> bool:
    """An actor "the troops" may belong to: a state, its forces, an armed group or an international body of the
    dictionary, or an ad-hoc phrase headed by an armed-force word (ontology cue armed_force_words); not a person,
    civilians, the media, a monitor or an aid group."""
    if ref.entity_id == "CIVILIANS":
        return False
    if ref.entity_id.startswith("x:"):
        words = ref.name.lower().split()
        head = words[-1] if words else ""
        return head in onto.cue("armed_force_words") or head.rstrip("s") in onto.cue("armed_force_words")
    return finder._dictionary_type(ref.entity_id) not in ("person", "media", "ngo", "monitor") \
        and not is_person(ref, finder)
