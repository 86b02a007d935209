"""What a "that killed" clause hung on a place or a victim inside a deed's phrase stands for (issue 16, wrong fills).

"The ambush on a convoy of the X army that killed five soldiers", "the bombing at a mosque inside the police lines
that killed scores": the parser hangs the relative clause on the last noun before it, so the subject that
:func:`sitrep.events.participants.subject_of` inherits through the clause is the army that was ambushed or the place
the bomb went off in. What killed is the deed the phrase starts with (the ambush, the bombing), and that deed's own
phrase says who did it ("the ambush by X on a convoy ... that killed": X; no by-phrase: nobody). The reading is
taken only when the clause's verb kills or harms, its subject is "that" or "which" (never "who": a person acts), and
the noun it hangs on is reached from a violent deed noun through prepositional phrases alone, none of them a "by"
phrase (in "an attack by gunmen of the X front that killed five" the clause may tell of the doers: left as it is).
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.deps import child
from sitrep.events.ontology import load_ontology

__all__ = ["deed_of_relative"]

# verbs whose subject a deed can be: "the bombing that killed ten", "the attack which wounded four"
_HARM_VERBS = frozenset({"kill", "murder", "slay", "wound", "injure", "hurt", "maim"})
_DEED_RELATIVES = frozenset({"that", "which"})


def _violent_noun(tok) -> bool:  # type: ignore[no-untyped-def]
    return load_ontology().violent_noun(tok.lemma_.lower(), bare=True)


def deed_of_relative(v) -> Optional[object]:  # type: ignore[no-untyped-def]
    """The deed noun that relative clause ``v`` ("that killed five") tells of, when the parser hung the clause on a
    noun inside that deed's prepositional phrases; None otherwise (the clause's antecedent stands)."""
    if v.dep_ != "relcl" or v.lemma_.lower() not in _HARM_VERBS:
        return None
    rel = child(v, "nsubj")
    if rel is None or rel.lower_ not in _DEED_RELATIVES:
        return None
    cur = v.head
    for _ in range(6):  # noun <- pobj <- prep <- noun ...
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep" or cur.head.lower_ == "by":
            return None
        up = cur.head.head
        if up.pos_ != "NOUN":
            return None
        if _violent_noun(up):
            return up
        cur = up
    return None
