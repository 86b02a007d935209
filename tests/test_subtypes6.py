"""Branch subtypes6 tests: a dateline whose year stands in brackets after its day ("ORVENNA, March 12 (2025) -")
is a dateline, and neither its day nor its bracketed year dates the lede's deed."""
from __future__ import annotations

import datetime as dt

from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.ingest.textmeta import extract

D = dt.date


# -- "CITY, Month D (YYYY) -": a dateline (ingest/textmeta, nlp/time/dateline_day) -----------------------------------

def test_dateline_with_bracketed_year_is_read():
    meta = extract("ORVENNA, March 12 (2025) - Gunmen abducted 14 farmers from a village near Orvenna on Tuesday "
                   "night, police said on Wednesday.")
    assert meta.dateline == "ORVENNA"


def test_bracketed_year_of_a_dateline_does_not_date_the_lede(ann):
    evs = _events(ann, "ORVENNA, March 12 (2025) - Gunmen abducted 14 farmers from a village near Orvenna on "
                       "Tuesday night, police said on Wednesday.", D(2025, 3, 12))
    assert evs["abducted"][1:] == (D(2025, 3, 11), D(2025, 3, 11))
