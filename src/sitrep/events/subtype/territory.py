"""Custody, territory and forces: a surrender to the police, people rounded up by a non-state group (abducted),
an arrest whose people remain missing (a disappearance), weapons handed over, territory taken without a fight, an
armed site overrun (a battle), ground lost by a non-state group (the government regains), forces on the move.

Refine conditions: ``surrender_to_police``, ``nonstate_roundup``, ``custody_missing``, ``weapons_handed``,
``peaceful_takeover``, ``site_overrun``, ``loser_nonstate``, ``armed_movement``. Evidence: cues
``peaceful_takeover_words``, ``negation_words``, ``fighting_words``, ``civilian_words``, ``state_words``,
``armed_force_words`` (data/ontology.json), ``roundup_verbs`` (data/event_sense_cues.tsv); marks ``to_police``,
``taken_missing``, ``weapons_handed``, ``site_overrun`` (:mod:`.marks`).
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.subtype.clause import _CIVILIAN_IDS, _Clause


_RESISTANCE = frozenset({"resistance", "shot", "bloodshed"})
# fighting told beside a "without ...": a toll or a weapon's strike means the takeover was not peaceful
_FIGHT_TOLD = frozenset({"kill", "killed", "dead", "wound", "shelling", "airstrike", "bombardment"})


def _surrender_to_police(c: _Clause) -> bool:
    # "the suspect surrendered to officers": taken into custody, no agreement between parties
    return "to_police" in c.marks


def _nonstate_roundup(c: _Clause) -> bool:
    # "the gunmen rounded up the villagers at gunpoint": people taken by an armed group that is no state force
    # (a named non-state doer) are abducted, not arrested (ACLED: arrests are made by state forces)
    # (whom it takes are civilians: "fighters detained two suspects" is a de facto authority's arrest)
    return c.actor1 is not None and c.actor1_state is False and c.trigger_lemma in sense_cue("roundup_verbs") \
        and bool(c.target_lemmas & c.onto.cue("civilian_words"))


def _custody_missing(c: _Clause) -> bool:
    # "the elite corps arrested two citizens, who remain missing": an arrest whose people are not accounted for is a
    # forced disappearance (events/taken_missing)
    return "taken_missing" in c.marks


def _weapons_handed(c: _Clause) -> bool:
    # "former fighters handed over their rifles to the army": a disarmament, ACLED's change to group/activity
    return "weapons_handed" in c.marks


def _peaceful_takeover(c: _Clause) -> bool:
    # "seized the town after the army withdrew", "entered X unopposed", "a deserted base": territory changes
    # hands without a fight (ACLED: non-violent transfer of territory); not when fighting is told with it
    o, sent = c.onto, c.sent
    ok = bool(sent & o.cue("peaceful_takeover_words") or (
        "resistance" in sent and sent & o.cue("negation_words"))) and not sent & o.cue("fighting_words")
    # "took three towns without a fight", "without any armed clashes": the fighting named is denied
    return ok or ("without" in sent and bool(sent & (o.cue("fighting_words") | _RESISTANCE)) and not sent & _FIGHT_TOLD)


def _site_overrun(c: _Clause) -> bool:
    # "overran a military camp", "overran the army post": a battle for an armed site, ACLED's armed clash; a town
    # overrun stays territory taken (events/site_overrun)
    return "site_overrun" in c.marks


def _loser_nonstate(c: _Clause) -> bool:
    # "the militants were pushed back from the hills": ground lost by a non-state group to a side not
    # named, in a report of a war against the state (state words in the sentence): the government regains
    return (c.actor1 is None and c.actor2 is not None and c.actor2_state is False
            and bool(c.sentence_lemmas & c.onto.cue("state_words")))


def _armed_movement(c: _Clause) -> bool:
    # "the army moved tanks to the border", "militants massed fighters": forces on the move are ACLED's
    # change to group/activity; "an aid convoy arrived", "mobilised voters" stay PLOVER MOBILIZE
    return (c.actor1_state is not None and c.actor1 is not None and c.actor1.entity_id not in _CIVILIAN_IDS) or bool(
        c.clause_lemmas & c.onto.cue("armed_force_words"))
