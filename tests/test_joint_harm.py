"""Counts of the dead and the hurt together are casualties (nlp/joint_harm.py), and "no one was killed" is 0
(nlp/figure_candidates.no_one, which joint_harm leaves alone)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import KILLED_WHAT, Figure, Span
from sitrep.nlp.joint_harm import joint_harm


def _fig(text: str, num: str, what: str = "killed") -> Figure:
    start = text.index(num)
    n = {"one": 1.0}.get(num.lower(), None)
    v = n if n is not None else float(num) if num.isdigit() else 11.0
    return Figure(id="f", span=Span("a", start, start + len(num), num), what=what, low=v, high=v)


@pytest.mark.parametrize("text,num,what", [
    ("A lorry bomb in Vemmar left 14 dead or wounded on Sunday.", "14", "killed"),
    ("Eleven villagers were killed or injured when a mine went off near Plosk.", "Eleven", "killed"),
    ("The raiders killed or wounded 27 guards at the Tarn depot.", "27", "wounded"),
    ("Some 8 militiamen were wounded or killed in the clash at Orrin.", "8", "wounded"),
])
def test_dead_or_wounded_is_casualties_not_deaths(text, num, what):
    f = joint_harm(text, [_fig(text, num, what)])[0]
    assert f.what == "casualties" and f.what not in KILLED_WHAT


def _figs(ann, text):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    return ann.annotate(text, DocContext(article_id="a", published=dt.date(2024, 3, 4))).figures


@pytest.mark.parametrize("text,what,low", [
    ("Gunmen fired on the bus near Halbek, but no one was killed.", "killed", 0.0),
    ("Not one person died when the barracks at Quorn was shelled.", "killed", 0.0),
    ("Luckily no one in Quorn was hurt or killed by the mortar.", "killed", 0.0),  # none of either, not casualties
    ("No one was hurt when the shell hit the depot at Mirel.", "wounded", 0.0),
    ("Not one was injured in the blast at Dessa.", "wounded", 0.0),
    ("One guard was killed in the raid on Mirel.", "killed", 1.0),
    ("The raid on Mirel left one guard dead.", "killed", 1.0),
    ("No group claimed the raid on Mirel, which killed one guard.", "killed", 1.0),
])
def test_no_one_is_zero_and_other_counts_of_one_stay(ann, text, what, low):
    """One reader of "no one" (nlp/figure_candidates.no_one) for every count, killed or wounded; joint_harm keeps
    its 0."""
    figs = [f for f in _figs(ann, text) if f.span.text.lower() == "one"]
    assert [(f.what, f.low, f.high) for f in figs] == [(what, low, low)]


def test_joint_harm_leaves_a_count_of_no_one_alone():
    text = "Luckily no one in Quorn was hurt or killed by the mortar."
    f = joint_harm(text, [Figure(id="f", span=Span("a", 11, 14, "one"), what="killed", low=0.0, high=0.0)])[0]
    assert f.what == "killed" and f.low == f.high == 0.0


def test_through_the_annotator():
    from sitrep.nlp.annotate import Annotator, DocContext

    an = Annotator().annotate("A car bomb in the town of Varsk left 14 dead or wounded on Tuesday.",
                              DocContext(article_id="a", published=dt.date(2024, 3, 4)))
    assert not [f for f in an.figures if f.what in KILLED_WHAT]
    assert all(e.fatalities is None for e in an.events)
