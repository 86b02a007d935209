"""Decides what a verb of taking takes: ground, or a thing, a person, an office or a building's part. Reads what is
taken (:func:`_taken`, :func:`zero_relative_object`); decides "took over" with nothing taken or a task taken
(:func:`nothing_taken`, :func:`task_taken`), a riot's hold on a building (:func:`building_part_taken`), an unarmed
person seized (:func:`taken_person`: an abduction), things or people captured (:func:`not_territory`). Evidence: the
parse, the places found in the text, cue lists ``building_parts``, ``taken_tasks``, ``seized_goods``,
``goods_measures``, ``armed_crew`` of data/event_sense_cues.tsv and the ontology's ``prison_words``,
``equipment_words``, ``armed_person_words``, ``military_targets``, ``armed_force_words``, ``nonstate_words``. Tests:
tests/test_subtypes17.py, tests/test_subtypes19.py, tests/test_quiet_precision8.py, tests/test_roles_no_one_named.py.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.deps import child
from sitrep.events.ontology import Ontology
from sitrep.events.people_object import person_nouns
from sitrep.events.roles import lemma


def _taken(tok):  # type: ignore[no-untyped-def]
    """What a capture verb takes: its object or passive subject, or the noun it modifies."""
    obj = child(tok, "dobj", "nsubjpass")
    if obj is None and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not any(
            c.dep_.startswith("nsubj") for c in tok.children):
        obj = child(tok.head, "nsubjpass")  # "one of the gunmen, who was wounded and captured": who was wounded
    # "the seized town"; and a verb the parser hangs before its noun whatever its tag ("The general seized
    # power" read as general/ADJ + seized/VBD + power): the noun it modifies is what is taken
    if obj is None and ((tok.dep_ in ("acl", "conj", "amod") and tok.tag_ == "VBN") or tok.dep_ == "amod"):
        obj = tok.head if tok.dep_ != "conj" else (tok.head.head if tok.head.dep_ == "acl" else None)
    if obj is None:
        obj = zero_relative_object(tok)  # "holding two soldiers its fighters seized on Sunday"
    if obj is None and tok.tag_ == "VBN" and not any(c.dep_.startswith("nsubj") for c in tok.children):
        # "9,000 soldiers killed or captured" misparsed as a clause of its own: the noun just before the verbs
        first = tok.head if tok.dep_ == "conj" else tok
        prev = tok.doc[first.i - 1] if first.i > tok.sent.start else None
        if prev is not None and prev.pos_ in ("NOUN", "PROPN"):
            obj = prev
    return obj


def zero_relative_object(tok):  # type: ignore[no-untyped-def]
    """The noun a verb with a subject but no object describes as a relative clause with no relative word ("two
    soldiers its fighters seized", parsed as a clause of its own hung on the verb before): the noun just before
    the verb's subject, when that noun hangs on the verb the clause hangs on (branch subtypes17)."""
    subj = child(tok, "nsubj")
    if subj is None or tok.dep_ not in ("advcl", "ccomp", "relcl", "conj") or subj.i > tok.i:
        return None
    start = subj.left_edge.i
    if start <= tok.sent.start:
        return None
    prev = tok.doc[start - 1]
    if prev.pos_ not in ("NOUN", "PROPN") or prev.head.i != tok.head.i or prev.dep_ not in ("dobj", "nsubjpass"):
        return None
    return prev


def nothing_taken(tok, place_spans: tuple = ()) -> bool:  # type: ignore[no-untyped-def]
    """ "Take over" with nothing taken: no object or passive subject (of the verb or of its "over"), no noun it
    describes, and no place the gazetteer knows in a phrase of its own ("before we took over", "since he took
    over"): taking up an office or a task, no ground taken ("took over the town", "the base was taken over", "took
    over in Dondar" keep theirs)."""
    if _taken(tok) is not None or any(c.dep_ in ("dobj", "pobj") for p in tok.children if p.lower_ == "over"
                                      for c in p.children):
        return False
    return not any(any(s <= t.idx < e for s, e in place_spans) for c in tok.children if c.dep_ == "prep"
                   for t in c.subtree)


def building_part_taken(tok, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """What a taking verb takes is a part of a building (cue ``building_parts``): its object, the object of its
    "over", or what its "control" is "of", by its noun or a compound before it ("took over two cell blocks", "taking
    control of one wing"; "took over several blocks of the city" is ground), or "control" told with no "of" where a
    verb joined to it by "and" takes a prison (cue ``prison_words``: "surrounded the prison and retook control")."""
    objs = [o for o in (_taken(tok),) if o is not None]
    objs += [c for p in tok.children if p.lower_ == "over" for c in p.children if c.dep_ in ("dobj", "pobj")]
    objs += [o for c in list(objs) if lemma(c) == "control" for p in c.children if p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"]
    parts = sense_cue("building_parts")
    if any(_bare_control(c) for c in objs) and any(lemma(o) in onto.cue("prison_words") for o in _pair_objects(tok)):
        return True  # "surrounded the prison and retook control": control of the prison the paired verb names
    return any(lemma(o) in parts or any(c.dep_ == "compound" and lemma(c) in parts for c in o.children)
               for o in objs if lemma(o) != "control")


def _bare_control(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "control" told with no "of" what."""
    return lemma(tok) == "control" and not any(p.lower_ == "of" for p in tok.children)


def _pair_objects(tok):  # type: ignore[no-untyped-def]
    """The direct objects of the verbs joined to ``tok`` by "and" ("surrounded the prison and retook control")."""
    pair = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    return [o for v in pair for o in v.children if o.dep_ == "dobj"]


def task_taken(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "Take over" whose object is a task or an office (cue ``taken_tasks``: "a squad of detectives took over the
    investigation", "the case was taken over by prosecutors"): work taken up, no ground taken."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [c for p in tok.children if p.lower_ == "over" for c in p.children if c.dep_ in ("dobj", "pobj")]
    return bool(objs) and all(lemma(o) in sense_cue("taken_tasks") for o in objs)


SEIZE_VERBS = frozenset({"capture", "seize"})  # verbs of taking that take people too (not "liberate", "retake")
ARMED_CREW = sense_cue("armed_crew")


def taken_person(tok, onto: Ontology, place_spans: tuple = ()) -> bool:  # type: ignore[no-untyped-def]
    """A capture verb told as a deed ("seized the local mayor", "villagers captured by the militia") whose object is
    an unarmed person named by a person noun: an abduction, not ground. Not an armed person or a captive already
    (cues ``equipment_words``, ``armed_person_words``, ``military_targets``, ``armed_force_words``: "captured two
    soldiers", "captured its pilot", "seized the suspect": a battle's prisoners or an arrest, left alone), not "the
    captured villagers" (a participle before its noun describes them), not a place the gazetteer knows."""
    if tok.dep_ == "amod":
        return False
    obj = _taken(tok)
    if obj is None or obj.pos_ != "NOUN" or any(s <= obj.idx < e for s, e in place_spans):
        return False
    lem = lemma(obj)
    armed = (onto.cue("equipment_words") | onto.cue("armed_person_words") | onto.cue("military_targets")
             | onto.cue("armed_force_words") | onto.cue("nonstate_words"))
    return lem in person_nouns() and lem not in armed and lem not in ARMED_CREW


def not_territory(tok, equipment: frozenset[str], place_spans: tuple = ()) -> bool:  # type: ignore[no-untyped-def]
    """What a capture verb takes is a thing or a person: its object or passive subject, or the noun it modifies;
    one "captured alive" is a person, whatever noun the parse hung the verb on ("the trial of the one gunman
    captured alive": branch precision16, quiet_reports9 v16)."""
    if any(c.dep_ in ("oprd", "acomp", "advmod") and c.lower_ == "alive" for c in tok.children):
        return True
    obj = _taken(tok)
    if obj is None:
        return False
    if any(s <= obj.idx < e for s, e in place_spans):
        return False  # a place the gazetteer knows
    if obj.pos_ == "PRON" and obj.lower_ not in ("it", "which", "that"):
        return True
    if obj.pos_ == "NUM" and not any(c.dep_ == "prep" for c in obj.children):
        # "eleven soldiers were killed and fourteen were captured": a bare count stands for people (a battle's
        # prisoners), not ground ("captured three of the towns" keeps its "of")
        return True
    # "the captured pilots", "captured its pilot": people taken (a capture or an arrest), not ground; "seized
    # counterfeit sneakers", "seized 40 kg of cocaine": goods (cue ``seized_goods``), not ground
    if lemma(obj) in sense_cue("seized_goods") or (lemma(obj) in sense_cue("goods_measures") and any(
            lemma(o) in sense_cue("seized_goods") for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj")):
        return True
    return lemma(obj) in equipment or obj.ent_type_ == "PERSON" or (obj.pos_ == "NOUN" and lemma(obj) in person_nouns())
