"""A figure never reads across a blank line (issue 16): a headline with no full stop that the sentence splitter
glued to the first sentence lends it no victim and no count (nlp/victims.py, events/toll.py). Sentences written for
these tests; names and places made up."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2026, 3, 2)


def test_a_figure_never_reads_across_a_blank_line(ann):  # noqa: F811
    text = ("Driver shot on highway near Calder\n\nA driver was shot and wounded on Highway 9 near Calder on Thursday, "
            "troopers said.")
    an = ann.annotate(text, DocContext("ty2", published=PUB))
    assert all("\n\n" not in f.span.text for f in an.figures), [f.span.text for f in an.figures]
    text = "Two killed in Calder\n\nA man and a woman were shot dead in Calder on Monday."
    an = ann.annotate(text, DocContext("ty3", published=PUB))
    got = [e.fatalities.low for e in an.events if e.fatalities is not None]
    assert got and max(got) == 2, got
