"""Property set on fire in the course of a deed already told is part of that deed (issue 11, branch subtypes19).

"Several cars were set on fire" after a bombing, "The assailants ... set fire to shelters and withdrew" after an
attack, "The drone that hit Odesa set fire to the upper floors", "They broke the doors, emptied the shops and set
two stalls on fire" (after "Armed men looted dozens of shops"): the clause reading makes each burning a
looting/property destruction of its own, which ACLED codes only "without a wider armed engagement"
(data/ontology.json, sd.looting). The burning is the raid's, the strike's or the looting's damage.

:func:`fold_side_burnings` folds an asserted looting/property destruction told by a verb of burning ("set ... on
fire", "set fire to", "torched", "burned") into an asserted attack on civilians, strike, shelling or bombing
(``_HOSTS``), or a looting, told in a sentence before it, within a paragraph, at a compatible place and date, whose
doer is the burning's or where the burning names none (``spoils.host_before``); "Separately, ..." stays its own. A
burning with no such deed before it ("Settlers set fire to four cars") stays the event.
"""
from __future__ import annotations

import re

from sitrep.model import EventMention

__all__ = ["fold_side_burnings"]

_LOOTING = "Looting/property destruction"
# the deeds whose burnings are their damage: a strike or a shelling, a raid on civilians; not a battle ("stormed an
# army post ... The attackers set fire to several trucks" stays two events, tests/test_conflict_wire.py) nor a
# kidnapping (MUC-4 codes the kidnappers' burning of a shop as an arson of its own, tests/test_events_precision6.py)
_HOSTS = frozenset({"Attack", "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                    "Grenade", "Suicide bomb"})
# verbs of burning, as written ("set" read with its fire words by the trigger)
_BURNING = re.compile(r"^(?:set|torch|burn|burnt)", re.I)


def _burning(m: EventMention) -> bool:
    return m.sub_event_type == _LOOTING and m.modality == "asserted" and m.trigger is not None \
        and bool(_BURNING.match(m.trigger.text))


def fold_side_burnings(mentions: list[EventMention]) -> list[EventMention]:
    """The mentions with the burnings of a deed told before folded into it (module docstring); order kept."""
    from sitrep.events.spoils import host_before, join_told

    if not any(_burning(m) for m in mentions):
        return mentions
    hosts = [k for k in mentions if k.modality == "asserted" and (
        k.sub_event_type in _HOSTS or (k.sub_event_type == _LOOTING and not _burning(k)))]
    kept = []
    for m in mentions:
        host = host_before(m, hosts, lambda k: False) if hosts and _burning(m) else None
        if host is not None:
            join_told(host, m)
        else:
            kept.append(m)
    return kept
