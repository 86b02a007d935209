"""Who a death or injury verb names as its victims (:func:`_victim_heads`): by the verb's own frame ("claimed the
lives of X", "X lost her life", "X suffered a wound"), the passive subject, the object, the subject of "die", a
gapped or shared verb's subject, a participle's noun, the one found.
"""
from __future__ import annotations

from typing import Any, Optional

from sitrep.nlp.severed_result import severed_object
from sitrep.nlp.victims.another_one import _gapped_other
from sitrep.nlp.victims.death_nouns import _noun_victims
from sitrep.nlp.victims.fatal import _found_dead, fatal_phrase, lost_life, objects_on_dead
from sitrep.nlp.victims.hospital import _alive_hurt
from sitrep.nlp.victims.hurt_phrase import _hurt_by_phrase
from sitrep.nlp.victims.injuries import has_injury, took_a_bullet
from sitrep.nlp.victims.single_person import _one_more_by_rank, _passer_by
from sitrep.nlp.victims.words import _CARRIED, _FATAL_VERBS, _LIFE_VERBS, _SUFFERED, _SURVIVE, victim_cue


_PASSIVE_ALIVE = victim_cue("passive_alive")  # verbs of the hurt alive whose passive subject is he


def _subject_dies(v: Any, verbs: dict[str, tuple[str, str]]) -> bool:
    row = verbs.get(v.lemma_.lower())
    if row is not None and row[1] == "subj":
        return True
    return fatal_phrase(v) and not any(c.dep_ in ("dobj", "obj") for c in v.children)


def _heads_by_verb_sense(v: Any, kids: list[Any]) -> Optional[list[Any]]:
    """The victims a verb of a kind names by its own frame ("claimed the lives of X and Y", "X lost her life", "X
    suffered a gunshot wound", "X is in hospital", "X survived with gunshot wounds"); None for any other verb."""
    if v.lemma_.lower() in _LIFE_VERBS and not _hurt_by_phrase(v):  # "claimed the lives of X and Y", "ended his life"
        lives = [c for c in kids if c.dep_ in ("dobj", "obj") and c.lower_ in ("life", "lives")]
        return _noun_victims(lives[0]) if lives else []
    if lost_life(v):  # "Ana Ruiz lost her life": the one who lost it
        return [c for c in kids if c.dep_ == "nsubj"]
    if v.lemma_.lower() in _SUFFERED or _alive_hurt(v) or took_a_bullet(v) or has_injury(v):  # "X suffered a gunshot wound", "X is in hospital"
        # ("X was listed in stable condition": the passive subject)
        return [c for c in kids if c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and v.lemma_.lower() in _PASSIVE_ALIVE]
    if v.lemma_.lower() in _SURVIVE:  # "X survived with gunshot wounds" (also parsed as a participle on "X")
        found = [c for c in kids if c.dep_ == "nsubj"]
        return found or ([v.head] if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN") else [])
    return None


def _heads_of_gapped_verb(v: Any, kids: list[Any]) -> Optional[list[Any]]:
    """The victims of a verb whose subject is left out or hung elsewhere: a gapped passive ("a constable was killed
    and another injured"), a second verb sharing the first one's passive subject ("A man was shot and killed"), a
    participle on its noun ("the man fatally shot by an officer"), one found ("X was found shot dead"); None where
    none of these holds."""
    if v.dep_ == "conj" and (v.tag_ == "VBN" or v.tag_ == "VBD" and not any(c.dep_ in ("dobj", "obj") for c in kids)) \
            and any(c.dep_ == "nsubjpass" or c.dep_ in ("dobj", "obj") and v.head.lemma_.lower() == "leave"
                    for c in v.head.children) and not any(c.dep_ in ("aux", "auxpass") for c in kids):
        # "a constable was killed and another injured": the passive's auxiliary left out, its subject parsed active
        # (the participle may be tagged a past tense: "a captain was killed and his driver wounded", no object);
        # so with "left" gapped: "left one man dead and another seriously injured" ("and a third seriously wounded",
        # "a third" parsed as a modifier of the participle)
        found = [c for c in kids if c.dep_ == "nsubj" or c.dep_ == "npadvmod" and _one_more_by_rank(c)]
        if found:
            return found
    if v.dep_ == "conj" and v.head is not v and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        # "A man was shot and killed": the second verb shares the first one's passive subject
        return [c for c in v.head.children if c.dep_ == "nsubjpass"]
    if v.dep_ == "acl" and v.tag_ == "VBN" and (v.head.pos_ in ("NOUN", "PROPN") or _gapped_other(v.head)) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") for c in kids):
        return [v.head]  # "identified the man fatally shot by an officer as X": the noun the participle hangs on
        # ("Two men were killed and a third seriously wounded": "a third", the passive's "was" left out)
    if v.dep_ in ("xcomp", "oprd") and v.head.lemma_.lower() == "find" and v.tag_ == "VBN":
        # "X was found shot dead", "police found him stabbed to death": the one found
        return [c for c in v.head.children if c.dep_ in ("nsubjpass", "dobj", "obj")]
    return None


def _victim_heads(v: Any, verbs: dict[str, tuple[str, str]]) -> list[Any]:
    """The passive subject, else the object, else (for "die", "perish", "passed away", "is dead") the subject; a
    verb of a kind by its own frame first (:func:`_heads_by_verb_sense`), a gapped verb's last
    (:func:`_heads_of_gapped_verb`)."""
    kids = list(v.children)
    by_sense = _heads_by_verb_sense(v, kids)
    if by_sense is not None:
        return by_sense
    split = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass", "npadvmod") and _passer_by(c)]
    if split:  # "a soldier was killed and a passer-by injured": the passer-by, not the soldier
        return split
    for deps in (("nsubjpass",), ("dobj", "obj")):
        found = [c for c in kids if c.dep_ in deps]
        if found:
            return found
    on_dead = objects_on_dead(v)
    if on_dead:  # "shot dead his wife and her sister": the object parsed on "dead", not on the verb
        return on_dead
    severed = severed_object(v)
    if severed is not None:  # "gunmen on a motorcycle shot dead a woman": the object of a "dead" parsed apart
        return [severed]
    if v.dep_ == "conj" and v.lemma_.lower() in _CARRIED and any(c.dep_ == "auxpass" for c in kids) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        # "a woman escaped through a window and was treated for burns": the first verb's subject, shared
        found = [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found:
            return found
    if _subject_dies(v, verbs) or _found_dead(v):
        found = [c for c in kids if c.dep_ == "nsubj"]
        if found:
            return found
    died_after = _died_after_participle(v, verbs)
    if died_after:
        return died_after
    gapped = _heads_of_gapped_verb(v, kids)
    return gapped if gapped is not None else []


def _died_after_participle(v: Any, verbs: dict[str, tuple[str, str]]) -> list[Any]:
    """ "A man shot on Saturday night died early this morning": the parser makes the participle the root ("shot",
    with "A man" its subject) and "died" a clause hung on it with no subject, marker or object of its own; the one
    who died is the participle's subject (the participle a harm verb with no object)."""
    h = v.head
    if v.dep_ != "advcl" or v.lemma_.lower() != "die" or h.i >= v.i or h.lemma_.lower() not in _FATAL_VERBS \
            or h.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass")
                                                   for c in v.children):
        return []
    if any(c.dep_ in ("dobj", "obj", "aux", "auxpass") for c in h.children):
        return []
    return [c for c in h.children if c.dep_ == "nsubj"]
