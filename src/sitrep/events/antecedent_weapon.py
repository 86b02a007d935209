"""The weapon a relative clause's deed was done with, named by the noun the clause hangs on (issue 16, branch
terror7).

"Police named the suicide bomber who killed six policemen at a checkpost last week": the killing's clause ("who
killed six policemen ...") names no weapon; its subject is the relative pronoun, which stands for the noun the clause
hangs on ("the suicide bomber"), and that noun's words name the weapon (ACLED types the deed by it: a suicide bomb,
not an armed clash). So does "the car bomb that killed nine". Only the noun itself and its compound and adjective
words are read, and only those of the instrument cue lists (``carrier.INSTRUMENT_CUES``), so an antecedent that names
a person with no weapon ("the gunman who killed two") adds nothing, and "who" makes "a bomber" a person, no aircraft (terror_reports6 z12, terror_reports7 y14).
"""
from __future__ import annotations

from sitrep.events.carrier import INSTRUMENT_CUES
from sitrep.events.ontology import Ontology

__all__ = ["antecedent_weapon_lemmas"]

_RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})


def antecedent_weapon_lemmas(trig, onto: Ontology, lemma) -> set[str]:  # type: ignore[no-untyped-def]
    """The instrument words of the noun that ``trig``'s relative clause hangs on, where ``trig`` is the clause's verb
    and its subject the relative pronoun ("the suicide bomber who killed six"); empty otherwise."""
    if trig.dep_ != "relcl" or trig.head.pos_ not in ("NOUN", "PROPN"):
        return set()
    if not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS for c in trig.children):
        return set()
    words: set[str] = set().union(*(onto.cue(c) for c in INSTRUMENT_CUES))
    if any(c.dep_ == "nsubj" and c.lower_ == "who" for c in trig.children):
        words -= onto.cue("instrument_air")  # "a bomber who detonated explosives": a person, no aircraft
    named = []
    for noun in _antecedents(trig.head):
        named += [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
    return {lemma(t) for t in named} & words


def _antecedents(noun):  # type: ignore[no-untyped-def]
    """The noun the clause hangs on, and the noun of its of-phrase: the parse may hang "who killed" of "the brother
    of the suicide bomber who killed" on "brother", though the pronoun stands for the nearer noun."""
    out = [noun]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            out += [c for c in prep.children if c.dep_ == "pobj"]
    return out
