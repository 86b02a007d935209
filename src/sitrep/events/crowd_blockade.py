"""A blockade set up by a crowd is a protest, not a strategic development (issue 16, protest sub-types).

ACLED codes road blockades by demonstrators (farmers, workers, supporters of a party) as protests; a "blockade"
is otherwise read as a strategic development (a naval or military blockade). "Police cleared a road blockade by
potato farmers", "cleared a blockade by supporters of a former president on the highway": the noun's "by" phrase
names people of a crowd (cues ``crowd_clash_people``, ``civilian_words``, ``protest_words``), not state forces or
armed men. :func:`crowd_blockade` tells such a noun (branch protests4); with no "by" phrase nothing is said of who
holds it, and the blockade keeps its reading.
"""
from __future__ import annotations

from sitrep.events.ontology import Ontology

__all__ = ["blockade_cleared", "crowd_blockade"]

_BLOCKADE = frozenset({"blockade", "roadblock"})


def crowd_blockade(tok, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a blockade noun whose "by" phrase names a crowd's people (module docstring)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _BLOCKADE:
        return False
    people = onto.cue("crowd_clash_people") | onto.cue("civilian_words") | onto.cue("protest_words")
    state = onto.cue("state_words") | onto.cue("crowd_clash_armed")
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ != "by":
            continue
        doers = [o for o in p.children if o.dep_ == "pobj"]
        lemmas = {o.lemma_.lower() for o in doers}
        if lemmas & people and not lemmas & state:
            return True
    return False


_CLEARED = frozenset({"blockade", "roadblock", "barricade"})


def blockade_cleared(tok, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a verb whose object is a blockade, a roadblock or a barricade ("police cleared a road blockade near
    Challhuahuacho in the southern Apurimac region"), in a sentence that names no armed group: a protest's blockade
    removed, not territory taken back from an armed group (a "clear" with a place word of the sentence, "region",
    otherwise reads as a takeover; branch protests10)."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "dobj" and c.lemma_.lower() in _CLEARED for c in tok.children):
        return False
    return not any(t.lemma_.lower() in onto.cue("crowd_clash_armed") for t in tok.sent)
