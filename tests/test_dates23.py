"""Dating devices of branch `dates23` (misses of date_reports17 and the old-incident convention), on sentences written
for these tests: "on the 27th" before the sentence's verb in the past is that day (nlp/time/recognise, rule
ordday); a weekday named after a year ("the 2019 Easter Sunday bombings") is no day of last week
(nlp/time/generic_day.year_before); a form's incident field ("Incident date: 2026-03-09") dates the incident the
form reports, while its background paragraph keeps its own day (events/incident_date.field_day); a deed dated more
than two months before its report is background (events/old_incident)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext
from sitrep.nlp.time import find_times
from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


def test_a_weekday_named_after_a_year_is_no_recent_day():  # type: ignore[no-untyped-def]
    ts = {t.span.text: t for t in find_times("Families of those killed in the 2018 Palm Sunday bombing in Korvath "
                                             "met the minister on Tuesday.", D(2026, 5, 7))}
    assert ts["Sunday"].start is None, ts["Sunday"]
    assert ts["Tuesday"].start == D(2026, 5, 5)
    # a weekday after no year is read as usual
    ts = {t.span.text: t for t in find_times("A bomb went off after the Palm Sunday mass in Korvath.", D(2026, 5, 7))}
    assert ts["Sunday"].start == D(2026, 5, 3)


FORM = ("SECURITY NOTE - Field Office\nIssued: 2026-03-11\n\nIncident date: 2026-03-09\n\nSummary: Gunmen "
        "attacked a cattle market near Dorvanu at midday. Witnesses report seven herders killed.\n\nBackground: On "
        "2026-02-26 the same group ambushed a police patrol near the town; sources reported four officers killed.")

COURT = ("A court in Dorvanu on Tuesday jailed a man for life over the November 2021 suicide bombings at the city's bus "
         "station.\n\nThe judge said he had hidden explosives for the bombers, who blew themselves up near the ticket "
         "hall. Five people were killed in the blasts besides the attackers.")

# (text, report date, trigger, its modality, its first day)
CASES = [
    # "on the 27th" before the sentence's verb: the month before, the 27th being still to come in May
    ("An air strike on a farm near Vellin on the 27th killed four herders, a local council said.", D(2026, 5, 2),
     "strike", "asserted", D(2026, 4, 27)),
    # a form's incident field dates its incident; its background paragraph keeps its own day
    (FORM, D(2026, 3, 11), "attacked", "asserted", D(2026, 3, 9)),
    (FORM, D(2026, 3, 11), "ambushed", "asserted", D(2026, 2, 26)),
    # a deed months before the report is background, with its date; one of last month stays news
    (COURT, D(2026, 3, 11), "blasts", "background", D(2021, 11, 1)),
    ("Gunmen shot dead three traders at a market in Dorvanu on 14 February, police said on Monday.", D(2026, 3, 11),
     "shot", "asserted", D(2026, 2, 14)),
]


@pytest.mark.parametrize("text,published,trigger,modality,day", CASES)
def test_event_modality_and_day(ann, text, published, trigger, modality, day):  # type: ignore[no-untyped-def]
    evs = _events(ann, text, published)
    assert evs[trigger][:2] == (modality, day), evs


def test_a_paragraph_after_the_lead_goes_on_about_the_lead(ann):  # type: ignore[no-untyped-def]
    text = ("An air strike on a village near Marvosk on the 27th killed six farmers, a local council said.\n\n"
            "A jet dropped two bombs on a barn where the men were sheltering from the rain, the council said.\n\n"
            "On Thursday, a drone hit a bakery in the nearby town of Pellik, killing a baker.")
    an = ann.annotate(text, DocContext("r1", published=D(2026, 5, 2)))
    days = sorted((e.date_start, e.date_precision) for e in an.events)
    # the bombs are the 27th's strike (no deed of their own dated by the report), the drone Thursday's
    assert days == [(D(2026, 4, 27), "day"), (D(2026, 4, 30), "day")], days


def test_a_gmt_stamp_over_a_far_dateline_dates_the_local_day():  # type: ignore[no-untyped-def]
    from sitrep.ingest.article import build_article
    from sitrep.ingest.records import Record

    text = ("Tuesday 3 March 2026 15:10 GMT\n\nSUVA, Fiji — Two men were stabbed outside a bar in Suva shortly "
            "after 2am today, police said. One of them died in hospital.")
    a = build_article(Record(source="t", source_path="t", key="t", text=text))
    assert a.published == D(2026, 3, 4), a.published  # 15:10 GMT is 03:10 on Wednesday in Fiji (UTC+12)
    # a place near UTC keeps the stamp's day
    a = build_article(Record(source="t", source_path="t", key="t", text=text.replace("SUVA, Fiji", "ACCRA, Ghana")))
    assert a.published == D(2026, 3, 3), a.published
