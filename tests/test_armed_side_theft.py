"""A known armed side that kills and steals in one clause commits an attack, the theft part of it: "the rebels killed
four herders and stole their cattle" is no ordinary crime (events/crime.armed_side_killing; war_reports7 h20, branch
misses12). Robbers who kill in a robbery stay a crime. Sentences written for this test; places and events made up."""
from __future__ import annotations

import datetime as dt

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.nlp.annotate import DocContext


def _types(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2023, 5, 6)))
    return [(e.sub_event_type, e.outside) for e in an.events]


def test_armed_side_killing_with_theft_is_an_attack(ann):  # noqa: F811
    assert _types(ann, "The rebels killed four herders and stole about 200 head of cattle in the hills west of "
                       "Kalmora on Saturday.") == [("Attack", None)]
    assert _types(ann, "Militants killed two farmers and stole their goats near Velmora on Monday.") == [("Attack", None)]


def test_robbers_killing_in_a_robbery_stays_a_crime(ann):  # noqa: F811
    assert _types(ann, "Robbers killed a shopkeeper and stole the day's takings in Kalmora on Saturday.") == [
        ("Crime", "crime")]
