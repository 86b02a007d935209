"""A deed told as weeks or more before another is background: "The bombing came four weeks after a suicide bomber
rammed an explosives-laden car into a checkpoint in Lakki Marwat, killing nine people". The deed in the "after" clause
is an earlier incident recalled with its own toll; told with no day of its own, it took the report's day and was
read as news, a second incident of the report's day (9 added to the bombing's 5). A deed whose trigger lies in an
"after/before" clause measured off by a week or more ("four weeks after", "two months before"; the span on the clause
or on its "after") under "came" (one deed set after another), or by a year or more under any verb ("on Tuesday, 22
years after militants seized the school"), takes the background modality; its "-ing" steps
("killing nine") follow it (``participle_background``). A clause measured off by hours or days ("came a day after gunmen killed two") stays a
recent incident of its own (``triggers.measured_after``)."""
from __future__ import annotations

from typing import Any

from sitrep.events.participle_background import trigger_token
from sitrep.model import EventMention

__all__ = ["mark_weeks_before"]

# time units from a week up (data/time_lexicon.tsv's "unit" rows): "four weeks after", "months after", "a year before"
_LONG_UNITS = ("W", "2W", "M", "Y", "DE", "CE")
_CLIMB = 3  # from the trigger to the clause's verb: "rammed" itself, or the verb a noun trigger hangs on
# the verb that sets one deed after another: "The bombing came four weeks after ..." (never "A week after a drone
# struck the market, residents are still burying their dead": there the clause is the story's own deed)
_SEQUENCE_VERBS = frozenset({"come"})
# a year or more: the clause's deed is old under any verb ("22 years after militants seized ...": branch precision17,
# quiet_reports11 x04), as a deed told a year back is (events/modality.YEARS_BACK)
_YEAR_UNITS = ("Y", "DE", "CE")


def _long_gap(tok: Any, units_wanted: tuple = _LONG_UNITS) -> bool:
    from sitrep.nlp.timelex import lexicon

    units = lexicon().units
    return any(c.dep_ in ("npadvmod", "dep") and units.get(c.lemma_.lower()) in units_wanted for c in tok.children)


def _clause_of(tok: Any) -> Any:
    """The "after/before" clause measured off by a week or more that the token lies in, or None."""
    for _ in range(_CLIMB + 2):
        if tok.dep_ == "advcl":
            marks = [c for c in tok.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
            if marks and tok.head.lemma_.lower() in _SEQUENCE_VERBS and (_long_gap(tok) or _long_gap(marks[0])):
                return tok
            if marks and (_long_gap(tok, _YEAR_UNITS) or _long_gap(marks[0], _YEAR_UNITS)):
                return tok  # "laid flowers on Tuesday, 22 years after militants seized the school": under any verb
        if tok.dep_ == "ROOT" or tok.head is tok:
            return None
        tok = tok.head
    return None


def mark_weeks_before(mentions: list[EventMention], doc) -> None:  # type: ignore[no-untyped-def]
    """In place: see the module docstring. A deed outside the clause that took the clause's count ("The bombing came
    four weeks after ..., killing nine": the bombing's nine) loses it: the count is the older deed's."""
    for m in mentions:
        if m.modality != "asserted":
            continue
        tok = trigger_token(m, doc)
        if tok is None:
            continue
        if _clause_of(tok) is not None:
            m.modality = "background"
            continue
        f = m.fatalities
        span = doc.char_span(f.span.start, f.span.end, alignment_mode="expand") if f is not None and f.span else None
        if span is None:
            continue
        clause = _clause_of(span.root)
        if clause is not None and tok.i not in {t.i for t in clause.subtree}:
            m.fatalities = None
