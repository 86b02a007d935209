"""A count told as another party's number for the count just told: "More than 100 people were detained, the
commission said, while police put the number at 61"; "UNHCR counts 6,300 refugees. The relief commission put the
figure at almost 6,000". The bare tally noun ("the number", "the figure", no "of" phrase) stands for what the count
before it counts: the figure takes that count's what and whom (issue 16 item 3: each claimant's latest claim of one
group). With no count of people shortly before it, the tally tells nothing known and is dropped (blank beats wrong)."""
from __future__ import annotations

from dataclasses import replace

from sitrep.model import Figure

__all__ = ["TOLD_BEFORE", "TALLY_WORDS", "tally_told_before"]

TOLD_BEFORE = "told_before"  # the what nlp/figures gives such a count until this pass names it
TALLY_WORDS = frozenset({"number", "figure", "count", "tally", "estimate"})  # "put the figure at N"
NEAR_CHARS = 300  # the count it stands for ends at most this far before it (wire paragraphs are one sentence each)
_PEOPLE_COUNTS = frozenset({"killed", "wounded", "displaced", "refugees", "detained", "missing", "abducted",
                            "in_need", "evacuated"})


def tally_told_before(figures: list[Figure]) -> list[Figure]:
    """Each TOLD_BEFORE figure with the what and whom of the nearest count of people before it; others kept as they
    are."""
    if not any(f.what == TOLD_BEFORE for f in figures):
        return figures
    out = []
    for f in figures:
        if f.what != TOLD_BEFORE:
            out.append(f)
            continue
        before = [g for g in figures if g.what in _PEOPLE_COUNTS and not g.background
                  and g.span.end <= f.span.start and f.span.start - g.span.end <= NEAR_CHARS]
        if before:
            g = max(before, key=lambda g: g.span.end)
            out.append(replace(f, what=g.what, who=g.who, unit=g.unit))
    return out
