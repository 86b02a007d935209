"""Key figures group by what is counted, for whom and over which period, with each claimant's latest claim (issue 16
item 3, branch figures1; sentences and names made up for these tests)."""
from __future__ import annotations

import datetime as dt

from sitrep.model import Article, Figure, Span
from sitrep.stories.compare import group_of
from sitrep.stories.totals import key_figures


def _fig(aid: str, text: str, num: str, what: str, low: float, high: float | None, as_of: dt.date,
         claimant: str, since: dt.date | None = None) -> Figure:
    start = text.index(num)
    return Figure(id=f"{aid}:{start}", span=Span(aid, start, start + len(num), num), what=what, who="people",
                  low=low, high=high, as_of=as_of, since=since, claimant_name=claimant)


def _keys(*pairs: tuple[Article, list[Figure]]) -> list:  # type: ignore[type-arg]
    return key_figures([f for _, fs in pairs for f in fs], {a.id: a for a, _ in pairs})


def test_a_count_as_of_months_before_its_report_is_not_the_storys_count() -> None:
    t1 = "Nearly 1,000 people fled the raid on Monday, a district official, Tomas Verenga, said."
    t2 = ("Aid workers registered 946 displaced people. More than 100,000 people were displaced in the province in "
          "the first half of the year, the agency said.")
    a1 = Article(id="a1", text=t1, published=dt.date(2025, 9, 23))
    a2 = Article(id="a2", text=t2, published=dt.date(2025, 9, 26))
    keys = _keys((a1, [_fig("a1", t1, "Nearly 1,000", "displaced", 900, 1000, dt.date(2025, 9, 23), "the official")]),
                 (a2, [_fig("a2", t2, "946", "displaced", 946, 946, dt.date(2025, 9, 25), "the agency"),
                       _fig("a2", t2, "More than 100,000", "displaced", 100001, None, dt.date(2025, 6, 30),
                            "the agency")]))
    story = [k for k in keys if not k.period]
    assert [(k.kind, sorted(c.low for c in k.claims)) for k in story] == [("agree", [900, 946])]
    assert [(k.period, [c.low for c in k.claims]) for k in keys if k.period] == [(True, [100001])]


def test_a_count_since_the_day_of_the_attack_is_the_incidents_count() -> None:
    t1 = "Fighting has driven 15,000 people from their homes since Saturday, the provincial office said."
    t2 = "The provincial office said on Thursday that 18,000 people had been displaced."
    a1 = Article(id="a1", text=t1, published=dt.date(2025, 3, 11))
    a2 = Article(id="a2", text=t2, published=dt.date(2025, 3, 13))
    keys = _keys((a1, [_fig("a1", t1, "15,000", "displaced", 15000, 15000, dt.date(2025, 3, 11), "the office",
                            since=dt.date(2025, 3, 8))]),
                 (a2, [_fig("a2", t2, "18,000", "displaced", 18000, 18000, dt.date(2025, 3, 13), "the office")]))
    assert [(k.since, [c.low for c in k.claims]) for k in keys] == [(None, [18000])]  # the latest claim of the office


def test_a_round_lower_bound_and_a_count_above_it_are_one_count() -> None:
    t1 = "More than 4,000 residents have fled the town, the mayor's office said."
    t2 = "The migration agency said 4,300 people had been displaced."
    a1 = Article(id="a1", text=t1, published=dt.date(2025, 11, 4))
    a2 = Article(id="a2", text=t2, published=dt.date(2025, 11, 7))
    keys = _keys((a1, [_fig("a1", t1, "More than 4,000", "displaced", 4001, None, dt.date(2025, 11, 4), "mayor")]),
                 (a2, [_fig("a2", t2, "4,300", "displaced", 4300, 4300, dt.date(2025, 11, 7), "agency")]))
    assert [k.kind for k in keys] == ["agree"]
    # a toll's "at least 100" is no rounding of the hospital's 120: tolls rise
    t = "At least 100 people were killed, the ministry said, and the hospital counted 120 dead."
    a = Article(id="a1", text=t, published=dt.date(2025, 11, 4))
    keys = _keys((a, [_fig("a1", t, "At least 100", "killed", 100, None, dt.date(2025, 11, 4), "ministry"),
                      _fig("a1", t, "120", "killed", 120, 120, dt.date(2025, 11, 4), "hospital")]))
    assert [k.kind for k in keys] == ["incidents"]


def test_the_un_refugee_agency_and_a_weekday_name_no_refugees() -> None:
    for text, num in (("The UN refugee agency said 25,000 people had been displaced in the territory.", "25,000"),
                      ("The number of people who fled Sunday's attack on the village has risen to 2,600.", "2,600")):
        f = _fig("a1", text, num, "displaced", 1, 1, dt.date(2025, 1, 1), "")
        assert group_of(f, text) == "people"
    text = "About 12,000 refugees crossed into the neighbouring country, and 3,000 fled Ukraine by train."
    assert group_of(_fig("a1", text, "12,000", "displaced", 1, 1, dt.date(2025, 1, 1), ""), text) == "refugees abroad"


def test_protesters_arrested_and_people_arrested_are_one_group() -> None:
    text = "Police arrested 45 people, and the 61 protesters arrested will appear in court."
    a, b = (_fig("a1", text, n, "detained", v, v, dt.date(2025, 7, 8), "police") for n, v in (("45", 45), ("61", 61)))
    b.who = "protesters"
    assert group_of(a, text) == group_of(b, text) == "people"
