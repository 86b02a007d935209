"""Story figures that never double count (issue 16, part 3, branch stories4; the causes of the first read of
tests/data/story_sets4, on sentences written for these tests with made-up people and incidents): people "forced
from their homes" are displaced, ..."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2025, 5, 6)  # a Tuesday


def _figures(ann, text, what):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("t1", published=PUB))
    return [(f.low, f.high) for f in an.figures if f.what == what]


def test_forced_or_driven_from_their_homes_is_displaced(ann):  # noqa: F811
    assert _figures(ann, "The storm forced nearly 40,000 from their homes, officials said on Monday.",
                    "displaced") == [(36000.0, 40000.0)]
    assert _figures(ann, "Some 12,000 villagers have been driven from their homes by the fighting, the agency said.",
                    "displaced") == [(10800.0, 13200.0)]
    # forced to do something, or driven from a town, is no displacement
    text = "The strike forced 300 workers to stop, and the army drove 200 fighters from the town."
    assert _figures(ann, text, "displaced") == []
