"""tolls21: misses of local_reports11's first read: a crowd shot at in a street block is no protest the model may
make of it ("fired a handgun into a crowd ... in the 2200 block of X Street"), a bare clock time after a source's day
is the hour of the deed the story told ("said in a statement on Saturday that the attackers arrived at about
9.15pm"), a count of people "in a serious condition" is hurt, the hurt of a fronted "Of the four others who were
wounded, one died later" are the difference, and "X is in critical condition, and two other customers suffered minor
injuries" counts both. Sentences written for these tests; names and places made up (Tessor: no gazetteer entry)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_tolls11 import ann, harm, read  # noqa: F401  (the shared annotator fixture and reader)
from test_tolls19 import assert_toll, deaths


def test_a_crowd_shot_in_a_street_block_is_no_protest(ann):
    an = read(ann, "Police said Dale Mercer, 31, fired a handgun into a crowd of about 40 people in the 2200 block of "
                   "Fenwick Street in Tessor on Saturday. Two people were killed.")
    assert deaths(an) == 2.0, [(e.trigger.text, e.sub_event_type, e.fatalities) for e in an.events]
    assert not any(e.event_type == "Protests" for e in an.events)


def test_a_clock_time_after_a_sources_day_is_the_deeds_day():
    from sitrep.nlp.time.resolve import find_times

    text = ("Gunmen on Friday night killed two guards at a gate in Tessor. A police spokesman said in a statement on "
            "Saturday that the attackers arrived in a car at about 9.15pm and opened fire.")
    clock = next(t for t in find_times(text, dt.date(2024, 5, 6)) if "9.15" in t.span.text)
    assert clock.start == dt.date(2024, 5, 3), clock


TOLLS = [
    # the hurt told after a source's day join the incident its clock time dates
    ("Gunmen on Friday night killed two guards at a gate in Tessor. A police spokesman said in a statement on "
     "Saturday that the attackers arrived in a car at about 9.15pm and opened fire on the guards. Three other persons "
     "sustained gunshot injuries and are receiving treatment.", 2.0, 3.0),
    # a count in a serious condition is hurt
    ("A man has died and two women are in a serious condition after a stabbing at a market in Tessor on Sunday.",
     1.0, 2.0),
    # a fronted count of the wounded, less those who died later
    ("Gunmen opened fire at a bus stop in Tessor on Friday night. Of the four people who were wounded, one died later "
     "at a hospital.", 1.0, 3.0),
    # other hurt told after one hurt add to it
    ("Gunmen shot dead a shopkeeper in Tessor on Monday. His son is in critical condition, and two other customers "
     "suffered minor injuries.", 1.0, 3.0),
]


@pytest.mark.parametrize("text,dead,hurt", TOLLS)
def test_tolls(ann, text, dead, hurt):
    assert_toll(read(ann, text), dead, hurt)


def test_the_hurt_of_a_separate_count_are_not_added():
    from sitrep.model import Figure, Span
    from sitrep.nlp.other_hurt import other_hurt_added

    text = "One man was wounded in Tessor, and two other men were wounded in a separate attack."
    f1 = Figure(id="a:f0", span=Span("a", 0, 7, "One man"), what="wounded", low=1.0, high=1.0)
    f2 = Figure(id="a:f42", span=Span("a", 42, 45, "two"), what="wounded", low=2.0, high=2.0)
    assert [f.low for f in other_hurt_added([f1, f2], text)] == [1.0, 2.0]

