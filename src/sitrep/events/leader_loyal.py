"""Men loyal to an armed leader act for the leader's band: "Gunmen loyal to the bandit leader Bello Turji killed
seventeen people" is Bello Turji's gang, as ACLED names a band after its leader ("Bello Turji Militia").

The role reader reads "gunmen loyal to X" as X's group when X is a group (roles._sworn_group); a person there
("loyal to the bandit leader X") was no group, so the doer fell back to the country's unidentified armed group. Here:
the person named by a leader noun of an armed band ("bandit leader", "gang boss", "militia commander", "warlord",
"kingpin"), joined to the name as a compound or an apposition, is the doer's name. Never a leader of no armed kind
("loyal to the party leader X"), nor "forces" / "troops" loyal to anyone ("forces loyal to warlord X": whose forces
is not told, X is an associate of their deed, events/commanders.py; "forces loyal to President X": the state's).
"""
from __future__ import annotations

from typing import Optional

__all__ = ["loyal_leader_name"]

# nouns of an armed band's leader; the kinds of band that make "leader" / "commander" / "boss" armed (common usage)
_LEADERS = frozenset({"leader", "commander", "boss", "chief", "ringleader", "warlord", "kingpin"})
_ALONE = frozenset({"warlord", "kingpin"})  # armed leaders by themselves
_BAND_KINDS = frozenset({"bandit", "gang", "militia", "rebel", "cartel", "armed", "jihadist", "insurgent", "guerrilla",
                         "militant", "separatist", "drug", "criminal", "crime", "terrorist", "terror", "dacoit"})


def _armed_leader(tok) -> bool:  # type: ignore[no-untyped-def]
    lem = tok.lemma_.lower()
    if lem not in _LEADERS:
        return False
    return lem in _ALONE or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _BAND_KINDS
                                for c in tok.children)


def loyal_leader_name(g) -> Optional[list]:  # type: ignore[no-untyped-def, type-arg]
    """The tokens of the armed leader's personal name that object ``g`` of "loyal to" names ("the bandit leader Bello
    Turji": Bello Turji; "the gang boss, Dan Karami": Dan Karami), or None."""
    if g.pos_ == "PROPN" and g.ent_type_ == "PERSON":
        if any(c.dep_ in ("compound", "appos", "nmod") and _armed_leader(c) for c in g.children):
            return [c for c in g.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [g]
        return None
    if _armed_leader(g):
        name = next((c for c in g.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"), None)
        if name is not None:
            return [c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [name]
    return None
