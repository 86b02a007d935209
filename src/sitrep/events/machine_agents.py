"""A weapon is no attacker: "Artillery shelling killed ten", "bombs launched by Su-34 aircraft".

Where a war machine or munition (cue ``machine_agents`` of data/event_sense_cues.tsv: artillery, aircraft, drone,
missile, ...) stands where the doer would, and the actor dictionary gave it no state ("Russian warplanes" is Military
Forces of Russia through data/agent_phrases.tsv, and stays), the phrase is left as free text ("x:artillery"). ACLED
codes who fired, never the gun; the report may name them elsewhere ("..., blaming the RSF"), so such a phrase is no
actor: blank beats a thing named as the attacker.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.cues import sense_cue
from sitrep.model import ActorRef


def machine_only(tok, ref: Optional[ActorRef], agent_words: frozenset[str] = frozenset()) -> bool:  # type: ignore[no-untyped-def]
    """``ref``, the actor read from the phrase headed by ``tok``, is only a weapon's name: free text (no dictionary
    actor) whose head word is a war machine or munition, with no modifier saying whose ("rebel drones" keeps the
    rebels: a modifier in ``agent_words``, the ontology's nouns of acting groups, that is no machine itself; a name
    or demonym, "Ruritanian jets")."""
    if ref is None or not ref.entity_id.startswith("x:"):
        return False
    machines = sense_cue("machine_agents")
    low = tok.lower_
    # ("Atbara: Drones launched by the RSF struck ...": a capitalised plural after a heading, tagged as a name, whose
    # lemma keeps its "-s")
    if tok.lemma_.lower() not in machines and low not in machines and not (low.endswith("s") and low[:-1] in machines):
        return False
    whose = agent_words - machines
    mods = [t for t in tok.subtree if t.i < tok.i]  # "Russian artillery shelling": "Russian" under "artillery"
    if tok.dep_ == "compound":  # "Russian artillery shelling" read from "artillery": "Russian" may hang on the head
        mods += [c for c in tok.head.children if c.i < tok.i]
    return not any(c.dep_ in ("amod", "compound", "nmod", "poss") and (
        c.lemma_.lower() in whose or c.lower_ in whose or _named(c.text)) for c in mods)


def _named(word: str) -> bool:
    """A capitalised word with no digit: a name or demonym that says whose ("Ruritanian jets", "Houthi drones"), not a
    model's name ("Su-34 aircraft", "MQ-9 drones")."""
    return word[:1].isupper() and not any(ch.isdigit() for ch in word)
