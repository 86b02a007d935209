"""Who the sides are decides between an armed clash and an attack on civilians, where no weapon does: armed on both
sides (or an armed side attacked by an unknown one) is an armed clash; a deed of one side on people with no arms,
a village, a convoy of civilians or a person hurt in an assault is an attack (ACLED: an armed clash needs two
organised armed sides).

Refine conditions: ``actor1_state``, ``actor1_nonstate``, ``actor2_civilian``, ``actor2_not_civilian``,
``target_civilian``, ``both_armed``, ``personal_assault`` (data/ontology.json ``refine``). Evidence: the actors'
state/non-state kinds (the actor dictionary), the target's words; cues ``civilian_words``, ``military_targets``,
``nonstate_words``, ``personal_violence`` (data/ontology.json), ``one_sided_deeds``, ``civilian_sites``
(data/event_sense_cues.tsv); marks ``civilian_convoy``, ``harm_assault`` (:mod:`.marks`). Tests:
tests/test_subtypes11.py (``armed_pair``), tests/test_events_subtype_families.py.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.cues import sense_cue
from sitrep.events.subtype.clause import _CIVILIAN_IDS, _armed, _Clause
from sitrep.model import ActorRef


def armed_pair(state1: Optional[bool], actor1: Optional[ActorRef], state2: Optional[bool],
               actor2: Optional[ActorRef]) -> bool:
    """Both sides are known to be armed (state forces or non-state armed groups, :func:`_armed`): "gunmen attacked
    the headquarters of <a militia the actor dictionary knows>, killing two of its members" is a fight of two
    armed sides, whatever its words."""
    return _armed(state1, actor1) and _armed(state2, actor2)


def _actor1_state(c: _Clause) -> bool:
    return c.actor1_state is True


def _actor1_nonstate(c: _Clause) -> bool:
    return c.actor1_state is False


def _actor2_civilian(c: _Clause) -> bool:
    return c.actor2 is not None and c.actor2.entity_id in _CIVILIAN_IDS


def _actor2_not_civilian(c: _Clause) -> bool:
    return c.actor2 is None or c.actor2.entity_id not in _CIVILIAN_IDS


def _target_civilian(c: _Clause) -> bool:
    # "soldiers assaulted civilians", "stormed a village and beat its residents": one-sided, an attack
    return (not _armed(c.actor2_state, c.actor2) and (bool(c.target_lemmas & c.onto.cue("civilian_words"))
            and not c.target_lemmas & c.onto.cue("military_targets") or "civilian_convoy" in c.marks)) \
        or c.unarmed or _one_sided_on_civilians(c)


def _one_sided_on_civilians(c: _Clause) -> bool:
    # "insurgents ambushed a minibus, killing two passengers": a deed of one side (an ambush, an assault, a storming)
    # whose victims the roles read as civilians is an attack on them (ACLED: an armed clash needs two armed sides);
    # a fight of two sides keeps its dead as its toll ("clashes killed four civilians", "exchanged fire"): only the
    # deeds of cue one_sided_deeds
    return (_actor2_civilian(c) and c.trigger_lemma in sense_cue("one_sided_deeds")
            and not c.target_lemmas & c.onto.cue("military_targets"))


def _personal_assault(c: _Clause) -> bool:
    # "detectives opened a murder inquiry after a fatal assault in the town centre": an assault told by its harm to a
    # person (:func:`trigger_marks` "harm_assault") by no known armed side is an attack on that person, not a fight
    return "harm_assault" in c.marks and not _armed(c.actor2_state, c.actor2)


def _both_armed(c: _Clause, doer_armed: bool = False) -> bool:
    """Both sides armed; ``doer_armed`` where the clause's own weapons show the doer armed (a firefight)."""
    a1 = c.actor1 is None or doer_armed and c.actor1.entity_id not in _CIVILIAN_IDS or _armed(c.actor1_state, c.actor1)
    civilian = c.actor2 is not None and c.actor2.entity_id in _CIVILIAN_IDS
    target_armed = _armed(c.actor2_state, c.actor2) or (
        not civilian and (c.actor2 is None or c.actor2_state is None)
        and bool(c.target_lemmas & c.onto.cue("military_targets")))
    # "the mayor was murdered", "guerrillas shot dead a judge": a killing of a person with no arms is
    # one-sided, even where the victim's office resolves to a state or a town (ACLED: violence against civilians)
    return (target_armed and a1 and not (c.actor1 is None and c.trigger_lemma in c.onto.cue("personal_violence"))
            and not c.unarmed and not _civilian_site_target(c) and "civilian_convoy" not in c.marks)


def _civilian_site_target(c: _Clause) -> bool:
    # "survivors of an attack on a farming village ... after rebels killed 15": the deed's own phrase aims it at a
    # place of civilians (cue civilian_sites) and names no armed target there; an armed actor2 read from elsewhere in
    # the sentence does not make it a fight
    o = c.onto
    return bool(c.target_lemmas & sense_cue("civilian_sites")) and not c.target_lemmas & (
        o.cue("military_targets") | o.cue("nonstate_words"))
