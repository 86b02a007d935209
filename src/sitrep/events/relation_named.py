"""The name a report gives a doer told by relation ("her husband") in an apposition (issue 16, branch tolls19).

"A woman who was allegedly set on fire by her husband ... succumbed to her injuries. ... Her husband, K. Srinivas
(31), allegedly poured petrol on her": the deed's doer is read as the relation noun ("husband",
``data/relation_nouns.tsv``), a description that a coder replaces with the person's name, which the report gives as
an apposition of the same relation noun, with a possessive, elsewhere, or of the police's word for the one they
hold ("The accused, Ramesh Meena (38), allegedly poured kerosene ..."). :func:`credit_relation_names` gives the
violent deeds whose doer is that bare relation the one name (a PERSON entity) apposed to a possessive use of the
same noun, or to "the accused" / "the suspect", in the report; two different names for it, or none: left as it is
(blank beats wrong). The name must not be the deed's target's.
"""
from __future__ import annotations

from typing import Optional

from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention, Span

__all__ = ["credit_relation_names"]


def _apposed_name(tok) -> Optional[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    """(start, end, text) of the PERSON name apposed to ``tok`` ("Her husband, K. Srinivas (31),"), else None."""
    for c in tok.children:
        if c.dep_ != "appos" or c.ent_type_ != "PERSON":
            continue
        ent = next((e for e in tok.doc.ents if e.label_ == "PERSON" and e.start <= c.i < e.end), None)
        if ent is not None:
            return ent.start_char, ent.end_char, ent.text
    return None


# the police's words for the one they hold, with "the": "The accused, Ramesh Meena (38), allegedly poured kerosene"
_POLICE_WORDS = frozenset({"accused", "suspect"})


def _police_word(t) -> bool:  # type: ignore[no-untyped-def]
    return t.lower_ in _POLICE_WORDS and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)


def credit_relation_names(out: list[EventMention], doc, aid: str) -> None:  # type: ignore[no-untyped-def]
    """Name the violent deeds' bare relation doers by their apposed names (module docstring)."""
    from sitrep.events.roles import relation_nouns

    rel = relation_nouns()
    for noun in {e.actor1.name.lower() for e in out if e.actor1 is not None and e.event_type in VIOLENT_EVENT_TYPES
                 and e.actor1.name.lower() in rel}:
        names = {}
        for t in doc:
            if t.lemma_.lower() == noun and t.pos_ == "NOUN" and any(c.dep_ == "poss" for c in t.children) \
                    or _police_word(t):
                got = _apposed_name(t)
                if got is not None:
                    names.setdefault(got[2], got)
        if len(names) != 1:
            continue
        start, end, name = next(iter(names.values()))
        ref = ActorRef(f"x:{name.lower()}", name, Span(aid, start, end, name), "primary", 0.6)
        for e in out:
            if e.actor1 is None or e.actor1.name.lower() != noun or e.event_type not in VIOLENT_EVENT_TYPES:
                continue
            if e.actor2 is not None and name.split()[-1] in e.actor2.name.split():
                continue
            e.actor1 = ref
