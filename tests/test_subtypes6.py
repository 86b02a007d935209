"""Branch subtypes6 tests: a dateline whose year stands in brackets after its day ("ORVENNA, March 12 (2025) -")
is a dateline, and neither its day nor its bracketed year dates the lede's deed."""
from __future__ import annotations

import datetime as dt

from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.ingest.textmeta import extract
from sitrep.nlp.annotate import DocContext

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


# -- "gunmen ... struck a village": a raid by men on the ground, no shelling (events/subtype ground_strike) ----------

def _types(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=D(2025, 6, 9)))
    return {e.trigger.text: e.sub_event_type for e in an.events}


def test_strike_by_gunmen_is_an_attack(ann):
    got = _types(ann, "Gunmen raided a market in Velmora on Friday, killing three traders, and struck a nearby hamlet "
                      "on Saturday, killing four more, residents said.")
    assert got["struck"] == "Attack"
    got = _types(ann, "The attackers struck the village of Kesselby late on Sunday, killing six farmers, an official said.")
    assert got["struck"] == "Attack"


def test_strike_with_a_heavy_weapon_stays_shelling(ann):
    got = _types(ann, "The attackers struck the village of Kesselby with mortars late on Sunday, killing six farmers.")
    assert got["struck"] == "Shelling/artillery/missile attack"
