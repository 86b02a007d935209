"""Counts of victims named without a number: "shot and killed Ana Ruiz and her daughter" (2 killed),
"Tom Bell was fatally shot" / "was pronounced dead" / "died of his wounds" (1 killed), "a man was killed" (1),
"a woman was injured" (1 wounded), "Ana Ruiz, who was shot dead" (1), "was shot dead" / "found dead" / "passed away" / "was gunned down" / "beaten to
death" (1), and death nouns: "the assassination of Ana Ruiz and her driver" (2), "the murder of X and of Y" (2), "his murder" (1).

A death or injury word of ``data/figure_lexicon.tsv`` (``kill``, ``die``, ``wound``...), "fatally"/"mortally" with
a shooting or stabbing verb, any verb with "dead" as its complement ("shot dead", "found dead", "pronounced dead"),
"to death" ("beaten to death"), "passed away", "gunned down" and "succumbed (to his wounds)" name their victims
through the parse: the passive subject, the object of an active verb (shared by "shot and killed"), the subject of
an intransitive one ("died"). A death noun of the lexicon (a ``killed`` noun of class ``event``: death, killing,
murder, assassination...) names its victims by "of" or a possessive ("the murder of X", "X's assassination"),
unless it is a modifier ("death squads", "assassination attempt") or the deed was only tried or planned
("attempted", "failed", "foiled", "plot"). Each victim
and each coordinated one ("X and her daughter") counts one when it is a single person: a person's name, a singular
noun of a person (a ``person`` noun of the lexicon) with an article, possessive or demonstrative ("a man",
"her daughter", "the driver"), or "he"/"she". Anything
else (a plural without a number, "they", a number the figure scanner already counts) leaves the clause to the
number scanner: no figure is made.

Each count is a :class:`sitrep.model.Figure` whose span runs from the first victim to the last, ``what`` killed or
wounded, ``who`` the victims' words; its date and claimant are set by the figure layer like any other.

One module per decision; where a count of named victims came out as it did, look in the module that decides it
(start at ``counts.victim_counts``, the entry point, which asks the others in this order):

=================  =================================================================================================
module             decides
=================  =================================================================================================
``counts``         which tokens head a clause of victims, and each clause's count (:func:`victim_counts`); an
                   ordinal victim as the whole toll ("a third person has died": :func:`_ordinal_toll`)
``death_nouns``    whether a noun names a death, whose (:func:`_noun_victims`), and a deed only tried
                   (:func:`tried_deed`)
``category``       killed, wounded or nothing for a verb (:func:`_category`: the order of the readings)
``fatal``          a verb phrase that says its victim died (:func:`fatal_phrase`, :func:`lost_life`,
                   :func:`found_dead_with`, :func:`objects_on_dead`)
``hurt_phrase``    a victim wounded by a phrase of injury or care (:func:`_hurt_by_phrase`)
``another_one``    a victim that is one more person than the dead its sentence tells
``injuries``       an injury noun and the verbs that tell one suffered (:func:`injury_noun`,
                   :func:`suffered_injury`, :func:`has_injury`, :func:`took_a_bullet`)
``hospital``       hurt and alive by hospital or condition (:func:`in_condition`, :func:`in_hospital_still`,
                   :func:`hospitalised_hurt`, :func:`hurt_and_carried`)
``survival``       the victim lived (:func:`survived`, :func:`survived_next`, :func:`shot_and_survived`,
                   :func:`survived_injury`)
``struck``         struck in the body or by a round (:func:`struck_in_body`, :func:`struck_by_round`)
``heads``          which words a verb names as its victims (:func:`_victim_heads`)
``victim_list``    which words are the clause's victims, all single people (:func:`_clause_victims`)
``single_person``  whether a victim is one single person (:func:`_single_person`), "a couple" two
``bounds``         where the victims' words begin and end (:func:`_victim_bounds`)
``words``          no decision: the word lists several modules share, read from ``data/victim_cues.tsv``
=================  =================================================================================================

Every name of the former ``nlp/victims.py`` stays importable from here (private ones too, which other modules and
tests import: ``_single_person``). Its code moved verbatim; the order of the checks is the old module's. Its plain
word lists are in ``data/victim_cues.tsv`` (word, kind, source), read once at import; grammar words (determiners,
pronouns), entity and part-of-speech labels, the lexicon's category ``families``, the two-word particle deaths, the
ordinal numbers and the regular expression of a death told apart stay in code.
"""
from __future__ import annotations

from sitrep.nlp.victims.another_one import _another_one, _gapped_other, _OTHER_ONE, _others_dead
from sitrep.nlp.victims.bounds import _apposed, _victim_bounds
from sitrep.nlp.victims.category import _category, _FATAL_ADVERBS
from sitrep.nlp.victims.counts import _CLAUSE_POS, _ordinal_toll, ORDINALS, _ORDINALS, _TOLD_APART, victim_counts
from sitrep.nlp.victims.death_nouns import _death_noun, _noun_victims, _REMAINS, _TRIED, tried_deed
from sitrep.nlp.victims.fatal import (_after_object, fatal_phrase, _found_dead, found_dead_with, lost_life,
                                      objects_on_dead, _PARTICLE_DEATHS)
from sitrep.nlp.victims.heads import (_died_after_participle, _heads_by_verb_sense, _heads_of_gapped_verb,
                                      _PASSIVE_ALIVE, _subject_dies, _victim_heads)
from sitrep.nlp.victims.hospital import (_alive_hurt, _condition_phrase, _CONDITIONS, _HOSPITAL_WORDS,
                                         hospitalised_hurt, hurt_and_carried, in_condition, in_hospital_still, _pobj_of,
                                         _to_hospital, _violence_cues)
from sitrep.nlp.victims.hurt_phrase import _hurt_by_phrase
from sitrep.nlp.victims.injuries import (_BODY_PARTS, _BROKEN, has_injury, _INJURIES, injury_noun, _PROJECTILES,
                                         suffered_injury, took_a_bullet)
from sitrep.nlp.victims.single_person import (_bare_person, _couple, _GROUP_CATEGORIES, _NEXT_RANKS, _NOT_PEOPLE_ENTS,
                                              _one_more_by_rank, _one_told_dead, _passer_by, _shared_determiner,
                                              _SINGLE_DETS, _single_person, _SINGLE_PRONOUNS, _two_kin)
from sitrep.nlp.victims.struck import struck_by_round, struck_in_body, _STRUCK_VERBS
from sitrep.nlp.victims.survival import (_pair_subject, _SAME_VICTIM, _SAME_VICTIMS, shot_and_survived, _survival,
                                         survived, survived_injury, survived_next)
from sitrep.nlp.victims.victim_list import (_after_and, _clause_victims, _drop_split_titles, _hung_on_verb, _numbered,
                                            _own_harm, _relative_owner, _split_list)
from sitrep.nlp.victims.words import (_CARRIED, _DEATH_LEMMAS, _FATAL_VERBS, _LIFE_VERBS, _SUFFERED, _SURVIVE,
                                      _SURVIVED_VERBS, _TAKE_HIT_VERBS, victim_cue)

__all__ = [
    "ORDINALS", "_BODY_PARTS", "_BROKEN", "_CARRIED", "_CLAUSE_POS", "_CONDITIONS", "_DEATH_LEMMAS", "_FATAL_ADVERBS",
    "_FATAL_VERBS", "_GROUP_CATEGORIES", "_HOSPITAL_WORDS", "_INJURIES", "_LIFE_VERBS", "_NEXT_RANKS",
    "_NOT_PEOPLE_ENTS", "_ORDINALS", "_OTHER_ONE", "_PARTICLE_DEATHS", "_PASSIVE_ALIVE", "_PROJECTILES", "_REMAINS",
    "_SAME_VICTIM", "_SAME_VICTIMS", "_SINGLE_DETS", "_SINGLE_PRONOUNS", "_STRUCK_VERBS", "_SUFFERED", "_SURVIVE",
    "_SURVIVED_VERBS", "_TAKE_HIT_VERBS", "_TOLD_APART", "_TRIED", "_after_and", "_after_object", "_alive_hurt",
    "_another_one", "_apposed", "_bare_person", "_category", "_clause_victims", "_condition_phrase", "_couple",
    "_death_noun", "_died_after_participle", "_drop_split_titles", "_found_dead", "_gapped_other",
    "_heads_by_verb_sense", "_heads_of_gapped_verb", "_hung_on_verb", "_hurt_by_phrase", "_noun_victims",
    "_numbered", "_one_more_by_rank", "_one_told_dead", "_ordinal_toll", "_others_dead", "_own_harm",
    "_pair_subject", "_passer_by", "_pobj_of", "_relative_owner", "_shared_determiner", "_single_person",
    "_split_list", "_subject_dies", "_survival", "_to_hospital", "_two_kin", "_victim_bounds", "_victim_heads",
    "_violence_cues", "fatal_phrase", "found_dead_with", "has_injury", "hospitalised_hurt", "hurt_and_carried",
    "in_condition", "in_hospital_still", "injury_noun", "lost_life", "objects_on_dead", "shot_and_survived",
    "struck_by_round", "struck_in_body", "suffered_injury", "survived", "survived_injury", "survived_next",
    "took_a_bullet", "tried_deed", "victim_counts", "victim_cue",
]
