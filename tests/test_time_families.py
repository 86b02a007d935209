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


# ---------------------------------------------------------------- parts of days and times


def test_weekday_noon_and_clock_time_on_that_day():
    assert val("The convoy left Tuesday noon.", "Tuesday noon") == "2021-03-09T12:00"
    assert val("The rally ended Friday at 4 p.m. without trouble.", "Friday at 4 p.m.") == "2021-03-05T16:00"


def test_dawn_and_sundown_before_a_weekday():
    assert val("The truce begins at sundown Monday.", "sundown Monday") == "2021-03-08TEV"
    assert val("Soldiers raided the camp at dawn on Sunday.", "dawn on Sunday") == "2021-03-07TMO"


def test_night_and_early_weekday_keep_their_day():
    assert val("A bomb went off Monday night in the market.", "Monday night") == "2021-03-08TNI"
    assert val("Gunmen stormed the school early Tuesday, police said.", "early Tuesday") == "2021-03-09"


def test_clock_before_a_weekday_and_a_bare_clock_tells_no_day():
    assert val("The shelling started shortly after 2 a.m. on Sunday.", "2 a.m. on Sunday") == "2021-03-07T02:00"
    text = "The strike began on March 1 at noon. The following day the port closed."
    assert val(text, "The following day") == "2021-03-02"


def test_a_bare_clock_time_just_after_a_day_told_is_on_that_day():
    text = "A man was shot dead early Sunday. Officers were called shortly after 2 a.m. and found him in a car."
    assert val(text, "2 a.m.") == "2021-03-07T02:00"
    assert val("Two guards were stabbed on Saturday night. The attacker fled at midnight.", "midnight") == "2021-03-06T24:00"


def test_a_bare_clock_time_with_no_day_near_stays_on_the_report_day():
    assert val("The council meets at 3 p.m. to vote on the budget.", "3 p.m.") == "2021-03-10T15:00"
    far = "The bridge opened on Monday. " + "Traffic was light and the weather was calm all week long. " * 6
    assert val(far + "A crash closed it at 3 p.m.", "3 p.m.") == "2021-03-10T15:00"  # the day told is too far back
    assert val("The talks ended on Friday. At 3 p.m. today, the council meets.", "3 p.m. today") == "2021-03-10T15:00"


# ---------------------------------------------------------------- quoted speech has its own "now"


def test_today_in_a_quote_said_on_another_day_is_that_day():
    assert val('"Today we open the crossing," the minister said on Monday.', "Today") == "2021-03-08"
    assert val('"We hit the depot yesterday," a spokesman told reporters on Sunday.', "yesterday") == "2021-03-06"
    assert val('On Monday the governor said: "Tomorrow the schools reopen."', "Tomorrow") == "2021-03-09"


def test_today_in_a_quote_without_a_day_told_is_the_report_day():
    assert val('"Today is a sad day," the mayor said.', "Today") == "2021-03-10"
    assert val("Today the minister opened the crossing, he said on Monday.", "Today") == "2021-03-10"  # no quote


# ---------------------------------------------------------------- fiscal years and quarters


def test_quarters_with_their_year_told_around_them():
    text = "Profit in next year's first quarter should beat the year-earlier third quarter."
    assert val(text, "next year's first quarter") == "2022-Q1"
    assert val(text, "the year-earlier third quarter") == "2019-Q3"
    assert val("Sales in the first quarter of fiscal 2019 rose.", "the first quarter of fiscal 2019") == "2019-Q1"
    assert val("Sales in Q3 2018 rose.", "Q3 2018") == "2018-Q3"
    assert val("Costs will fall in the current fiscal year.", "current fiscal year") == "2021"
    assert val("The budget for fiscal 2022 was cut.", "fiscal 2022") == "2022"


# ---------------------------------------------------------------- durations and sets


def test_durations_with_a_half():
    assert val("The siege lasted two and a half years.", "two and a half years") == "P2Y6M"
    assert val("The siege lasted 2 1/2 years.", "2 1/2 years") == "P2Y6M"
    assert val("The meeting took an hour and a half.", "an hour and a half") == "PT1H30M"
    assert val("The standoff lasted a minute and a half.", "a minute and a half") == "PT1M30S"


def test_a_unit_after_a_rate_is_a_set_else_a_duration():
    assert val("Inspectors visit twice a week.", "a week") == "P1W"
    ts = {t.span.text: t.type for t in find_times("Guards worked 12 hours a day for $3 an hour.", WED)}
    assert ts == {"12 hours": "DURATION", "a day": "SET", "an hour": "SET"}
    assert [t.type for t in find_times("The march took a week.", WED)] == ["DURATION"]


def test_a_24_hour_clock_after_at_is_a_time_not_a_year():
    assert val("The bombs went off at 1830 near the ministry.", "1830") == "2021-03-10T18:30"
    assert val("A second blast came at 2100 hours.", "2100 hours") == "2021-03-10T21:00"
    assert val("Exports returned to levels seen in 1830.", "1830") == "1830"
    assert [t.value for t in find_times("Output fell back at 2015 levels.", WED)] == ["2015"]


def test_the_night_of_a_date_is_that_days_night():
    assert val("Two reporters were shot on the night of March 8.", "the night of March 8") == "2021-03-08TNI"


# ---------------------------------------------------------------- last/this/next with seasons


def test_this_winter_told_after_it_is_the_one_just_ended():
    assert val("This winter was the mildest on record.", "This winter") == "2020-WI"
    assert val("The dam was finished last spring.", "last spring") == "2020-SP"
    assert val("The road will open next summer.", "next summer") == "2022-SU"
    assert val("Snow will fall this winter, forecasters said.", "this winter", D(2021, 10, 4)) == "2021-WI"


def test_hours_later_is_a_length_placed_after_the_day_told():
    ts = {t.span.text: t for t in find_times("Shelling began on Sunday. Hours later the town fell. It burned for hours.", WED)}
    later = ts["Hours"]
    assert (later.value, later.start, later.end, later.anchor) == ("PTXH", D(2021, 3, 7), D(2021, 3, 8), "time:2021-03-07")
    assert ts["hours"].start is None  # "for hours": a length only


def test_year_ago_quarters_compare_with_the_quarter_told():
    text = "Profit rose in the third quarter from the year-earlier quarter; year-ago sales were flat."
    assert val(text, "the year-earlier quarter") == "2019-Q3"
    assert val(text, "year-ago") == "2019-Q3"  # a comparison is not a new quarter to count from
    assert val("Prior-year results were restated.", "Prior-year") == "2020"
    text = "Sales fell in the second quarter. A year earlier they rose, and a year earlier still they fell."
    assert [t.value for t in find_times(text, WED)][1:] == ["2019-Q2", "2019-Q2"]


def test_minutes_or_hours_ago_is_the_reports_own_day():
    assert val("A courier was robbed a few minutes ago near the harbour.", "a few minutes ago") == "2021-03-10"
    assert val("Minutes ago, a grenade exploded outside the stadium.", "Minutes ago") == "2021-03-10"
    assert val("Gunmen fired on the crowd several hours ago.", "several hours ago") == "2021-03-10"
    assert val("The hearing lasted a few minutes.", "a few minutes") == "PTXM"  # a length, not a time


def test_minutes_ago_in_an_undated_report_waits_for_its_anchor():
    from sitrep.nlp.time import resolve_relative

    text = "A courier was robbed a few minutes ago near the harbour."
    t = next(t for t in find_times(text, None) if t.span.text == "a few minutes ago")
    assert t.start is None and t.relative
    assert resolve_relative(t, WED, text).start == WED
