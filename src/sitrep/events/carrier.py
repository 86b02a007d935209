"""The weapon a result participle's deed was done with, named by the subject of the verb it hangs on.

"An explosive dropped from a small drone hit a house ..., killing two children and wounding their mother": the
killing's clause ("killing two children") names no weapon; the verb it follows ("hit") has for subject what struck
("an explosive dropped from a small drone"), and that is the killing's weapon (ACLED types the deed by it: an
air/drone strike). So does the subject a conjoined verb shares with the verb before it ("the drone flew over the
checkpoint and released two small bombs"), and the subject of the verb itself when it is a munition ("two bombs
dropped by a jet struck a village", branch subtypes13). Only the words of the instrument cue lists are read (``INSTRUMENT_CUES``), so a subject that
names a person ("gunmen stormed the village, killing ten") adds nothing.
"""
from __future__ import annotations

from sitrep.events.ontology import Ontology
from sitrep.events.munitions import less_lethal_lemmas
from sitrep.events.word_senses import aircraft_not_instrument

INSTRUMENT_CUES = ("instrument_air", "instrument_ied", "instrument_shelling", "instrument_grenade",
                   "instrument_suicide", "instrument_chemical")


def _shared_subject(trig):  # type: ignore[no-untyped-def]
    """The subject a conjoined verb shares with the verb before it ("the drone flew over and released two bombs":
    "the drone"), for a trigger that is that verb or its object; None otherwise."""
    verb = trig if trig.pos_ == "VERB" else trig.head if trig.dep_ == "dobj" else None
    if verb is None or verb.dep_ != "conj" or verb.tag_ == "VBG" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def _striking_subject(trig):  # type: ignore[no-untyped-def]
    """The active subject of a verb trigger when it is a weapon word of its own (``munition_heads``: "bombs",
    "shells", "rockets"), not a person ("gunmen struck"); None otherwise."""
    if trig.pos_ != "VERB":
        return None
    subj = next((c for c in trig.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.lemma_.lower() in _MUNITIONS else None


_MUNITIONS = frozenset({"bomb", "shell", "rocket", "missile", "projectile", "munition", "explosive", "round", "mortar"})


def carrier_lemmas(trig, onto: Ontology, lemma, other: frozenset[int] = frozenset()) -> set[str]:  # type: ignore[no-untyped-def]
    """The instrument words of the clause that ``trig``'s result participle ("..., killing two") follows: the words
    before the participle under the verbs it hangs on (up to a verb of saying; the parse may hang the participle
    on any verb of that clause), not in another deed's clause (``other``); empty when ``trig`` is no such
    participle."""
    words: set[str] = set().union(*(onto.cue(c) for c in INSTRUMENT_CUES))
    shared = _shared_subject(trig)
    if shared is not None:
        # "the drone flew over the checkpoint and released two small bombs": the second verb's deed is done by the
        # first verb's subject
        # ("two bombs dropped by a jet struck a village", parsed as "dropped ... and struck": the first verb's "by"
        # phrase is the carrier too)
        agents = [x for c in shared.head.children if c.dep_ == "agent" for x in c.subtree]
        return {lemma(x) for x in [*shared.subtree, *agents] if not aircraft_not_instrument(x)} & words
    struck_by = _striking_subject(trig)
    if struck_by is not None:
        # "two bombs dropped by a military jet struck a village": what struck is the subject, and its words (in the
        # clause of its own noun) name the weapon
        return {lemma(x) for x in struck_by.subtree if not aircraft_not_instrument(x)} & words
    tok = trig
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head  # "killing two children and wounding their mother": the first participle
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.head is tok:
        return set()
    top = tok.head
    speech = onto.cue("speech_verbs")
    while top.dep_ in ("advcl", "ccomp", "conj") and top.head is not top and top.head.lemma_.lower() not in speech:
        top = top.head
    before = [x for x in top.subtree if x.i < tok.i and x.i not in other]
    # ("opened fire on a passenger plane": no instrument; "teargas shells": police kit, no shelling)
    got = {lemma(x) for x in before if not aircraft_not_instrument(x)} - less_lethal_lemmas(before)
    return got & words
