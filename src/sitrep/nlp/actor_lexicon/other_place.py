"""Decides whether a country's name matched in a text names something else: another place ("Niger State", "Benin
City", "the Niger Delta", "Togo Road": :func:`_names_other_place`) or the tail of a longer hyphenated name
("Tehreek-e-Labbaik Pakistan": :func:`_hyphen_name_tail`). The words are data/actor_cues.tsv's ``other_place_words``
and ``state_outlets``.
"""
from __future__ import annotations

from typing import Sequence

from sitrep.nlp.actor_lexicon.units import Unit
from sitrep.nlp.actor_lexicon.words import actor_cue

# A country's name followed by one of these words names another place: a state or city of another country ("Niger
# State", "Benin City", "Panama City, Florida"), a river, delta, valley or basin ("the Niger Delta", "the Jordan
# Valley") or a street ("Togo Road"). Capitals spelt with "City" ("Kuwait City") are aliases of their own, matched first.
_OTHER_PLACE_WORDS = actor_cue("other_place_words")


_STATE_OUTLETS = actor_cue("state_outlets")


def _names_other_place(units: Sequence[Unit], j: int) -> bool:
    word = units[j].raw
    w = word.lower()
    if w not in _OTHER_PLACE_WORDS:
        return False
    if word[:1].isupper():
        return True
    # a lower-case "state" too ("Niger state police"), but not a state's outlet ("Iran state television said")
    nxt = units[j + 1].raw.lower() if j + 1 < len(units) else ""
    return w == "state" and nxt not in _STATE_OUTLETS


def _hyphen_name_tail(units: Sequence[Unit], i: int) -> bool:
    """Unit ``i`` (a country's name) ends a longer hyphenated name: "Ittehad-ul-Mujahideen Pakistan", "Tehreek-e-Labbaik
    Pakistan" (a capitalised word that closes a hyphenated compound joins it in front): a group, not the country."""
    return i >= 2 and units[i].joins_prev and not units[i - 1].hyphen_after and units[i - 2].hyphen_after \
        and units[i - 1].raw[:1].isupper()
