"""Antecedents: who a pronoun, "those forces", "the group" or "the assault" stands for: the speaker, the acting
side of an earlier event, the subject of the clause or sentence before, or the nearest earlier name of the
pronoun's kind; victims named by a pronoun. One module per decision; where a reading was made, look in the module
that decides it:

====================  ================================================================================================
module                decides
====================  ================================================================================================
``subject_pronoun``   the order a subject pronoun or "those forces" is read in (:func:`antecedent`)
``left_open``         pronouns left blank: either side may be meant (two sides, "they shot back", the clause's object)
``host_clause``       the subject of the clause the pronoun's clause hangs on ("X was ruthless when it ...")
``speaker``           a pronoun in what a speaker says: the speaker, the body a spokesman speaks for, the claimant
``quoted``            "I"/"we" in a quotation: the claimant, the person "he said" after it stands for
``previous_subject``  "It ..." opening a sentence: the one subject of the sentence before
``earlier_event``     the acting side of the nearest earlier event, unless one of two or of a clash
``nearest_name``      the nearest earlier name of the pronoun's kind, blank when another name makes it a guess
``group_noun``        "the group", "the militants": the one armed group named just before
``owned_forces``      "its troops", "those forces", "his men" in what a commander says: whose forces
``armed_side``        whether an actor is an armed side "the troops" may belong to
``patient``           the victim a pronoun names ("beating him", "when they were attacked")
``deed_before``       "The assault ..." after a sentence telling an armed side's deed: that side
``candidates``        which phrase can be a pronoun's candidate (agreement, a verb's argument, no place)
``descriptions``      a subject described by an apposition or a predicate, not two sides
``common``            no decision: pronoun tables, the reach back, the readers of data/antecedent_cues.tsv
====================  ================================================================================================

The names of the former ``events/antecedents.py`` stay importable from here, private ones included (its lists
RECIPROCAL_DEEDS, RETURN_VERBS, WHERE_PREPS, SIDE_NOUNS, _WHILE_MARKS and LEADER_NOUNS, and two lists written inline,
are now lists of data/antecedent_cues.tsv, read once at import).
"""
from __future__ import annotations

from sitrep.events.antecedents.armed_side import armed_side
from sitrep.events.antecedents.candidates import (WHERE_PREPS, _agrees, _in_noun_clause, _named_by, _verb_argument,
                                                  _where)
from sitrep.events.antecedents.common import (ANTECEDENT_CHARS, OBJECT_PRONOUNS, POSSESSIVE, PRONOUNS, UNNAMED_ROLES,
                                              antecedent_cue, plural_doers)
from sitrep.events.antecedents.deed_before import deed_doer_before
from sitrep.events.antecedents.descriptions import (coordinates, described_by, descriptions, named_outside_description,
                                                    said_of)
from sitrep.events.antecedents.earlier_event import RECIPROCAL_DEEDS, coordinated, earlier_actor
from sitrep.events.antecedents.group_noun import (GROUP_MODIFIERS, SIDE_NOUNS, describes_other, group_antecedent,
                                                  members_of_told_group, pointing_group_noun)
from sitrep.events.antecedents.host_clause import HOST_LINKS, _host_verb, _rival_between, host_subject
from sitrep.events.antecedents.left_open import RETURN_VERBS, answers, both_sides_before, named_in_own_clause
from sitrep.events.antecedents.nearest_name import (PRONOUN_KINDS, _name_words, mention_antecedent, names_acted_on,
                                                    only_person_before, other_person_beside, plural_doer_before)
from sitrep.events.antecedents.owned_forces import (LEADER_NOUNS, POINTING_FORCE_NOUNS, anaphoric_forces, leader_forces,
                                                    own_unit_name, owned_forces)
from sitrep.events.antecedents.patient import _WHILE_MARKS, held_object, pronoun_patient, when_clause_subject
from sitrep.events.antecedents.previous_subject import previous_subject, told_clause
from sitrep.events.antecedents.quoted import (CLOSE_QUOTES, OPEN_QUOTES, pronoun_speaker, quoted_speaker,
                                              surname_told_before, topic_person)
from sitrep.events.antecedents.speaker import (claimant_person, many_or_body, speaker_antecedent, speaker_noun,
                                               speaker_nouns, speaker_principal, unarmed_speaker)
from sitrep.events.antecedents.subject_pronoun import antecedent

__all__ = [
    "ANTECEDENT_CHARS", "CLOSE_QUOTES", "GROUP_MODIFIERS", "HOST_LINKS", "LEADER_NOUNS", "OBJECT_PRONOUNS",
    "OPEN_QUOTES", "POINTING_FORCE_NOUNS", "POSSESSIVE", "PRONOUNS", "PRONOUN_KINDS", "RECIPROCAL_DEEDS",
    "RETURN_VERBS", "SIDE_NOUNS", "UNNAMED_ROLES", "WHERE_PREPS", "_WHILE_MARKS", "_agrees", "_host_verb",
    "_in_noun_clause", "_name_words", "_named_by", "_rival_between", "_verb_argument", "_where", "anaphoric_forces",
    "answers", "antecedent", "antecedent_cue", "armed_side", "both_sides_before", "claimant_person", "coordinated",
    "coordinates", "deed_doer_before", "described_by", "describes_other", "descriptions", "earlier_actor",
    "group_antecedent", "held_object", "host_subject", "leader_forces", "many_or_body", "members_of_told_group",
    "mention_antecedent", "named_in_own_clause", "named_outside_description", "names_acted_on", "only_person_before",
    "other_person_beside", "own_unit_name", "owned_forces", "plural_doer_before", "plural_doers", "pointing_group_noun",
    "previous_subject", "pronoun_patient", "pronoun_speaker", "quoted_speaker", "said_of", "speaker_antecedent",
    "speaker_noun", "speaker_nouns", "speaker_principal", "surname_told_before", "told_clause", "topic_person",
    "unarmed_speaker", "when_clause_subject",
]
