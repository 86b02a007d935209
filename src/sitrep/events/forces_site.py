"""The forces whose site a deed struck: "a car bomb exploded outside a police station", "a suicide bomber blew
himself up at the gate of an army checkpoint" -- ACLED codes the police or the army that holds the site as the
target (actor2) when the deed names no victim of its own."""
from __future__ import annotations

from typing import Optional

from sitrep.events.deps import child
from sitrep.events.roles import ActorFinder, forces_words, np_tokens, span_of
from sitrep.model import ActorRef

__all__ = ["forces_site"]

_SITE_PREPS = frozenset({"at", "outside", "near", "on", "into", "in", "against", "of"})


def _site_forces(noun) -> Optional[str]:  # type: ignore[no-untyped-def]
    """POLICE or MIL for a site noun owned by the forces ("police station", "military checkpoint"), else None."""
    words = forces_words()
    if words.get(noun.lower_) != "SITE":
        return None
    owners = [words.get(c.lower_) for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    return next((o for o in owners if o in ("POLICE", "MIL")), None)


def forces_site(trig, finder: ActorFinder, aid: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The report country's police or army for a deed told at a site of theirs: a place phrase ("at", "outside",
    "near", "into" ...) of the trigger, of the verb a trigger noun is the subject of ("a car bomb exploded outside a
    police station"), or of a noun of such a phrase ("at the gate of a police post"). None when no such site is named
    or the report's country is not known (events/roles/report_country.py, ActorFinder.report_forces)."""
    hosts = [trig] + ([trig.head] if trig.dep_ in ("nsubj", "nsubjpass") and trig.head.pos_ in ("VERB", "AUX") else [])
    for h in hosts:
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ not in _SITE_PREPS or (h is trig and prep.lower_ == "of"):
                continue
            obj = child(prep, "pobj")
            for noun in ([obj] + [child(p, "pobj") for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"]
                         if obj is not None else []):
                forces = _site_forces(noun) if noun is not None else None
                if forces is not None:
                    return finder.report_forces(forces, span_of(np_tokens(noun), aid), "primary")
    return None
