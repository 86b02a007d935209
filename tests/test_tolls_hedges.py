"""Hedged counts keep their hedge and give the count the words say (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES, Figure, Span
from sitrep.nlp.annotate import DocContext
from sitrep.nlp.figures import figure_best

PUB = dt.date(2023, 5, 6)


def toll(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("t1", published=PUB))
    fs = [e.fatalities for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.fatalities is not None]
    assert len(fs) == 1, fs
    return fs[0]


@pytest.mark.parametrize("hedge,rule,bounds", [
    ("approximately", "approx", (10, 14)),
    ("about", "approx", (10, 14)),
    ("some", "approx", (10, 14)),
    ("around", "approx", (10, 14)),
    ("nearly", "near", (10, 12)),
])
def test_an_approximate_count_gives_its_number_and_keeps_its_band(ann, hedge, rule, bounds):
    f = toll(ann, f"Gunmen killed {hedge} 12 farmers in the village of Ostrel on Monday.")
    assert f.best == 12 and (f.low, f.high) == bounds and f.hedge == rule


@pytest.mark.parametrize("hedge,rule,low", [("at least", "ge", 12), ("more than", "gt", 13)])
def test_a_lower_bound_stays_a_lower_bound(ann, hedge, rule, low):
    f = toll(ann, f"Gunmen killed {hedge} 12 farmers in the village of Ostrel on Monday.")
    assert (f.low, f.high) == (low, None) and f.hedge == rule and f.best is None


def test_an_exact_count_has_no_hedge(ann):
    f = toll(ann, "Gunmen killed 12 farmers in the village of Ostrel on Monday.")
    assert (f.low, f.high, f.best, f.hedge) == (12, 12, None, None)


def test_a_sum_with_a_hedged_part_adds_the_numbers_the_words_give(ann):
    f = toll(ann, "Gunmen killed about 12 farmers and three traders in the village of Ostrel on Monday.")
    assert f.best == 15 and (f.low, f.high) == (13, 17)


def test_a_figure_made_without_its_best_reads_it_from_its_words():
    f = Figure(id="a:f0", span=Span("a", 0, 8, "some 900"), what="killed", low=810.0, high=990.0)
    assert figure_best(f) == 900
    g = Figure(id="a:f0", span=Span("a", 0, 2, "12"), what="killed", low=12.0, high=12.0)
    assert figure_best(g) is None
