"""A deed's day told in the relative clause that says what its victims were doing when it struck (dates22).

"Gunmen shot dead four members of one family who were visiting relatives during Eid on Saturday": the day hangs on
"visiting", a relative clause on the victims in the past progressive, which tells what was going on at the moment
of the shooting; the shooting is that day's. Without it the deed fell back to the report's day. Only a progressive
("who were visiting", "who was driving") counts: a simple past ("who had fled on Monday", "who joined the army in
2019") tells an earlier step of the victims' lives, not the deed's moment. Asked by ``events/date`` for violent
events whose own clause tells no time."""
from __future__ import annotations

from typing import Callable, Optional

from sitrep.model import TimeExpr

__all__ = ["victims_doing_time"]

_ROLES = ("dobj", "nsubjpass", "attr", "prep")  # where the victims stand under the deed's verb ("shot two men from a family")


def _progressive_relcl(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is the verb of a relative clause in the past progressive ("who were visiting")."""
    return tok.dep_ == "relcl" and tok.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("was", "were") for c in tok.children)


def victims_doing_time(verb, times: list[tuple[TimeExpr, list[int]]],  # type: ignore[no-untyped-def]
                       verb_of: Callable, one_day: Callable[[TimeExpr], bool]) -> Optional[TimeExpr]:
    """The one day (``one_day``) of a past-progressive relative clause inside the victims under the deed's ``verb``
    (its object or passive subject, and the nouns those hold); None when there is none or more than one."""
    for c in verb.children:
        if c.dep_ not in _ROLES:
            continue
        for rel in (t for t in c.subtree if _progressive_relcl(t)):
            days = [t for t, ts in times if ts and verb_of(ts).i == rel.i and one_day(t)]
            if len(days) == 1:
                return days[0]
    return None
