"""Timeline lines for rising tolls (stories/timeline.py), on hand-built disagreements."""
from __future__ import annotations

import datetime as dt

from sitrep.model import Article, Disagreement, DisagreementValue, Figure, Span
from sitrep.stories.timeline import build_timeline

D = dt.date


def _fig(fid: str, what: str) -> Figure:
    return Figure(id=fid, span=Span("a", 0, 2, "50"), what=what, who="people")


def _val(aid: str, fid: str, low: float, as_of: dt.date) -> DisagreementValue:
    return DisagreementValue(low=low, high=None, as_of=as_of, claimant=None, article_id=aid, figure_id=fid)


ARTS = {"a1": Article(id="a1", text="", published=D(2024, 3, 8)), "a2": Article(id="a2", text="", published=D(2024, 3, 9)),
        "a3": Article(id="a3", text="", published=D(2024, 3, 12))}


def test_a_rising_toll_adds_a_line_on_each_later_day_it_rose():
    figs = [_fig("f1", "killed"), _fig("f2", "killed"), _fig("f3", "killed")]
    d = Disagreement(id="d1", subject="people killed on 8 Mar 2024", kind="update", explanation="",
                     values=[_val("a1", "f1", 30, D(2024, 3, 8)), _val("a2", "f2", 52, D(2024, 3, 8)),
                             _val("a3", "f3", 57, D(2024, 3, 8))])
    lines = build_timeline([], [d], ARTS, figs)
    assert [(t.date, t.precision, t.text, t.article_ids) for t in lines] == [
        (D(2024, 3, 9), "reported", "Reported count of people killed on 8 Mar 2024 rises to at least 52.", ["a2"]),
        (D(2024, 3, 12), "reported", "Reported count of people killed on 8 Mar 2024 rises to at least 57.", ["a3"]),
    ]


def test_counts_of_troops_and_other_kinds_of_disagreement_add_no_line():
    figs = [_fig("f1", "troops"), _fig("f2", "troops")]
    d = Disagreement(id="d1", subject="troops", kind="update", explanation="",
                     values=[_val("a1", "f1", 200, D(2024, 3, 8)), _val("a2", "f2", 2000, D(2024, 3, 9))])
    assert build_timeline([], [d], ARTS, figs) == []
    figs = [_fig("f1", "killed"), _fig("f2", "killed")]
    d = Disagreement(id="d2", subject="people killed", kind="conflict", explanation="",
                     values=[_val("a1", "f1", 20, D(2024, 3, 8)), _val("a2", "f2", 40, D(2024, 3, 9))])
    assert build_timeline([], [d], ARTS, figs) == []


def test_a_toll_line_takes_the_later_day_its_figure_is_given_for():
    # a report whose header date was a day early: its figure is "as of" the next day
    figs = [_fig("f1", "killed"), _fig("f2", "killed")]
    d = Disagreement(id="d1", subject="people killed", kind="update", explanation="",
                     values=[_val("a1", "f1", 30, D(2024, 3, 8)), _val("a2", "f2", 40, D(2024, 3, 10))])
    (line,) = build_timeline([], [d], ARTS, figs)
    assert line.date == D(2024, 3, 10)
