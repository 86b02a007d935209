"""Whether a country's or a capital's name is used as an agent, its government ("Turkey retaliated", "tension
between Moscow and Ankara", "accused Turkey of"), rather than as a place, by the parse (:func:`_is_agent`)."""
from __future__ import annotations

from typing import Any


_RELATIONAL = {"talk", "tension", "confrontation", "clash", "deal", "agreement", "relation", "dispute",
               "negotiation", "meeting", "summit", "ceasefire", "accord", "rift", "standoff", "rivalry",
               "cooperation", "contact", "exchange"}
_STANCE = {"talk", "deal", "agreement", "relation", "negotiation", "demand", "position", "response", "decision",
           "offer", "proposal", "statement", "warning", "threat", "support", "backing", "claim", "effort",
           "retaliation", "accusation", "refusal", "stance", "policy", "plan", "move", "call", "request"}
_PLACE_NOUNS = {"border", "frontier", "area", "zone", "road", "highway", "region", "territory", "route", "line",
                "city", "town", "village", "province", "district", "capital"}
_AGENT_VERBS = {"back", "support", "urge", "accuse", "blame", "criticize", "criticise", "condemn", "warn",
                "pressure", "sanction", "ask", "call", "tell", "threaten", "thank", "praise", "invite"}


def _is_agent(tok: Any) -> bool:
    """Is a country/capital name used as an actor rather than a place (dependency-based)?"""
    if tok is None:
        return False
    seen = 0
    while tok.dep_ == "conj" and seen < 5:  # "Turkey and Russia support ..." : judge the first conjunct
        tok = tok.head
        seen += 1
    dep, head = tok.dep_, tok.head
    if dep in ("nsubj", "nsubjpass", "agent"):
        return True
    if dep == "pobj":
        if head.lower_ == "by":
            return True
        if head.lower_ == "between":
            return head.head.lemma_.lower() not in _PLACE_NOUNS
        if head.lower_ in ("with", "against", "from") and head.head.lemma_.lower() in _RELATIONAL:
            return True
        return False
    if dep == "dobj" and (head.lemma_.lower() in _AGENT_VERBS or any(c.dep_ == "xcomp" for c in head.children)):
        return True  # "accused Turkey of ...", "led Turkey to send ..."
    if dep in ("compound", "nmod") and head.lemma_.lower() in _RELATIONAL:
        return True
    if dep == "poss" and head.lemma_.lower() in _STANCE:
        return True
    return False
