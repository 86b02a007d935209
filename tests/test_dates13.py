"""Dating devices of branch `dates13` (tests/data/date_reports10), on sentences written for these tests: a text's
own header date days before its container's date is the copy's day, a header with no year too when its weekday
fits (ingest/textmeta.header_day); headers in other languages' date orders ("2026/10/14", "2026.11.20", "3 de
noviembre de 2026", "Publié le 12/11/2026 à 09h30") are read (ingest/dates.find_date, data/date_names_other.tsv,
data/date_order_cues.tsv); a "where" clause on the place where a violent noun "happened" shares its day with it
(events/where_time); a day restated in brackets in another clock's terms dates nothing (events/restated_time), nor
does "now" date a deed told in a past tense (events/date)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.ingest.article import build_article
from sitrep.ingest.dates import find_date
from sitrep.ingest.records import Record
from sitrep.ingest.textmeta import extract
from sitrep.nlp.annotate import DocContext
from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


def _article(raw: str, published):  # type: ignore[no-untyped-def]
    return build_article(Record(source="t", source_path="t", key="t", text=raw, published=published,
                                published_precision="day" if published else "unknown",
                                published_how="given" if published else "unknown"))


# -- the text's own header dates the copy days before the container's date (ingest/textmeta.header_day) -----------

_BODY = ("A man was punched and robbed of his phone outside a takeaway on Marren Street on Saturday night, and "
         "officers are asking anyone who saw the attack to come forward.\n")


@pytest.mark.parametrize("header,record,day", [
    ("Published: Tuesday 9 June 2026", D(2026, 6, 16), D(2026, 6, 9)),  # a week before the record
    ("Wednesday, June 3", D(2026, 6, 10), D(2026, 6, 3)),  # no year: the weekday fits 3 June 2026
    ("Thursday 14 May", D(2026, 5, 15), D(2026, 5, 14)),
    ("Saturday 20 June", D(2026, 6, 22), D(2026, 6, 20)),
])
def test_header_day_before_the_record_dates_the_copy(header, record, day):  # type: ignore[no-untyped-def]
    a = _article(f"{header}\n\nTakeaway worker robbed in Brennock\n\n{_BODY}", record)
    assert a.published == day


@pytest.mark.parametrize("header,record", [
    ("Published: Tuesday 9 June 2026", D(2026, 6, 30)),  # three weeks before: the record's date stands
    ("Published: Tuesday 9 June 2026", D(2026, 6, 9)),  # the same day
    ("Friday 14 May", D(2026, 5, 15)),  # 14 May 2026 is a Thursday: the header is no date of this record
    ("Thursday 14 May", D(2026, 6, 15)),  # a month before
])
def test_header_day_that_does_not_fit_leaves_the_record_date(header, record):  # type: ignore[no-untyped-def]
    a = _article(f"{header}\n\nTakeaway worker robbed in Brennock\n\n{_BODY}", record)
    assert a.published == record


def test_yearless_header_without_a_record_date_stays_blank():  # type: ignore[no-untyped-def]
    assert _article(f"Thursday 14 May\n\nTakeaway worker robbed in Brennock\n\n{_BODY}", None).published is None


# -- headers in other languages' date orders (ingest/dates.find_date) --------------------------------------------

@pytest.mark.parametrize("line,day", [
    ("2026/10/14 18:05", D(2026, 10, 14)),
    ("2026.11.20 14:32", D(2026, 11, 20)),
    ("Martes, 3 de noviembre de 2026", D(2026, 11, 3)),
    ("Publié le 12 novembre 2026 à 09h30", D(2026, 11, 12)),
    ("3. Juni 2026", D(2026, 6, 3)),
])
def test_other_language_dates(line, day):  # type: ignore[no-untyped-def]
    assert find_date(line)[0] == day


@pytest.mark.parametrize("header,day", [
    ("2026/10/14 18:05", D(2026, 10, 14)),
    ("2026.11.20 14:32", D(2026, 11, 20)),
    ("Martes, 3 de noviembre de 2026", D(2026, 11, 3)),
    ("Publié le 12/11/2026 à 09h30", D(2026, 11, 12)),  # day-first: the French date line says so
])
def test_other_language_header_dates_the_record(header, day):  # type: ignore[no-untyped-def]
    meta = extract(f"{header}\n\nTrader shot at a market near Brennock\n\nGunmen shot a trader at a cattle market "
                   f"near Brennock on Tuesday, a resident said.\n")
    assert meta.published == day


# -- a "where" clause on the place where a violent noun happened (events/where_time) -----------------------------

def test_deed_in_where_clause_takes_the_happening_day(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "The stabbing happened on 14 March at a taxi rank on Corvell Street, where a 30-year-old man "
                       "was stabbed in the back after an argument.", D(2026, 6, 1))
    assert evs["stabbed"][1:] == (D(2026, 3, 14), D(2026, 3, 14))


def test_happening_takes_the_day_of_its_where_clause(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "The attack happened in Dunmarra, a hamlet about 20 km from Tolbeck, where on 9 February "
                       "the gunmen surrounded herders at a well, an official said.", D(2026, 2, 20))
    assert evs["attack"][1:] == (D(2026, 2, 9), D(2026, 2, 9))


def test_other_verbs_where_clause_keeps_its_own_day(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "He was buried on Sunday in the village where he was shot by soldiers last month.",
                  D(2026, 3, 10))
    assert evs["shot"][1] != D(2026, 3, 8)


# -- a day restated in brackets in another clock's terms (events/restated_time) ----------------------------------

def test_bracketed_other_clock_day_dates_nothing(ann):  # type: ignore[no-untyped-def]
    # the headline's deed is no longer given the Indian day of the bracket (it was: 7 September, a wrong day)
    an = ann.annotate("A shopkeeper from Kerala was shot dead at his store in Denver. He was killed in a robbery on "
                      "Sunday evening (early Monday morning IST), his brother said.", DocContext("r1", published=D(2026, 9, 7)))
    shot = next(e for e in an.events if e.trigger.text == "shot")
    assert not (shot.date_start == D(2026, 9, 7) and shot.date_precision == "day")
    robbery = next(e for e in an.events if e.trigger.text == "robbery")
    assert (robbery.date_start, robbery.date_end) == (D(2026, 9, 6), D(2026, 9, 6))


# -- "now" dates no deed told in a past tense (events/date._sort_times) ------------------------------------------

def test_now_of_the_telling_dates_no_past_deed(ann):  # type: ignore[no-untyped-def]
    an = ann.annotate("Mortar shells hit a clinic in the town, the relief group said, adding that its volunteers had "
                      "only now been able to count the dead.", DocContext("r1", published=D(2026, 12, 15)))
    hit = next(e for e in an.events if e.trigger.text == "hit")
    assert hit.date_precision != "day"  # the report's day at most, not a day the text told (it was "day")
