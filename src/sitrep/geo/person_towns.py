"""A town's name the text uses as a person's: after a given name, or as the subject of a verb of saying.

Many people bear a town's name ("Yacouba Séguéla", "Ahmadou Maroua", "Adama Koudougou"), and the statistical model
often labels the surname a place or an organisation, so the person's whole name is no evidence the recogniser
sees. A one-word candidate is a person's name, not a place, at this mention

- right after a capitalised given name (data/first_names.tsv) the model does not label a place: "Yacouba Séguéla,
  a regional health officer"; "Ana Santarém";
- as the subject of a verb of saying ("Séguéla said", "Gahanna told reporters"), where no locative word stands
  or conjunction before it ("officials in Gahanna said", "residents of Verulam and Inanda said" keep their towns) and the name is no capital, no first-level unit or seat
  of one and no city of ``SAYS_METONYM_POP`` people or more: those speak for their governments ("Kabul said",
  "Erbil said").

Only this mention: the same name elsewhere in the text ("rescue crews from Séguéla") is read on its own evidence.
"""
from __future__ import annotations

from typing import Any

from sitrep.geo.first_names import first_names
from sitrep.textnorm import strip_accents

SAYS_METONYM_POP = 1_000_000  # inhabitants: a city this big may speak for its government ("Lagos said")
_SAYS = frozenset({"said", "says", "told", "added"})
_PLACE_ENTS = frozenset({"GPE", "LOC"})
_SEATS = frozenset({"PPLC", "PPLA", "PPLG"})
_NEARBY = frozenset({"nearby", "neighbouring", "neighboring"})  # "residents of nearby X said": X is a place


def after_a_given_name(doc: Any, i: int) -> bool:
    """Token ``i`` follows, on the same line, a capitalised given name that the model does not label a place."""
    if i < 1:
        return False
    prev = doc[i - 1]
    return prev.is_alpha and prev.text[:1].isupper() and prev.text[1:].islower() and prev.whitespace_ == " " \
        and prev.ent_type_ not in _PLACE_ENTS and strip_accents(prev.lower_) in first_names()


def says_after(doc: Any, j: int, entries: list) -> bool:
    """The one-word name ending at token ``j`` is the subject of "said"/"says"/"told"/"added" (no preposition
    before it) and names only small places: no capital, unit, unit's seat or city of ``SAYS_METONYM_POP``."""
    if j >= len(doc) or doc[j].lower_ not in _SAYS or j < 1:
        return False
    if j >= 2 and (doc[j - 2].pos_ in ("ADP", "CCONJ") or doc[j - 2].lower_ in ("and", "or", "of")
                   or doc[j - 2].lower_ in _NEARBY):
        return False  # "officials in Gahanna said", "residents of Verulam and Inanda said", "of nearby Zgharta said"
    return bool(entries) and all(e.fclass == "P" and e.fcode not in _SEATS and e.population < SAYS_METONYM_POP
                                 for e in entries)
