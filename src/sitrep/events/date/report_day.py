"""Decides how a time stands to the report's date: after it (:func:`after_report`, impossible for a past deed),
one past day (:func:`single_past_day`), a weekday told with its date, no year told (:func:`no_year`, then
:func:`year_before`), usable (resolved or waiting for an anchor, :func:`usable_time`), hours up to the report
(:func:`recent_hours`); and how recent a report's only day must be to date its violence (``RECENT_DAYS``, read by
events/old_incident and events/title_day). Tests: tests/test_dates12.py.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace
from typing import Optional

from sitrep.events.date.hour import bare_clock
from sitrep.model import TimeExpr
from sitrep.nlp.time.relative import LOCAL_AHEAD, TOLD_AHEAD
from sitrep.nlp.time.zone_clock import ZONE_DAY
from sitrep.nlp.timelex import lexicon


_RELATIVE_OK = ("day", "week", "month", "year", "hour", "minute", "part_of_day")


RECENT_DAYS = 62  # a report's only day told, when no act of violence is dated, dates them only this recent (two months)


def single_past_day(t: TimeExpr, published: Optional[_dt.date]) -> bool:
    """One resolved day (a date or a time on it), not after the report, not a bare clock time."""
    return t.type in ("DATE", "TIME") and t.precision == "day" and t.start is not None \
        and t.start == (t.end or t.start) and not t.future and not bare_clock(t) and not after_report(t, published)


def after_report(t: TimeExpr, published: Optional[_dt.date]) -> bool:
    """The expression names a day after the report's date (impossible for a past incident). The day after it, told
    with its weekday ("on Thursday, March 13" in a report dated Wednesday 12 March) or in the place's own time
    ("early Tuesday local time" in a US page dated Monday; "at 2230 GMT on Saturday" in Mogadishu,
    nlp/time/zone_clock), is not: the text confirms that day, and the report's date is a day early (a page dated
    where it was posted, in another time zone); nor is a weekday that a day written out just before names (an
    update's, nlp/time/told_weekday.py)."""
    if published is None or t.start is None or t.start <= published:
        return False
    if (t.anchor or "").startswith(TOLD_AHEAD):
        return False  # "UPDATE, Wednesday 4 March: ... on Wednesday morning": the update's day, written out
    ahead = (t.anchor or "").startswith((LOCAL_AHEAD, ZONE_DAY))
    return (t.start - published).days != 1 or not (weekday_told(t) or ahead)


def weekday_told(t: TimeExpr) -> bool:
    """The expression names a date with a month and the weekday that date falls on ("Thursday, March 13")."""
    words = re.findall(r"[a-z]+", t.span.text.lower())
    wd = lexicon().weekdays
    return t.start is not None and len(words) >= 2 and any(wd.get(w) == t.start.weekday() for w in words) \
        and any(w.rstrip(".") in lexicon().months for w in words)


_YEAR_WORD = re.compile(r"\b(?:1[89]|20)\d\d\b|'\d\d\b")


def no_year(t: TimeExpr) -> bool:
    """A day told without its year ("21 October", "Christmas Eve"): its year was guessed from the report's. A day
    counted from another ("the next morning", "tomorrow") names no calendar day, and a weekday alone ("Thursday")
    names a day of one week (the same date a year back falls on another weekday): a year back is no reading of
    either. Nor of a day its own clause tells as still to come ("would appear in court on Thursday" joined to a
    past clause)."""
    lx = lexicon()
    words = [w.rstrip(".") for w in re.findall(r"[a-z]+\.?", t.span.text.lower())]
    named = any(w in lx.months for w in words) \
        or " ".join(t.span.text.lower().replace("’", "'").split()) in lx.fixed_days
    return t.precision == "day" and t.start is not None and t.start == (t.end or t.start) and t.type in ("DATE", "TIME") \
        and not _YEAR_WORD.search(t.span.text) and named and not t.future


def year_before(t: TimeExpr) -> TimeExpr:
    """The same day and month a year earlier (29 February falls back to the 28th)."""
    assert t.start is not None
    try:
        d = t.start.replace(year=t.start.year - 1)
    except ValueError:
        d = t.start.replace(year=t.start.year - 1, day=28)
    value = d.isoformat() + (t.value[10:] if len(t.value) > 10 and t.value[:10] == t.start.isoformat() else "")
    return replace(t, value=value, start=d, end=d, anchor=f"time:{d.isoformat()} (past clause: the year before)")


_HOURS = re.compile(r"PT(?:\d+|X)[HM]$")


HOURS_BACK_DAYS = 2  # "in the past 48 hours" at most: a span of hours up to the report still names its days


def usable_time(t: TimeExpr) -> bool:
    """Resolved, or relative and waiting for an anchor (an undated report: "on Thursday", "the previous day");
    or "hours later" counted from a day told before it; or a span of hours up to the report ("in recent hours",
    "over the past 24 hours": the report's day and the one before)."""
    if t.type == "DURATION":
        return t.start is not None and ((t.anchor or "").startswith("time:") or recent_hours(t))
    return t.type in ("DATE", "TIME") and (t.start is not None or (t.relative and t.precision in _RELATIVE_OK))


def recent_hours(t: TimeExpr) -> bool:
    """A span of hours running up to the report ("in recent hours", "the past 24 hours"), at most
    :data:`HOURS_BACK_DAYS` days long; not one still to come ("the next 72 hours")."""
    return t.type == "DURATION" and bool(_HOURS.match(t.value)) and t.relative and not t.future \
        and t.start is not None and t.end is not None and 0 <= (t.end - t.start).days <= HOURS_BACK_DAYS
