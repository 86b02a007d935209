"""A government that fought, struck or moved troops is its military forces, as ACLED codes a
state's violence (:func:`armed_branch`, read by events/extract); a state with no army of its own is left blank.
"""
from __future__ import annotations

import dataclasses
from typing import Optional

from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef


def armed_branch(ref: Optional[ActorRef], event_type: str, plover: Optional[str], victim: bool = False) -> Optional[ActorRef]:
    """A government named as the one who fought, struck or moved troops is coded as its military forces, as
    ACLED codes a state's violence ("the Russian government shelled ..." -> Military Forces of Russia); its
    statements, talks and aid stay the government's. Unchanged when the dictionary has no forces for it.
    A government named as the one acted on (``victim``) is its forces only in a battle, where it fought back; the
    target of a one-sided attack named by its state ("a Ruritanian judge", "the town council") stays the
    government. A government of a state with no army of its own (``"bare_army": false``) is left blank there."""
    if ref is None or not ref.entity_id.endswith("_GOV"):
        return ref
    if event_type not in VIOLENT_EVENT_TYPES and plover != "MOBILIZE":
        return ref
    if victim and event_type != "Battles":
        return ref
    from sitrep.nlp.actor_lexicon import get_resolver

    res = get_resolver()
    country = res.actors.get(ref.entity_id, {}).get("country")
    if country and not res.has_bare_army(country):
        # a state with no army of its own ("bare_army": false in data/actors.jsonl): "Palestinians attacked a
        # checkpoint" names armed men, not the state's forces nor its government; left blank
        return None
    mil = res.actors.get(ref.entity_id[: -len("_GOV")] + "_MIL")
    if not mil:
        return ref
    return dataclasses.replace(ref, entity_id=mil["id"], name=mil["name"])
