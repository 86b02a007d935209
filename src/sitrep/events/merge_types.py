"""When two mentions may be one incident by their types and modalities (events/merge.py,
:func:`types_compatible`, :func:`modality_compatible`), and which types are merged at all (``MERGED_TYPES``:
the violent types, protests and riots).

- the same sub-type, or a generic one (:func:`generic`: "Attack", a bare "explosion"/"bombing") restating a
  specific one; an Armed clash read off a word that names no weapon (:func:`bare_deed`: "attacked", "killed",
  cue ``bare_deed_stems``) restates the bombing or shelling of its incident, unless either is background;
- a strike told with no weapon (:func:`unstated_strike`) or a bomb word (events/dropped_bombs) restates an air
  strike; bombs going off restate the strike that dropped them;
- protests and riots join each other only (``PROTEST_RANK``: the strongest reading wins, merge_lend_type);
  territory taken joins only the same sub-type at a place both name (each town taken is an incident);
- a weapon used in an armed clash told before (:func:`fight_step`: grenades or rockets with gunfire in their
  sentence, or any of them after an ambush) restates the clash, which keeps its type (branch types12);
- the same modality, a later background reference, or a source's account of an incident the article tells as fact.

Evidence: war_reports*, mixed_reports*, subtypes branches (bench/README.md: "the bombing" retells a suicide
bombing, a grenade or an air raid as well as a planted bomb, branch subtypes16); :func:`plural_deed` ("attacks",
"killings": a plural of a violent deed noun) is read by the toll carried and the type lent."""
from __future__ import annotations

import re

from sitrep.events.cues import sense_cue
from sitrep.events.dropped_bombs import bomb_word, bombs_going_off
from sitrep.events.merge_places import weak_place
from sitrep.events.merge_pointers import opens_on_deed, points_back
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention


GENERIC_SUBTYPES = frozenset({"Attack", None})
# an explosion or blast is what any strike or bomb does: as a trigger it names no weapon; nor does "the bombing",
# which retells a suicide bombing, a grenade or an air raid as well as a planted bomb (branch subtypes16)
GENERIC_TRIGGERS = frozenset({"explosion", "explosions", "blast", "blasts", "exploded", "explode", "explodes", "detonation",
                              "bombing", "bombings"})


def generic(m: EventMention) -> bool:
    return m.sub_event_type in GENERIC_SUBTYPES or (
        m.sub_event_type == "Remote explosive/landmine/IED" and m.trigger is not None
        and m.trigger.text.lower() in GENERIC_TRIGGERS)


AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
STRIKE_WORDS = frozenset({"strike", "strikes", "struck", "hit", "hits"})


def unstated_strike(m: EventMention) -> bool:
    """A strike told with no weapon ("the strike hit a vehicle", "the refinery had been struck", "precision
    strikes"): typed a shelling only because no aircraft is named in its sentence, so it may restate the air or
    drone strike its report tells; a sentence naming a gun, shell, rocket or missile keeps it a shelling of its
    own."""
    if m.sub_event_type != SHELLING or m.trigger is None or m.trigger.text.lower() not in STRIKE_WORDS:
        return False
    from sitrep.events.ontology import load_ontology

    guns = load_ontology().cue("instrument_shelling")
    return not any(w.startswith(g) for w in re.findall(r"[a-z]+", m.sentence.text.lower()) for g in guns)


def bare_deed(m: EventMention) -> bool:
    """A generic mention, or an Armed clash read off a word that names no weapon and no manner of fighting
    ("attacked", "killed", "wounded": ``bare_deed_stems`` of data/event_sense_cues.tsv): its sub-type comes from
    its parties, so it restates the bombing or shelling of its incident as a bare "attack" does ("rebels attacked
    the post" ... "two car bombs went off at its gate")."""
    if generic(m):
        return True
    if m.sub_event_type != "Armed clash" or m.trigger is None:
        return False
    word = m.trigger.text.lower()
    return any(word.startswith(s) for s in sense_cue("bare_deed_stems"))


# a protest told again: the strongest reading wins ("protested" + "police dispersed them" = with intervention)
PROTEST_RANK = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2,
                "Violent demonstration": 3}
PROTEST_TYPES = frozenset({"Protests", "Riots"})
EXPLOSIONS = "Explosions/Remote violence"
ABDUCTION = "Abduction/forced disappearance"
TERRITORIAL = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def types_compatible(a: EventMention, b: EventMention) -> bool:
    """The same sub-type, or a generic one restating a specific one; a territorial event (each town taken is
    an incident of its own) merges only with the same sub-type at a place both name."""
    if (a.sub_event_type in PROTEST_RANK) != (b.sub_event_type in PROTEST_RANK):
        return False
    if a.sub_event_type in PROTEST_RANK:
        return True
    if a.sub_event_type in TERRITORIAL or b.sub_event_type in TERRITORIAL:
        return a.sub_event_type == b.sub_event_type and not weak_place(a) and not weak_place(b)
    if a.sub_event_type == b.sub_event_type:
        return True
    if generic(a) or generic(b):
        return True
    if (unstated_strike(a) and b.sub_event_type == AIR) or (unstated_strike(b) and a.sub_event_type == AIR):
        return True
    if (bomb_word(a) and b.sub_event_type == AIR) or (bomb_word(b) and a.sub_event_type == AIR):
        return True
    if bombs_going_off(a, b) or bombs_going_off(b, a):
        return True
    # an Armed clash told by a bare deed restates a weapon's strike (not an abduction or another deed on
    # civilians) told as news: a background mention ("bombs have maimed many in the valley over the years")
    # lends no weapon
    if "background" in (a.modality, b.modality):
        return False
    if fight_step(a, b):
        return True
    return (bare_deed(a) and b.event_type == EXPLOSIONS) or (bare_deed(b) and a.event_type == EXPLOSIONS)


_STEP_WEAPONS = frozenset({"Grenade", "Remote explosive/landmine/IED", "Shelling/artillery/missile attack"})


def fight_step(clash: EventMention, other: EventMention) -> bool:
    """``other``, told after the armed clash ``clash``, is a weapon used in it: grenades, a charge, rockets or mortars
    whose own sentence tells gunfire ("the attackers shot at the vehicle and threw grenades"), or any of them after
    an ambush ("militants ambushed the truck ... fired rockets at the escort vehicle"). ACLED codes the fight as one
    armed clash; the weapon's mention restates it (events/firefight keeps the clash's type, merge_lend_type)."""
    if clash.sub_event_type != "Armed clash" or other.sub_event_type not in _STEP_WEAPONS or clash.trigger is None:
        return False
    if clash.trigger.text.lower().startswith("ambush"):
        return True
    from sitrep.events.firefight import gunfire_told

    return other.sentence is not None and gunfire_told(re.findall(r"[a-z-]+", other.sentence.text.lower()))


def modality_compatible(a: EventMention, b: EventMention) -> bool:
    """The same modality; or a later background reference; or one side's account ("the police claimed the
    marchers pelted them with stones") of an incident the article has told as fact: the same incident told by a
    source, not a second one (the incident stays asserted); or, the other way, a source's account ("threw a grenade
    at the post, police said") that the article then tells as fact pointing back to it ("The blast woke residents")."""
    return a.modality == b.modality or b.modality == "background" or (a.modality, b.modality) == ("asserted", "claimed") \
        or (a.modality, b.modality) == ("claimed", "asserted") and (points_back(b) or opens_on_deed(b))


MERGED_TYPES = VIOLENT_EVENT_TYPES | PROTEST_TYPES


def plural_deed(m: EventMention, es: bool = True) -> bool:
    """The mention is told by the plural of a noun of one deed ("attacks", "killings": the singular is a noun
    trigger of a violent type; with ``es`` also "clashes")."""
    from sitrep.events.ontology import load_ontology

    w = m.trigger.text.lower() if m.trigger is not None else ""
    if len(w) < 4 or not w.endswith("s") or w.endswith("ss"):
        return False
    stems = (w[:-1], w[:-2]) if es and w.endswith("es") else (w[:-1],)  # "clashes": "clash"
    return any(p.tdef.event_type in VIOLENT_EVENT_TYPES and not p.deps
               for st in stems for p in load_ontology().patterns(st, "NOUN"))
