"""Sub-type: the ACLED/PLOVER type of an event, refined by what its clause names and who its actors are.

The trigger gives a type; its ``refine`` rules (``data/ontology.json``) move it on, in order:

- the weapon or means named sets the sub-type (suicide, grenade, chemical, planted explosive, air/drone,
  shelling/artillery/missile), except for triggers of violence by hand or small arms (shooting, stabbing,
  beating: cue ``personal_violence``), which stay attacks whatever else the clause names;
- protesters as the doers of violence ("stormed the office", "attacked the police station") make a violent
  demonstration, whether the protest or the violent verb is the trigger;
- protest words in the clause make a killing excessive force and a clash a violent demonstration; protesters'
  own violence, lethal force or an intervention split a protest four ways; a mob makes mob violence;
- with no weapon named, the actors decide: armed on both sides (or an armed side attacked by an unknown one)
  is an armed clash, otherwise an attack on civilians;
- a territorial trigger with state forces as actor1 is the government regaining territory;
- a deployment or troop movement by armed forces (PLOVER MOBILIZE) is ACLED's change to group/activity.

Where the rules leave a generic type, a learned decision (:mod:`sitrep.events.subtype_model`) may pick the
sub-type from the clause's words.

One module per family of rules; where a wrong sub-type was chosen, find the refine condition that moved it (the
type's ``refine`` list in data/ontology.json) in :data:`sitrep.events.subtype.rules._CONDITIONS`, then its module:

==============  ================================================================================================
module          decides
==============  ================================================================================================
``event``       the order: the trigger's type refined up to three times, and which lemmas the rules read
``rules``       the table of refine conditions and :func:`refine` (the first rule that holds wins)
``actors``      armed clash or attack on civilians, by who the sides are
``weapons``     the weapon or means named: suicide, grenade, chemical, explosive, air, shelling; firefights
``accidents``   industrial and road accidents (no attack)
``protests``    the four protest sub-types, protesters' violence, force used on them
``crowds``      fans, inmates, mobs, crowds fighting the police, communal clashes
``territory``   custody (surrender, abduction, disappearance), takeovers, overruns, disarmament, movements
``marks``       no decision: what the trigger's phrases tell (:func:`trigger_marks`) for the rules to read
``blockade``    no decision: a crowd's road block (:func:`crowd_blocks`) for the protest rules
``scene``       no decision: scene, arrest scene and target lemmas for the rules
``clause``      no decision: :class:`_Clause`, what one refine call reads; who counts as armed
==============  ================================================================================================

Confidence: a rule gives none of its own; the learned decision replaces a generic type only when it is at least
its cross-validated threshold sure (data/models/subtype.json).

The public names of the former ``events/subtype.py`` stay importable from here.
"""
from __future__ import annotations

from sitrep.events.subtype.actors import armed_pair
from sitrep.events.subtype.blockade import (blockade_before, blockade_by_protesters, crowd_blocks,
                                            crowd_only_block_lemmas)
from sitrep.events.subtype.event import event_type
from sitrep.events.subtype.marks import mishap_toll, trigger_marks, worn_charge
from sitrep.events.subtype.rules import SENTENCE_CONDITIONS, refine
from sitrep.events.subtype.scene import (SCENE_MARKS, SCENE_PREPS, TARGET_PREPS, arrest_scene_lemmas,
                                         protest_person_lemmas, scene_lemmas, target_lemmas)

__all__ = [
    "SCENE_MARKS", "SCENE_PREPS", "SENTENCE_CONDITIONS", "TARGET_PREPS", "armed_pair", "arrest_scene_lemmas",
    "blockade_before", "blockade_by_protesters", "crowd_blocks", "crowd_only_block_lemmas", "event_type",
    "mishap_toll", "protest_person_lemmas", "refine", "scene_lemmas", "target_lemmas", "trigger_marks", "worn_charge",
]
