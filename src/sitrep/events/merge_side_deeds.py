"""Side deeds folded into the attack they belong to, after the merge (events/merge.py, :func:`fold_side_deeds`):
a looting, a seizure of weapons by the attack's doer (spoils), or a surrounding of the target, told in a later
sentence within a paragraph, at a compatible place and date, by the attack's doer or an unnamed one; a burning
only when told as a step of the raid (:func:`_raid_burning`). Never into a territorial event, nor across a mention
told as another incident.

Evidence: ACLED's coding of looting "without a wider armed engagement" (data/ontology.json, sd.looting), CASE
(looting in the attack's own sentence is an event), MUC-4 (arson is an incident of its own: ARSON)."""
from __future__ import annotations

import re
from typing import Optional

from sitrep.events.merge_dates import NEAR_CHARS, dates_compatible
from sitrep.events.merge_doers import unnamed_doer
from sitrep.events.merge_guards import told_separate
from sitrep.events.merge_places import places_compatible
from sitrep.events.merge_types import TERRITORIAL
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention


# deeds that ACLED codes as events of their own only "without a wider armed engagement" (data/ontology.json,
# sd.looting; weapons seized in an attack are its spoils): told with an attack they are part of it
SIDE_DEEDS = frozenset({"Looting/property destruction", "Disrupted weapons use"})


def _side_doer(side: Optional[ActorRef], host: Optional[ActorRef]) -> bool:
    """The side deed's doer may be the attack's: unnamed, said in other words ("the attackers", ``x:``), or the same."""
    return side is None or host is None or side.entity_id.startswith("x:") or side.entity_id == host.entity_id \
        or unnamed_doer(side)


# burning is an incident of its own in MUC-4 (ARSON) and in the CASE codes: only plunder and spoils are folded,
# and a burning told as a step of the raid (_raid_burning)
_PLUNDER = re.compile(r"^(?:loot|plunder|pillag|ransack|steal|stole|seiz|captur|took|take|confiscat|carr)", re.I)


def _burning(m: EventMention) -> bool:
    """A property deed other than plunder (burning, razing, destroying): never folded into an attack."""
    return m.sub_event_type == "Looting/property destruction" and not (
        m.trigger is not None and _PLUNDER.match(m.trigger.text))


def _raid_burning(m: EventMention) -> bool:
    """A burning its sentence tells as a step of the raid: after the raiders' coming in the same clause chain ("The
    attackers arrived on motorbikes and set fire to several vehicles", "entered the camp around midnight and set
    fire to dozens of shelters"; ontology cue ``raid_entry_words``) or with "also" ("the attackers also burned about
    20 houses"). A burning told on its own ("the kidnappers burned a shop as they left", "a restaurant was set on
    fire") stays an incident of its own (MUC-4's ARSON)."""
    from sitrep.events.ontology import load_ontology

    if m.trigger is None:
        return False
    before = [w.lower() for w in re.findall(r"[\w-]+", m.sentence.text[:m.trigger.start - m.sentence.start])]
    return bool(before) and (before[-1] == "also" or bool(set(before) & load_ontology().cue("raid_entry_words")))


def _spoils(side: EventMention, host: EventMention) -> bool:
    """Weapons seized by the attack's own doer are its spoils; a drone shot down or a bomb defused by anyone else
    (or by nobody named) keeps the attack from happening: an event of its own."""
    a, h = side.actor1, host.actor1
    return a is not None and h is not None and (a.entity_id == h.entity_id or a.entity_id.startswith("x:"))


# attackers closing in on their target ("the gunmen surrounded the church and opened fire"): the attack's approach
# (a siege, a blockade or a curfew, the other readings of ACLED's Strategic developments/Other, last for days: kept)
_CLOSING_IN = re.compile(r"^(?:surround|encircl)", re.I)


def _closing_in(m: EventMention) -> bool:
    return m.sub_event_type == "Other" and m.trigger is not None and bool(_CLOSING_IN.match(m.trigger.text))


def fold_side_deeds(mentions: list[EventMention]) -> list[EventMention]:
    """A looting or seizure of weapons, or a surrounding of the target, told in a sentence after an attack's, within
    a paragraph of it, at a compatible place and date, by the attack's doer or an unnamed one, is part of that attack
    ("stormed an army post ... The attackers seized weapons", "Gunmen killed twelve worshippers ... The assailants
    surrounded the church": one event), not an event of its own. Not in the attack's own sentence
    ("attacked the village and looted shops": CASE codes the looting there as an event). Never
    folded into a territorial event (taking a town and looting it are two events), nor across a mention told as
    another incident ("Separately, ..."); a burning only where its sentence tells it as a step of the raid
    (:func:`_raid_burning`: "The attackers arrived on motorbikes and set fire to several vehicles", "the gunmen also
    burned 20 houses"), else never (MUC-4 codes arson as an incident of its own: ARSON)."""
    mentions = _fold_war_spoils(mentions)
    hosts = [k for k in mentions if k.event_type in VIOLENT_EVENT_TYPES and k.modality == "asserted"
             and k.sub_event_type not in TERRITORIAL]
    if not hosts:
        return mentions
    out = []
    for m in mentions:
        host = None
        if (m.sub_event_type in SIDE_DEEDS or _closing_in(m)) and m.modality == "asserted" and not told_separate(m) \
                and (not _burning(m) or _raid_burning(m)):
            host = next((k for k in reversed(hosts)
                         if k.sentence.start < m.sentence.start
                         and m.sentence.start - max([k.sentence.end, *(e.end for e in k.evidence)]) <= NEAR_CHARS
                         and places_compatible(k, m) and dates_compatible(k, m)
                         and (_side_doer(m.actor1, k.actor1) if m.sub_event_type != "Disrupted weapons use"
                              else _spoils(m, k))), None)
        if host is None:
            out.append(m)
            continue
        if m.sentence != host.sentence and m.sentence not in host.evidence:
            host.evidence.append(m.sentence)
    return out


# weapons or vehicles taken in a fight by one of its sides (spoils.py's verbs of taking, as written)
_TAKING = re.compile(r"^(?:recover|seiz|captur|confiscat)", re.I)
_TOLD = frozenset({"asserted", "claimed"})


def _war_spoils_side(side: EventMention, host: EventMention) -> bool:
    """The taker is one of the fight's sides: its doer or its target ("troops had recovered rifles" after repelling
    a raid), or said in other words (``x:``)."""
    a = side.actor1
    if a is None:
        return False
    if a.entity_id.startswith("x:"):
        return True
    return any(h is not None and h.entity_id == a.entity_id for h in (host.actor1, host.actor2))


def _fold_war_spoils(mentions: list[EventMention]) -> list[EventMention]:
    """Weapons or vehicles seized, captured or recovered by a side of a battle (an armed clash or a town taken) told
    in that battle's sentence or a later one within a paragraph, at a compatible place and date, asserted or claimed
    ("killed dozens of fighters and seized combat vehicles", "saying its fighters had killed 20 soldiers and seized
    two vehicles", "troops had recovered rifles and ammunition"), are that battle's spoils: ACLED codes a seizure as a
    disrupted weapons use only without a wider armed engagement. Only battles host them (an attack on civilians, a
    bombing or a shelling is no engagement of two sides), and a seizure told as another incident stays its own."""
    hosts = [k for k in mentions if k.event_type == "Battles" and k.modality in _TOLD]
    if not hosts:
        return mentions
    out = []
    for m in mentions:
        if m.sub_event_type == "Disrupted weapons use" and m.modality in _TOLD and m.trigger is not None \
                and _TAKING.match(m.trigger.text) and not told_separate(m):
            host = next((k for k in reversed(hosts)
                         if k is not m and k.sentence.start <= m.sentence.start
                         and m.sentence.start - max([k.sentence.end, *(e.end for e in k.evidence)]) <= NEAR_CHARS
                         and places_compatible(k, m) and dates_compatible(k, m) and _war_spoils_side(m, k)), None)
            if host is not None:
                if m.sentence != host.sentence and m.sentence not in host.evidence:
                    host.evidence.append(m.sentence)
                continue
        out.append(m)
    return out
