"""A death told in a "whose" clause on a named person is that person's background, never an incident of its own
(issue 16, story totals): '... said Mira Orsen, whose two sisters were killed in the wedding hall' (last year's
bombing, retold for its anniversary), 'Dario Venn, whose son was shot dead in March, said ...'.

The clause tells who the speaker is: a relative lost in the incident the report tells (then among its dead, counted
where that incident's toll is told) or in an older one (then no incident of the report). Read as an event, it
was a killing of its own on the report's day, its count (the speaker's kin) added to the story's total beside the
incident's. An event whose trigger heads a relative clause hung on a person's name (no group's or place's),
whose passive subject (the victims) is owned by "whose", is dropped (:func:`drop_kin_deaths`); a "who was killed" clause on a name ("Ana Ruiz, who was shot on
Monday") is the named person's own death and is kept.
"""
from __future__ import annotations

from sitrep.model import EventMention

__all__ = ["drop_kin_deaths"]

# a name of a group or a place: "The Islamic State, whose fighters beheaded dozens" tells the group's own deed
_NOT_PEOPLE = frozenset({"ORG", "NORP", "GPE", "LOC", "FAC"})


def _kin_clause(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` heads a relative clause on a proper name whose subject is owned by "whose"."""
    if tok.dep_ != "relcl" or tok.head.pos_ != "PROPN" or tok.head.ent_type_ in _NOT_PEOPLE:
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
    return any(c.dep_ == "poss" and c.lower_ == "whose" for s in subj for c in s.children)


def drop_kin_deaths(events: list[EventMention], doc) -> list[EventMention]:  # type: ignore[no-untyped-def]
    """``events`` less those read off a "whose" clause on a named person (:func:`_kin_clause`)."""
    out = []
    for e in events:
        if e.trigger is not None:
            sp = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
            if sp is not None and any(_kin_clause(t) for t in sp):
                continue
        out.append(e)
    return out
