"""A deed told in a relative clause of a background deed is background too (issue 15; old deeds told as news).

"The killings in March 2005, in which attackers on motorcycles opened fire on traders, were among the worst",
"led the assault that recaptured the town in 1989, an operation in which dozens of fighters were killed": the
noun is a deed of the story's past (dated long before, remembered, or of a life's record) and is background; the
clause that describes it ("in which ... opened fire", "in which dozens ... were killed") tells its steps or its
toll and has no time of its own, so it was dated by the report and read as news. An asserted deed whose trigger
heads such a relative clause (or a conjunct of it), with no date but the report's, takes the background modality and
the date of the deed it describes. The noun the clause hangs on may be the background deed's own trigger or a noun
that renames it right after it ("the assault ..., an operation in which": an apposition, or a second object the
parser gave the same verb).

The noun may also carry a past year of its own without being a deed read as one: "since the 2024 uprising, when
security forces shot dead hundreds of protesters", "the 2019 floods, in which ... were killed": the clause tells
what happened in that year, and its deed takes the background modality and that year (a whole year that ended before
the report's, as ``whole_year.mark_past_years`` reads a deed dated by one).
"""
from __future__ import annotations

import datetime as _dt
from typing import Any, Optional

from sitrep.events.incident_date import WHOLE_YEARS
from sitrep.events.participle_background import background_by_token, trigger_token
from sitrep.model import EventMention

__all__ = ["share_antecedent_background"]


def _relative_head(tok: Any) -> Optional[Any]:
    """The noun the relative clause of trigger ``tok`` (or of the clause it is a conjunct of) describes."""
    for _ in range(3):
        if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
            tok = tok.head
            continue
        if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head
        return None
    return None


def _renamed(noun: Any) -> list[Any]:
    """``noun`` and the deed noun it renames just before it: its apposition's head, or an earlier sibling with the
    same role on the same verb ("led the assault ..., an operation": the parser's second object)."""
    out = [noun]
    if noun.dep_ == "appos":
        out.append(noun.head)
    out += [s for s in noun.head.children if s.dep_ == noun.dep_ and s.i < noun.i and s.i != noun.i
            and s.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("dobj", "pobj", "nsubj", "attr")]
    return out


_YEAR_DEPS = ("nummod", "compound", "amod", "npadvmod", "nmod")


def _own_past_year(noun: Any, times: list, published: Optional[_dt.date]) -> Optional[Any]:  # type: ignore[type-arg]
    """The time of a past whole year that modifies ``noun`` before it ("the 2024 uprising"), or None."""
    if published is None or not times:
        return None
    mods = [c.idx for c in noun.children if c.i < noun.i and c.dep_ in _YEAR_DEPS and c.like_num]
    for t in times:
        if t.precision in WHOLE_YEARS and t.end is not None and t.end.year < published.year \
                and any(t.span.start <= x < t.span.end for x in mods):
            return t
    return None


def share_antecedent_background(mentions: list[EventMention], doc, times: Optional[list] = None,  # type: ignore[no-untyped-def,type-arg]
                                published: Optional[_dt.date] = None) -> None:
    """In place: see the module docstring."""
    background = background_by_token(mentions, doc)
    if not background and not times:
        return
    for m in mentions:
        if m.modality != "asserted" or m.date_precision != "reported":
            continue
        tok = trigger_token(m, doc)
        noun = _relative_head(tok) if tok is not None else None
        if noun is None:
            continue
        b = next((background[n.i] for n in _renamed(noun) if n.i in background), None)
        if b is not None:
            m.modality = "background"
            m.time, m.date_start, m.date_end, m.date_precision = b.time, b.date_start, b.date_end, b.date_precision
            continue
        t = _own_past_year(noun, times or [], published)
        if t is not None:
            m.modality = "background"
            m.time, m.date_start, m.date_end, m.date_precision = t, t.start, t.end, t.precision
