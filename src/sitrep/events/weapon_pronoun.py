"""Whether "it" in a clause hung on another stands for a weapon: "A roadside bomb killed two soldiers when it struck
their armoured vehicle, the ministry said": "it" is the bomb, neither the ministry that tells of it nor any side,
so the deed "struck" names no doer of its own (issue 16, branch roles23).
"""
from __future__ import annotations

from typing import Any

from sitrep.events.ontology import Ontology


def weapon_subject(subj: Any, onto: Ontology) -> bool:
    """``subj``, the subject of the clause a pronoun's clause hangs on, is a weapon that explodes or is fired ("bomb",
    "mine", "device", "missile", "shell": the ontology's named explosives and planted-explosive words)."""
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in (onto.cue("named_explosives") | onto.cue("instrument_ied"))
