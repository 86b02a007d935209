"""Which way a report writes numeric dates (tests/data/date_reports9, branch `dates11`), on sentences written for
these tests: a header "Date: 06/05/2026" read day-first in a British force's release and month-first in a US
sheriff's, left blank with no cue or with cues of both kinds; a US story's "04/09/2026" stays 9 April when its
day-first reading would be a recent day; a British story's numeric date months back is read day-first; a header date
whose second number is over 12 ("05/15/2026") is read month-day."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.ingest.textmeta import extract
from sitrep.nlp.time import find_times
from sitrep.nlp.time.date_order import numeric_order

D = dt.date


@pytest.mark.parametrize("text,order", [
    ("He was attacked at about 9.40pm outside a pub in the town centre.", "dmy"),
    ("The man was shot at 11:15 p.m. and deputies from the Sheriff's Office found him.", "mdy"),
    ("The man was shot late at night outside his home.", None),
    ("He was attacked at about 9.40pm; the victim was shot at 11:15 p.m.", None),
])
def test_numeric_order_from_writing_habits(text, order):  # type: ignore[no-untyped-def]
    assert numeric_order(text) == order


# -- ingest: an ambiguous header date read the way the release writes dates ------------------------------------------

@pytest.mark.parametrize("raw,day", [
    ("Brennock Constabulary\nWitness appeal\nDate: 06/05/2026\n\nA man was hit with a bottle outside a pub in "
     "Brennock shortly after 10.20pm on Monday, and officers want to hear from anyone who saw it.\n", D(2026, 5, 6)),
    ("Brennock County Sheriff's Office\nPress Release\nDate: 10/04/2026\n\nDeputies were called to a farmhouse "
     "on Tamsford Road at 11 p.m. on Saturday after a man was shot in the leg during a party.\n", D(2026, 10, 4)),
    ("Brennock Police\nMedia release\nDate: 05/15/2026\n\nOfficers were called to a house on Tamsford Road "
     "after a man was hurt in a fight, and he was taken to hospital.\n", D(2026, 5, 15)),
])
def test_header_numeric_date_by_the_text_order(raw, day):  # type: ignore[no-untyped-def]
    assert extract(raw).published == day


@pytest.mark.parametrize("raw", [
    # no cue: the order is unknown, and blank beats wrong
    "Brennock Police\nMedia release\nDate: 06/05/2026\n\nOfficers were called to a house on Tamsford Road after "
    "a man was hurt in a fight, and he was taken to hospital.\n",
    # cues of both kinds
    "Brennock Police\nMedia release\nDate: 06/05/2026\n\nOfficers were called to the town centre at 9:30 p.m. "
    "after a man was hurt in a fight, and he was taken to hospital.\n",
])
def test_header_numeric_date_left_blank_without_one_order(raw):  # type: ignore[no-untyped-def]
    assert extract(raw).published is None


# -- nlp/time: the text's order rules over recency in prose ------------------------------------------------------------

@pytest.mark.parametrize("text,dct,day", [
    # a US story: month-first, though the day-first reading (4 September) would be two days back
    ("The shooting happened on 04/09/2026 at about 7:15 p.m. at a bus stop.", D(2026, 9, 6), D(2026, 4, 9)),
    # a British story: day-first, though neither reading is recent
    ("He was stabbed on 04/06/2026 at about 9.30pm in the town centre.", D(2026, 12, 1), D(2026, 6, 4)),
])
def test_numeric_date_order_from_the_text(text, dct, day):  # type: ignore[no-untyped-def]
    ts = [t for t in find_times(text, dct) if "/" in t.span.text]
    assert len(ts) == 1 and ts[0].start == day
