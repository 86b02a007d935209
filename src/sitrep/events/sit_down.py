"""A road blocked by people sitting on it is the protest itself, not the crowd's violence (issue 16, protest
sub-types; branch protests7).

ACLED codes road-blocking as destructive activity of a violent demonstration when it is done with barricades or
burning tyres (those words are ``protest_violent`` cues and count on their own); the CASE 2021 gold codes most
crowds' road blocks as violent demonstrations, so a blockade keeps that reading (``subtype.blockade_by_protesters``)
unless the report tells it as a sit-down: "about 60 residents sat down in the road", "the workers sat on the road,
chanting slogans", "sitting in front of the gates", "some lay down on the tracks". A sit-down is told in the
blockade's sentence or in one of the two sentences after it (the lead tells the blockade, the next paragraph how it
was held). :func:`told_sit_down` reads that; "sat on a committee" (no road, no "down") is no sit-down.
"""
from __future__ import annotations

from sitrep.events.ontology import Ontology

__all__ = ["told_sit_down"]

_SIT = frozenset({"sit", "lie"})
_PLACES = frozenset({"asphalt", "tarmac", "ground", "pavement", "front", "middle"})
_AFTER = 2  # sentences after the blockade's that may tell how it was held


def _sit_down_verb(tok, places: frozenset[str]) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is "sat down", "sat on the road", "lay down on the tracks", "sitting in front of the gates"."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _SIT:
        return False
    for c in tok.children:
        if c.dep_ == "prt" and c.lower_ == "down":
            return True
        if c.dep_ == "prep" and c.lower_ in ("on", "in", "across", "at"):
            if any(o.dep_ == "pobj" and o.lemma_.lower() in places for o in c.children):
                return True
    return False


def told_sit_down(sent, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``sent`` or one of the two sentences after it tells people sitting or lying down on a road, a
    railway or at an entrance (module docstring)."""
    places = onto.cue("blockade_objects") | _PLACES
    doc = sent.doc
    sents = [sent]
    nxt = sent.end
    while len(sents) <= _AFTER and nxt < len(doc):
        s = doc[nxt].sent
        sents.append(s)
        nxt = s.end
    return any(_sit_down_verb(t, places) for s in sents for t in s)
