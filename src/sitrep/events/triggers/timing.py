"""Decides whether two deeds are apart in time: a "when/after/as" clause measured off by an hour or more
(:func:`apart_in_time`, :func:`measured_after`), two conjoined deeds each dated on its own (:func:`dated_apart`).
Evidence: the time units of data/time_lexicon.tsv and DATE entities. Read by :mod:`.grouping`. Tests:
tests/test_time_gap_clauses.py, tests/test_dates15.py, tests/test_dates19.py.
"""
from __future__ import annotations


CAUSE_MARKS = frozenset({"when", "after", "as"})


# time units from an hour up (data/time_lexicon.tsv's "unit" rows): "a day after", "two weeks after", "hours after"
_GAP_UNITS = ("H", "D", "W", "2W", "M", "Y", "DE", "CE")


def apart_in_time(clause) -> bool:  # type: ignore[no-untyped-def]
    """A "when/after/as" clause measured off by a span of an hour or more ("a day after soldiers clashed", "two weeks
    after a bomb exploded", "hours after"): an earlier incident of its own, not the cause of the deed it is under."""
    from sitrep.nlp.timelex import lexicon

    units = lexicon().units
    # (the span hangs from the clause's verb, or from its "after" when the parse puts it there: "10 days after")
    near = list(clause.children) + [g for c in clause.children if c.dep_ == "mark" for g in c.children]
    return any(c.dep_ == "npadvmod" and units.get(c.lemma_.lower()) in _GAP_UNITS for c in near)


def _own_date(verb) -> bool:  # type: ignore[no-untyped-def]
    """The verb has a date of its own among its dependents: "on Wednesday", "the following day", "two days later"."""
    for c in verb.children:
        if c.dep_ == "prep":
            if any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in c.children):
                return True
        elif c.dep_ in ("npadvmod", "nsubj", "advmod", "tmod") and c.ent_type_ == "DATE":
            return True
    return False


def dated_apart(verb, conj) -> bool:  # type: ignore[no-untyped-def]
    """Two conjoined deeds each dated on its own ("killed a farmer on Wednesday and the following day attacked a
    village"): two incidents, the killing no toll of the later deed."""
    return _own_date(verb) and _own_date(conj)


def measured_after(clause) -> bool:  # type: ignore[no-untyped-def]
    """An "after/before" clause measured off by a span of an hour or more, the span on the clause, on the verb it
    hangs from or on its "after" (the parser's "a day" under "came" in "came a day after gunmen killed two"): an
    earlier or later deed of its own."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
    return bool(marks) and (apart_in_time(clause) or apart_in_time(clause.head) or apart_in_time(marks[0]))
