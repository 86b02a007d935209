"""Dating devices of branch `dates25` (misses of date_reports18), on sentences written for these tests: "the night
before last", "the weekend before last", "late last week", "the last day of February", "the bank holiday weekend"
and "Orthodox Christmas Eve" (nlp/time); a weekday an update's written date names (nlp/time/told_weekday); a fight
"still going on since Friday" spans the days to the report (events/since_span); a time opening the sentence before a
deed whose telling closes it is the deed's (events/date.fronted_time); an old deed "two years to the day" before the
deed told just before (events/restated_offset) and one told "in which" after a dated ambush
(events/date._prepositional_antecedent) are background (events/old_incident); a header date line with another
calendar's year in brackets dates the record (ingest/textmeta)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.time import find_times
from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


def _span(text, dct, span):  # type: ignore[no-untyped-def]
    ts = {t.span.text: t for t in find_times(text, dct)}
    assert span in ts, list(ts)
    return ts[span].start, ts[span].end


# (text, report date, the expression, its first and last day)
TIMES = [
    ("A cook was beaten outside a cafe in Harrowdene the night before last, officers said.", D(2026, 6, 10),
     "the night before last", D(2026, 6, 8), D(2026, 6, 8)),
    ("Raiders burned a granary in Kelvoro the weekend before last, farmers said.", D(2026, 6, 10),
     "the weekend before last", D(2026, 5, 30), D(2026, 5, 31)),
    ("Rebels shelled the outpost late last week, the army said on Tuesday.", D(2026, 6, 9),
     "late last week", D(2026, 6, 4), D(2026, 6, 7)),
    ("Rebels shelled the outpost early last week, the army said.", D(2026, 6, 9),
     "early last week", D(2026, 6, 1), D(2026, 6, 3)),
    ("Gunmen robbed a convoy on the last day of February, the police said.", D(2028, 3, 9),
     "the last day of February", D(2028, 2, 29), D(2028, 2, 29)),
    ("Strikers marched on the first day of March.", D(2026, 3, 9), "the first day of March", D(2026, 3, 1),
     D(2026, 3, 1)),
    ("Two men were stabbed in Dunmore over the bank holiday weekend, police said.", D(2026, 5, 26),
     "the bank holiday weekend", D(2026, 5, 23), D(2026, 5, 25)),
    ("Pilgrims were shot at a chapel near Varesk on Orthodox Christmas Eve, a priest said.", D(2026, 1, 9),
     "Orthodox Christmas Eve", D(2026, 1, 6), D(2026, 1, 6)),
    ("A bomb hit a bus on Coptic Christmas, officials said.", D(2026, 1, 9), "Coptic Christmas", D(2026, 1, 7),
     D(2026, 1, 7)),
]


@pytest.mark.parametrize("text,dct,span,a,b", TIMES)
def test_time_expressions(text, dct, span, a, b):  # type: ignore[no-untyped-def]
    assert _span(text, dct, span) == (a, b)


def test_plain_forms_keep_their_reading():  # type: ignore[no-untyped-def]
    # "last week" is still the whole week, "the weekend" two days, a bare "Christmas Eve" the 24th of December
    assert _span("Rebels shelled the outpost last week.", D(2026, 6, 9), "last week") == (D(2026, 6, 1), D(2026, 6, 7))
    assert _span("Shops were looted at the weekend.", D(2026, 5, 26), "the weekend") == (D(2026, 5, 23), D(2026, 5, 24))
    assert _span("A church was shot at on Christmas Eve.", D(2026, 1, 9), "Christmas Eve") == (D(2025, 12, 24),
                                                                                            D(2025, 12, 24))


def test_an_updates_written_day_names_its_weekday():  # type: ignore[no-untyped-def]
    text = ("A grenade wounded two guards in Torvik on Saturday, police said on Monday.\n\nUPDATE, Thursday 11 June: "
            "A second grenade hit a bus stop in Torvik on Thursday morning, wounding four.")
    assert _span(text, D(2026, 6, 8), "Thursday morning") == (D(2026, 6, 11), D(2026, 6, 11))
    # with no written day before it, the weekday is the last such day before the report
    assert _span("A grenade hit a bus stop in Torvik on Thursday morning.", D(2026, 6, 8), "Thursday morning") == (
        D(2026, 6, 4), D(2026, 6, 4))


# (text, report date, trigger, its modality, first day, last day)
EVENTS = [
    # a fight going on since Friday: Friday to the report's day; a count since Friday is no such span
    ("Fighting between the army and Korvane rebels around the town of Ostrel has gone on since Friday, killing 12 "
     "fighters, a local official said on Monday.", D(2026, 6, 8), "Fighting", "asserted", D(2026, 6, 5), D(2026, 6, 8)),
    # a time opening the sentence, the telling closing it: the deed's day, not the grenade's told before
    ("A grenade wounded four people at a bus stop in Torvik on Tuesday, police said.\n\nOn Monday, the first day of "
     "Songkran, suspected separatists shot dead a village guard as he rode home in Pellik district, police said.",
     D(2026, 6, 10), "shot", "asserted", D(2026, 6, 8), D(2026, 6, 8)),
    # the old deed of an anniversary "two years to the day" before: background, on its day
    ("Gunmen attacked a police post near Ostrel on Sunday, killing four officers. The attack came two years to the day "
     "after raiders stormed a market in the town and killed 30 traders.", D(2026, 6, 8), "stormed", "background",
     D(2024, 6, 7), D(2024, 6, 7)),
    # a deed told "in which" after an ambush dated months before (a trial): that day, background
    ("A court in Dorvanu on Tuesday opened the trial of nine men accused of taking part in the ambush of a convoy near "
     "Pellik on 3 February, in which 14 guards were killed.", D(2026, 11, 10), "killed", "background",
     D(2026, 2, 3), D(2026, 2, 3)),
]


@pytest.mark.parametrize("text,published,trigger,modality,a,b", EVENTS)
def test_event_day(ann, text, published, trigger, modality, a, b):  # type: ignore[no-untyped-def]
    evs = _events(ann, text, published)
    assert evs[trigger] == (modality, a, b), evs


def test_a_count_since_a_day_is_no_span(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Five people have been killed in shootings in Ostrel since Friday, police said on Monday.",
                  D(2026, 6, 8))
    assert all(v[1:] != (D(2026, 6, 5), D(2026, 6, 8)) for v in evs.values()), evs


def test_a_header_with_another_calendars_year_dates_the_record():  # type: ignore[no-untyped-def]
    from sitrep.ingest.article import build_article
    from sitrep.ingest.records import Record

    text = ("16 April 2026 (B.E. 2569)\n\nPATTANI, Thailand — A bomb went off beside a rubber plantation on "
            "Wednesday, wounding two rangers, police said.")
    a = build_article(Record(source="t", source_path="t", key="t", text=text))
    assert a.published == D(2026, 4, 16), a.published
    a = build_article(Record(source="t", source_path="t", key="t", text=text.replace("(B.E. 2569)", "(1447 AH)")))
    assert a.published == D(2026, 4, 16), a.published


def _days(ann, text, published, dateline):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate(text, DocContext("r1", published=published, dateline=dateline))
    return {(e.date_start, e.date_end) for e in an.events if e.event_type != "Political"}


def test_a_gmt_clock_in_a_far_place_is_the_places_day(ann):  # type: ignore[no-untyped-def]
    text = "Gunmen attacked a restaurant in the city at about 2215 GMT on Friday, killing five people, police said."
    assert _days(ann, text, D(2026, 6, 6), "MOGADISHU") == {(D(2026, 6, 6), D(2026, 6, 6))}  # 01:15 on Saturday
    # earlier in the GMT day it is the same day there; a place near UTC keeps the GMT day
    assert _days(ann, text.replace("2215", "1415"), D(2026, 6, 6), "MOGADISHU") == {(D(2026, 6, 5), D(2026, 6, 5))}
    assert _days(ann, text, D(2026, 6, 6), "DAKAR") == {(D(2026, 6, 5), D(2026, 6, 5))}
