"""Shells that are the gutted frames of buildings or vehicles, no shelling (issue 10, branch misses10).

Reports of a bombing's aftermath describe what it left: "past the blackened shells of shops", "the burnt-out shell
of a bus", "the shell of the old cinema". The trigger layer reads the noun "shell" as ACLED's
Shelling/artillery/missile attack; with an "of" phrase naming a building (events/storming.building_words: cue
storm_sites and the building words of data/geo_facility_words.tsv) or a thing of cue ``shell_frame_things``
("bus", "car", "vehicle"), it names the ruin, no event. "Shells of a 120mm mortar" names the weapon and stays one.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue

__all__ = ["building_shells"]


def building_shells(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is the noun "shell(s)" told as the frame of a building or vehicle (module docstring)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() != "shell":
        return False
    from sitrep.events.storming import building_words

    frames = building_words() | sense_cue("shell_frame_things")
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.lemma_.lower() in frames
                                                             for p in c.children) for c in tok.children)
