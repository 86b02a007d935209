"""A fire told as arson is no accident (branch tolls28): "A mother and her two children have died in a house fire in
Wolverhampton which police are treating as arson" is a deed (the "arson" trigger, a violent one), so the accident
readings of its fire ("a house fire", "died in a fire", "fire broke out") yield where the report names arson or a
fire started deliberately ("a fire that police believe was started deliberately"; "The fire broke out at the
bar" after "an arson attack on a karaoke bar": the report's one fire). The words are plain English: arson, an
arsonist, a firebomb (and "firebombing"), "deliberately" / "deliberate", in lower case (a unit's name, "Arson
Squad detectives were at the scene to determine the cause", tells no arson)."""
from __future__ import annotations

import re

__all__ = ["arson_told", "strike_told"]

_ARSON_WORDS = frozenset({"arson", "arsonist", "arsonists", "firebomb", "firebombing", "deliberately", "deliberate"})


def arson_told(doc) -> bool:  # type: ignore[no-untyped-def]
    """The report ``doc`` names arson ("treating as arson", "an arsonist", "a firebomb", "started deliberately")."""
    return any(w in _ARSON_WORDS for w in re.findall(r"[A-Za-z]+", doc.text))  # lower-case words only: "Arson
    # Squad detectives ... determine the cause" names a unit that looks at every fatal fire, not arson


# weapons whose hit starts a fire (plain English): "a drone hit a warehouse ... A fire broke out"
_STRIKE_WORDS = frozenset({"drone", "drones", "missile", "missiles", "rocket", "rockets", "shelling", "shell", "shells",
                           "airstrike", "airstrikes", "strike", "strikes", "bomb", "bombs", "bombing", "shahed"})


def strike_told(doc) -> bool:  # type: ignore[no-untyped-def]
    """The report ``doc`` tells a strike or a bomb ("an enemy Shahed drone hit a warehouse ... A fire broke out"): a
    fire that "broke out" there is the strike's, no accident of its own (war_reports w21, war_reports2 v04)."""
    return any(w in _STRIKE_WORDS for w in re.findall(r"[a-z]+", doc.text.lower()))
