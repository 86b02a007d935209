"""Which type the merged event takes (events/merge.py, :func:`lend_type`): the higher-ranking protest reading
(unless the force's own excuse, events/forces_excuse), an air strike over a bomb word, and a specific deed over a
generic or bare one, except from a run of deeds in the conflict's history (:func:`run_of_deeds`), a doer's habit
(:func:`habit_told`), an undated background state of the conflict (:func:`undated_background`), the doers' foe,
a firefight retold, a shelling in a fight, or the victims' account kept (events/victims_account).

Evidence: MUC-4 dev (lost three BOMBING incidents when a weapon's plural lent none, five BOMBING and two KIDNAPPING
without the background exception), war_reports* and subtypes10 (a clash keeps its type against the mortars used
in it)."""
from __future__ import annotations

import re

from sitrep.events.dropped_bombs import bomb_word
from sitrep.events.firefight import firefight_retold, shelling_in_fight
from sitrep.events.forces_excuse import forces_excuse
from sitrep.events.merge_dates import own_day
from sitrep.events.merge_types import ABDUCTION, AIR, EXPLOSIONS, PROTEST_RANK, bare_deed, generic, plural_deed
from sitrep.events.return_fire import fights_the_doers
from sitrep.events.victims_account import victims_account_kept
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention


def run_of_deeds(m: EventMention) -> bool:
    """A background mention told by a plural deed noun that names no weapon ("Clashes between farmers and herders
    have killed thousands over the past decade"): a run of deeds in the conflict's history, whose kind says nothing
    of the incident's. (A weapon's plural, "the bombings", "dynamite attacks", often names the incident's own
    weapon: MUC-4 dev lost three BOMBING incidents when it lent none.)"""
    return m.modality == "background" and m.event_type != EXPLOSIONS and plural_deed(m)


def undated_background(m: EventMention, keep: EventMention) -> bool:
    """A background mention with no day of its own ("herding communities have fought for years over grazing land";
    a day lent from another sentence is not its own, :func:`own_day`) joined to a violent incident told with its day: a state of the conflict, whose kind says nothing of the incident's
    (the day-before raid on a cattle camp is no mob violence because the area's communities fight). A weapon's or
    an abduction's background noun often names the incident's own deed ("since the bombing", "after the
    kidnapping"): it still lends its type (MUC-4 dev lost five BOMBING and two KIDNAPPING incidents without this)."""
    return (m.modality == "background" and not own_day(m) and keep.date_precision == "day"
            and keep.event_type in VIOLENT_EVENT_TYPES and m.event_type != EXPLOSIONS and m.sub_event_type != ABDUCTION)


def habit_told(m: EventMention) -> bool:
    """A background mention of a doer's habit, a perfect tense ("has bombed shrines in the past"): it tells what the
    doer does, not the weapon of the incident it is folded into."""
    if m.modality != "background" or m.trigger is None:
        return False
    before = m.sentence.text[max(0, m.trigger.start - m.sentence.start - 12):max(0, m.trigger.start - m.sentence.start)]
    return bool(re.search(r"\b(?:has|have)\s+(?:\w+\s+)?$", before))


def lend_type(keep: EventMention, other: EventMention) -> None:
    """``other``'s type replaces ``keep``'s when it ranks higher among protests, or tells the deed where ``keep``
    is generic or bare."""
    if keep.sub_event_type in PROTEST_RANK and PROTEST_RANK.get(other.sub_event_type or "", -1) > PROTEST_RANK[keep.sub_event_type]:
        if forces_excuse(keep, other):
            return  # "the army said its men had fired after being pelted with stones": the force's own claim
        keep.event_type, keep.sub_event_type, keep.plover = other.event_type, other.sub_event_type, other.plover
    elif bomb_word(keep) and other.sub_event_type == AIR:
        keep.event_type, keep.sub_event_type, keep.plover = other.event_type, other.sub_event_type, other.plover
    elif (generic(keep) and not generic(other) or bare_deed(keep) and not bare_deed(other)) and not run_of_deeds(other) \
            and not habit_told(other) \
            and not undated_background(other, keep) and not (keep.actor1 is None and fights_the_doers(other)) \
            and not (keep.sub_event_type == "Armed clash" and firefight_retold(other)) \
            and not shelling_in_fight(keep, other) \
            and not victims_account_kept(keep, other):
        # (an attack on civilians keeps its type against the doers' bare "neutralised terrorists": events/victims_account;
        # a clash keeps its type against the mortars or rockets used in it: events/firefight.shelling_in_fight)
        # (an attack on a post retold as "fired rifles and launched improvised explosives at it" stays an armed
        # clash: ACLED codes a fight with gunfire and explosives as one, events/firefight)
        keep.event_type, keep.sub_event_type, keep.plover = other.event_type, other.sub_event_type, other.plover
