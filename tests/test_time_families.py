"""Time normalisation by error family (sentences written for these tests; TimeML values)."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.time import find_times

D = dt.date
WED = D(2021, 3, 10)  # a Wednesday


def val(text: str, phrase: str, dct: D | None = WED) -> str:
    hits = [t for t in find_times(text, dct) if t.span.text == phrase]
    assert hits, f"{phrase!r} not in {[t.span.text for t in find_times(text, dct)]}"
    return hits[0].value


def spans(text: str, dct: D | None = WED) -> list[str]:
    return [t.span.text for t in find_times(text, dct)]


# ---------------------------------------------------------------- anchors: the DCT or the last date told


def test_later_counts_from_the_last_month_told():
    text = "The dam was finished in June 1961. Eight months later the valley flooded."
    assert val(text, "Eight months later") == "1962-02"


def test_later_counts_from_the_last_year_told():
    assert val("The mine closed in 1998. Three years later the town emptied.", "Three years later") == "2001"


def test_the_following_month_counts_from_the_month_told():
    text = "Protesters occupied the square in October 2013. The following month police cleared it."
    assert val(text, "The following month") == "2013-11"


def test_the_following_day_counts_from_the_day_told_not_the_dct():
    text = "Floods cut the road on February 2. The following day the army opened a bridge."
    assert val(text, "The following day") == "2021-02-03"


def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_before():
    text = "Exports fell in the second quarter. A year earlier they had risen."
    assert val(text, "the second quarter") == "2020-Q2"
    assert val(text, "A year earlier") == "2019-Q2"


def test_a_year_ago_without_a_quarter_told_counts_from_the_dct():
    assert val("The port reopened a year ago after repairs.", "a year ago") == "2020"


def test_a_day_of_the_month_told_with_its_year_keeps_that_year():
    text = "Storms struck the coast in September 1938. By September 21 the harbour lay in ruins."
    assert val(text, "September 21") == "1938-09-21"


def test_a_recent_day_near_the_dct_keeps_the_dct_year_after_an_old_date():
    text = "The treaty was signed in February 1998. On March 2 the ministers met again."
    assert val(text, "March 2") == "2021-03-02"  # eight days before the report: not 1998


def test_later_after_a_day_told_still_counts_days():
    text = "The strike began on March 1. Two days later the mines shut."
    assert val(text, "Two days later") == "2021-03-03"


# ---------------------------------------------------------------- ages are not time expressions


def test_ages_are_not_durations():
    text = "A 15-year-old boy and a 15-year - old girl were hurt; their father, 44 years old, was not."
    assert spans(text) == []


def test_an_ongoing_war_of_n_years_is_still_a_duration():
    t = [t for t in find_times("The nine-year-old war has emptied the province.", WED)]
    assert [x.value for x in t] == ["P9Y"]
