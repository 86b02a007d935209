"""A firefight with explosives: an engagement fought with gunfire and grenades or thrown or planted charges.

ACLED codes a fight between armed sides in which small arms and explosives are both used as an armed clash
(Battles), not as remote violence: "the rebels opened fire on the patrol and hurled explosive charges at the
troops", "the attackers fired rifles and launched improvised explosives at the post", "opened fire on the
checkpoint and then threw grenades". Only the weapons one carries into the fight count (a grenade, an IED, a
charge); a shelling, an air strike or a suicide bomb keeps its own sub-type.

Gunfire is told by a word of ``gunfire_words`` (data/event_sense_cues.tsv: "gunfire", "rifle", "shoot") or by
"fire" with a verb of ``fire_opening_verbs`` ("opened fire", "exchanged fire"; a bare "fire" may be a blaze).
"""
from __future__ import annotations

import re
from typing import Iterable

from sitrep.events.cues import sense_cue
from sitrep.model import EventMention

_CARRIED_EXPLOSIVES = frozenset({"Grenade", "Remote explosive/landmine/IED"})
_SHELLING = "Shelling/artillery/missile attack"


def gunfire_told(lemmas: Iterable[str]) -> bool:
    """The words (lemmas, or lower-case words with a plural "-s" read off too) tell gunfire: a gunfire word, or
    "fire" with a verb that opens or trades it."""
    words = set(lemmas)
    words |= {w[:-1] for w in words if len(w) > 3 and w.endswith("s")}  # "rifles", "guns" (not "gunmen")
    return bool(words & sense_cue("gunfire_words")) or ("fire" in words and bool(words & sense_cue("fire_opening_verbs")))


def carried_explosive(m: EventMention) -> bool:
    """``m`` is typed by an explosive carried into a fight: a grenade or a thrown or planted charge."""
    return m.sub_event_type in _CARRIED_EXPLOSIVES


def firefight_retold(m: EventMention) -> bool:
    """``m`` is a grenade or an explosive charge whose sentence also tells gunfire ("fired rifles and launched
    improvised explosives at the post"): a step of a firefight, which lends no weapon's sub-type to the armed
    clash it retells."""
    if not carried_explosive(m) or m.sentence is None:
        return False
    return gunfire_told(re.findall(r"[a-z-]+", m.sentence.text.lower()))


def ground_fight_told(text: str) -> bool:
    """The text tells fighting on the ground: a word of ``ground_fight_words`` ("fought", "fighting", "battle")
    or gunfire (:func:`gunfire_told`)."""
    words = re.findall(r"[a-z-]+", text.lower())
    return bool(set(words) & sense_cue("ground_fight_words")) or gunfire_told(words)


def shelling_in_fight(keep: EventMention, other: EventMention) -> bool:
    """``other`` is a shelling (mortars, rockets) told of the armed clash ``keep`` retells, and the sentence of
    either tells fighting on the ground ("Two positions were attacked by the rebels, and fighting lasted into the
    night ... the rebels used mortars"; "fired rockets at the vehicles and then fought the troops for an hour"):
    a heavy weapon used in a fight is a step of the clash (ACLED: an armed clash), and lends it no sub-type."""
    if keep.sub_event_type != "Armed clash" or other.sub_event_type != _SHELLING:
        return False
    return any(m.sentence is not None and ground_fight_told(m.sentence.text) for m in (keep, other))
