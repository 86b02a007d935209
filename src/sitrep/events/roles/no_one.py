"""Decides that a phrase names no one: what a question asks ("which group carried out the attack":
:func:`asked_phrase`), a craft or gun with no owner in its phrase ("the first drone struck", "a fighter jet":
:func:`unowned_craft`), an entity mention the entity layer coined for a determiner and common words ("That group"
opening a sentence: :func:`common_phrase`). Tests: tests/test_roles_pronoun_doers.py, tests/test_other_wars_actors.py.
"""
from __future__ import annotations

import re

from sitrep.events.ontology import Ontology
from sitrep.events.roles.common import lemma
from sitrep.events.roles.words import _DET
from sitrep.model import Mention


# determiners of an indirect question ("which side started the fighting", "what group was behind it")
QUESTION_DETS = frozenset({"which", "what", "whichever", "whatever"})


def asked_phrase(tok) -> bool:  # type: ignore[no-untyped-def]
    """The phrase headed by ``tok`` is what a question asks ("had not established which side started the fighting",
    "it is unclear what group was behind it"): it names no one."""
    return any(c.dep_ == "det" and c.lower_ in QUESTION_DETS for c in tok.children)


_CREW_WORDS = frozenset({"fighter", "bomber"})  # gear words that also name people ("a fighter", "the bomber")


def unowned_craft(tok, toks: list, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` heads a phrase naming a craft or gun with no owner in it ("the first drone", "a fighter jet",
    "artillery"): the weapon is no actor, and a name made of it ("first drone") would stand in for the one who
    fired it. An owner in the phrase ("Russian jets", "RSF drones", "rebel drones", "army helicopters") keeps it
    the owner's."""
    lem = lemma(tok)
    if lem in _CREW_WORDS or lem not in onto.cue("military_gear_words") or lem not in onto.cue("agent_heads"):
        return False
    heads = onto.cue("agent_heads") - _CREW_WORDS - onto.cue("military_gear_words")  # "rebel drones", "army jets"
    return not any(t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG") or t.dep_ == "poss"
                   or (t is not tok and lemma(t) in heads) for t in toks)


def common_phrase(m: Mention) -> bool:
    """An entity mention the entity layer coined (``unk:``) for a phrase with no name in it: a determiner and common
    words only ("That group" at the start of a sentence, capitalised and so read as an organisation)."""
    if not (m.entity_id or "").startswith("unk:"):
        return False
    words = re.findall(r"[\w-]+", m.span.text)
    if not words or words[0].lower() not in _DET:
        return False
    return all(w[:1].islower() for w in words[1:])
