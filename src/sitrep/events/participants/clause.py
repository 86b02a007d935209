"""Which verbs of an event's clause :func:`read_order.read_roles` reads (:class:`RoleClause`).

Decides: the trigger tokens, whether the deed takes territory or harms people, and the verbs whose arguments are
read: the triggers' verbs and the clause's head verb, unless the head only relays the deed (``SOURCE_VERBS``, the cue
list ``participant_source_verbs`` of data/event_sense_cues.tsv: "the monitor reported clashes"). ``SYMMETRIC``: the
event codes whose two sides are alike (clashes, consultations, agreements).
"""
from __future__ import annotations

import dataclasses

from sitrep.events.cues import sense_cue
from sitrep.events.triggers import Group, Trigger
from sitrep.model import VIOLENT_EVENT_TYPES, Place


# verbs whose subject only relays what happened ("the monitor reported clashes", "witnesses described shelling")
SOURCE_VERBS = sense_cue("participant_source_verbs")
SYMMETRIC = ("battles.armed_clash", "plover.consult", "sd.agreement")


@dataclasses.dataclass
class RoleClause:
    """What :func:`read_roles` reads of one clause: its triggers, the verbs whose arguments are read, the places."""
    group: Group
    primary: Trigger
    places: list
    trig_heads: set
    trig_toks: set
    territorial: bool
    harms_people: bool
    verbs: list
    trig_verbs: list
    rejecters: set


def _role_clause(group: Group, primary: Trigger, places: list[Place]) -> RoleClause:
    """The clause's trigger tokens and the verbs to read: the triggers' verbs and the head verb (not a source verb)."""
    trig_heads = {t.tok.i for t in group.triggers}
    trig_toks = trig_heads | {d.i for t in group.triggers for d in t.dep_toks}
    code = primary.tdef.code
    territorial = code in ("battles.nsa_overtakes", "battles.gov_regains", "sd.nonviolent_transfer")
    harms_people = primary.tdef.event_type in VIOLENT_EVENT_TYPES or primary.tdef.event_type == "Protests"
    verbs = [t.tok for t in group.triggers if t.tok.pos_ == "VERB"]
    trig_verbs = list(verbs)
    rejecters = {t.tok.i for t in group.triggers if t is not primary and t.tdef.plover == "REJECT"}
    if group.head.pos_ in ("VERB", "AUX") and group.head not in verbs and group.head.lemma_.lower() not in SOURCE_VERBS:
        verbs.append(group.head)
    return RoleClause(group, primary, places, trig_heads, trig_toks, territorial, harms_people, verbs, trig_verbs,
                      rejecters)
