"""Dating devices of branch `dates28` (date_reports19 u01 and u13), on sentences written for these tests: a wire
dateline's day named again by the lead's speech weekday dates the copy, giving undated copy its year and beating a
page header a few days older (nlp/time/dateline_weekday)."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.time import find_times
from sitrep.nlp.time.dateline_weekday import dateline_weekday_dct

D = dt.date

LEAD = ("KORVEN, Ostland, Oct 14 (Reuters) - Gunmen killed five herders near the village of Malbek on Tuesday, a "
        "district official said on Wednesday.\n\nThe herders were shot while watering cattle, said the official, "
        "Arno Velt.")


def _day(text, dct, span):  # type: ignore[no-untyped-def]
    ts = {t.span.text: t for t in find_times(text, dct)}
    assert span in ts, list(ts)
    return ts[span].start


def test_a_yearless_datelines_year_from_the_leads_speech_weekday():  # type: ignore[no-untyped-def]
    # 14 October is a Wednesday in 2015, 2020 and 2026: the latest not after the analysis (pinned to 2031 here)
    assert dateline_weekday_dct(LEAD, None, D(2031, 1, 5))[0] == D(2026, 10, 14)
    assert dateline_weekday_dct(LEAD, None, D(2026, 10, 13))[0] == D(2020, 10, 14)  # not a day still to come
    # "said Thursday": 14 October a Thursday, 2027; no speech weekday in the lead, no year
    assert dateline_weekday_dct(LEAD.replace("said on Wednesday", "said Thursday"), None, D(2031, 1, 5))[0] \
        == D(2027, 10, 14)
    assert dateline_weekday_dct(LEAD.replace(" on Wednesday", ""), None, D(2031, 1, 5)) is None


def test_a_header_older_than_the_dateline_its_lead_names():  # type: ignore[no-untyped-def]
    # header Monday 12 October 2026; the dateline's 14 October is the Wednesday the lead's source spoke on
    assert _day(LEAD, D(2026, 10, 12), "Tuesday") == D(2026, 10, 13)
    # a header whose own weekday the lead names, or a lead naming a day the dateline is not: the header stands
    assert dateline_weekday_dct(LEAD.replace("on Wednesday", "on Monday"), D(2026, 10, 12)) is None
    assert dateline_weekday_dct(LEAD.replace("on Wednesday", "on Thursday"), D(2026, 10, 12)) is None
    assert dateline_weekday_dct(LEAD, D(2026, 10, 1)) is None  # a dateline more than a week after the header
