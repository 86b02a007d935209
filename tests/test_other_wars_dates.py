"""Dates in wars other than Syria's (tests/data/war_reports, branch `otherwars`), on sentences written for these
tests: a deed dated only "earlier this year" is the story's past; joined deeds of one doer share the day told at the
end of their stretch."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


# -- "earlier this year": the story's past (events/modality.is_background) ---------------------------------------

def _mods(ann, text, published):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=published))
    return {e.trigger.text: e.modality for e in an.events}


def test_a_capture_earlier_this_year_is_background(ann):
    mods = _mods(ann, "The insurgents had captured four villages near Jilib earlier this year. On Monday gunmen "
                      "killed two herders near the town.", dt.date(2025, 9, 30))
    assert mods.get("captured") == "background"
    assert mods.get("killed") == "asserted"


def test_a_day_in_the_clause_or_a_young_year_keeps_the_deed_news(ann):
    mods = _mods(ann, "Rebels clashed with troops near Kalay on Tuesday, in the heaviest fighting this year.",
                 dt.date(2025, 9, 30))
    assert mods.get("clashed") == "asserted"
    mods = _mods(ann, "The insurgents captured four villages near Jilib earlier this year.", dt.date(2025, 1, 20))
    assert mods.get("captured") == "asserted"  # three weeks of a January: as near as "last week"

# -- joined deeds of one doer share the day told at the end (events/date.conjunct_time) ---------------------------

def _dates(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2026, 2, 16)))
    return {e.trigger.text: e.date_start for e in an.events}


def test_joined_deeds_share_the_day_told_at_the_end(ann):
    dates = _dates(ann, "Gunmen shot dead two traders and set fire to a lorry near Kutum on Friday, an official said.")
    assert dates.get("shot") == dt.date(2026, 2, 13)


def test_a_joined_clause_with_its_own_subject_keeps_its_day(ann):
    dates = _dates(ann, "Gunmen shot dead a herder near Kutum and the army arrested two men on Friday, a relative said.")
    assert dates.get("arrested") == dt.date(2026, 2, 13)
    assert dates.get("shot") != dt.date(2026, 2, 13)  # the arrests' day, told in a clause of their own
