"""A launch and its interception told as one incident (issue 11, branch precision18): "Israel's military said it
intercepted a ballistic missile launched from Yemen toward Eilat ... Yemen's Houthi rebels said they had fired the
missile".

ACLED codes a missile or drone brought down before it does harm as one event, Strategic developments / Disrupted
weapons use, with the interceptor as actor1 and the side whose weapons were downed as actor2; the launch told in
another sentence is the same weapons, not a second, harmless attack. A missile or drone attack is folded into an
interception of the article when both are told as news (asserted or claimed), on compatible days and places, the
attack is told by its launch ("fired the missile", not "struck a power station": a strike that hit its target is an
attack of its own), tells no harm (no toll, no hurt or dead figure, no victim) and is not told as another incident
("separately", "another missile"), the interception is not of "other" weapons ("shot down two other drones",
mixed_reports5 k22), and the attack's doer is not the interceptor. The attack's doer becomes the
interception's second side where that is blank. An attack that hurt people (debris that wounded two) stays the
event, as ACLED codes it.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.events.merge_dates import dates_compatible
from sitrep.events.merge_guards import told_separate
from sitrep.events.merge_places import places_compatible
from sitrep.events.merge_types import AIR, SHELLING
from sitrep.model import EventMention

INTERCEPTION = "Disrupted weapons use"
_LAUNCHES = frozenset({AIR, SHELLING})
_NEWS = frozenset({"asserted", "claimed"})


# a launch told by its launching word or its weapon ("had fired the missile", "the missile launched"); a strike
# told by what it hit ("struck a power station") reached its target: an attack of its own
_LAUNCH_WORDS = re.compile(r"^(?:fir|launch|missile|rocket|drone|projectile)", re.I)
# the interception is of other weapons than the launch told: "shot down two other drones", "another missile"
_OTHER_WEAPONS = re.compile(r"\b(?:other|another|more|further|second)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:drones?|missiles?|rockets?|projectiles?)\b", re.I)


def _harmless(m: EventMention) -> bool:
    return m.fatalities is None and not m.figures and m.actor2 is None and m.trigger is not None \
        and bool(_LAUNCH_WORDS.match(m.trigger.text))


def _interceptor(m: EventMention) -> Optional[str]:
    return m.actor1.entity_id if m.actor1 is not None else None


def _told_after(d: EventMention, a: EventMention) -> bool:
    """The launch is told after the interception ("intercepted a missile ... the Houthis said they had fired the
    missile"): a report that leads with the launch ("three rockets were fired ... one was intercepted and two fell
    in open areas", war_reports3 v05) tells an attack, its interception a part of it."""
    return a.trigger is not None and d.trigger is not None and a.trigger.start > d.trigger.start


def _launch_led(d: EventMention, mentions: list[EventMention]) -> bool:
    """The report told a launch of that day before the interception ("three rockets were fired from Gaza ... one
    was intercepted"): the attack is the incident, each later telling of the firing its own (war_reports3 v05)."""
    return any(a.sub_event_type in _LAUNCHES and a.modality in _NEWS and not _told_after(d, a)
               and dates_compatible(d, a) for a in mentions if a is not d)


def _same_weapons(d: EventMention, a: EventMention) -> bool:
    return _told_after(d, a) and a.sub_event_type in _LAUNCHES and a.modality in _NEWS and _harmless(a) and not told_separate(a) \
        and dates_compatible(d, a) and places_compatible(d, a) \
        and (a.actor1 is None or a.actor1.entity_id != _interceptor(d))


def fold_interceptions(mentions: list[EventMention]) -> list[EventMention]:
    """The mentions with each harmless launch folded into the article's interception of the same weapons."""
    downs = [m for m in mentions if m.sub_event_type == INTERCEPTION and m.modality == "asserted"
             and not _OTHER_WEAPONS.search(m.sentence.text) and not _launch_led(m, mentions)]
    if not downs:
        return mentions
    out = []
    for m in mentions:
        down = next((d for d in downs if d is not m and _same_weapons(d, m)), None)
        if down is None:
            out.append(m)
            continue
        if down.actor2 is None and m.actor1 is not None:
            down.actor2 = m.actor1
        if m.sentence != down.sentence and m.sentence not in down.evidence:
            down.evidence.append(m.sentence)
    return out
