"""parse_quantity and scan_quantities: number words, digits, qualifiers as bounds, ranges."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.nlp.numbers import apply_rule, parse_quantity, scan_quantities


@pytest.mark.parametrize(
    "text,bounds",
    [
        # bare numbers: low = high
        ("640,000", (640000, 640000)),
        ("17", (17, 17)),
        ("one", (1, 1)),
        ("nine", (9, 9)),
        ("four million", (4_000_000, 4_000_000)),
        ("half a million", (500_000, 500_000)),
        ("a half-million", (500_000, 500_000)),
        ("a dozen", (12, 12)),
        ("two dozen", (24, 24)),
        ("2.5 million", (2_500_000, 2_500_000)),
        ("6", (6, 6)),
        ("twenty-three", (23, 23)),
        ("four hundred and sixty", (460, 460)),
        ("a thousand", (1000, 1000)),
        # lower bounds
        ("more than 400", (401, None)),
        ("over 250", (251, None)),
        ("over half a million", (500_001, None)),
        ("more than a half-million", (500_001, None)),
        ("more than a dozen", (13, None)),
        ("at least five", (5, None)),
        ("no fewer than 30", (30, None)),
        ("40 or more", (40, None)),
        ("200-plus", (200, None)),
        # upper bounds
        ("up to 60", (None, 60)),
        ("as many as 80", (None, 80)),
        ("fewer than 10", (None, 9)),
        ("less than 2.5", (None, 2.5)),
        # just below N: low = floor(0.9 N) < N = high
        ("almost 820,000", (738_000, 820_000)),
        ("nearly one million", (900_000, 1_000_000)),
        ("close to 5,000", (4500, 5000)),
        # +/-10% band
        ("about 3 million", (2_700_000, 3_300_000)),
        ("around 200", (180, 220)),
        ("some 1,500", (1350, 1650)),
        ("roughly 10", (9, 11)),
        ("approximately 70", (63, 77)),
        ("30 or so", (27, 33)),
        # vague plurals
        ("dozens", (24, None)),
        ("scores of", (40, None)),
        ("hundreds of", (200, 999)),
        ("thousands of", (2000, 9999)),
        ("tens of thousands of", (20_000, 99_999)),
        ("hundreds of thousands of", (200_000, 999_999)),
        ("millions of", (2_000_000, None)),
        ("several hundred", (300, 900)),
        ("a few thousand", (2000, 5000)),
        # ranges
        ("between 50 and 70", (50, 70)),
        ("from 12 to 15", (12, 15)),
        ("50 to 70", (50, 70)),
        ("50-70%", (50, 70)),
        ("3 to 4 million", (3_000_000, 4_000_000)),
        ("two or three", (2, 3)),
        # units convert to a common scale
        ("250 square kilometres", (250, 250)),
        ("45 percent", (45, 45)),
    ],
)
def test_parse_quantity(text, bounds):
    got = parse_quantity(text)
    assert got is not None, text
    lo, hi = got
    exp_lo, exp_hi = bounds
    assert (lo is None) == (exp_lo is None) and (hi is None) == (exp_hi is None)
    if exp_lo is not None:
        assert lo == pytest.approx(exp_lo)
    if exp_hi is not None:
        assert hi == pytest.approx(exp_hi)


def test_square_miles_become_km2():
    lo, hi = parse_quantity("100 square miles")
    assert lo == hi == pytest.approx(258.9988)
    q = scan_quantities("an area of 100 square miles")[0]
    assert q.unit == "km2" and q.unit_what == "area_km2"


@pytest.mark.parametrize(
    "text",
    ["nine-year-old", "three-day", "M5", "Su-24", "10:45", "3 + 4", "the one", "a week", "second", "2nd", "", "   ", "over the hills",
     "12- year-old", "4- years old", "six- month"],  # wire copy that breaks a compound after its hyphen
)
def test_not_a_quantity(text):
    assert parse_quantity(text) is None


def test_trailing_noun_allowed_and_leading_text_not():
    assert parse_quantity("more than 300 civilians") == (301.0, None)
    assert parse_quantity("  more than 300") == (301.0, None)
    assert parse_quantity("the 300") is None


def test_scan_finds_qualified_spans_and_skips_dates():
    text = "On 2021-03-04 at 10:30, almost 820,000 people fled; a seven-year-old girl and 12 others, in 2015."
    qs = scan_quantities(text)
    got = [(q.text, q.low, q.high) for q in qs]
    assert ("almost 820,000", 738000.0, 820000.0) in got
    assert ("12", 12.0, 12.0) in got
    assert not any(q.text.startswith("2021") or "03" in q.text or "10" in q.text for q in qs)
    assert not any(q.text == "seven" for q in qs)
    year = [q for q in qs if q.text == "2015"]
    assert year and year[0].year_like
    for q in qs:
        assert text[q.start : q.end] == q.text


def test_scan_flags_lone_one_and_words():
    qs = scan_quantities("one of them and one soldier, and seven")
    assert all(q.lone_one for q in qs if q.text == "one")
    assert [q for q in qs if q.text == "seven"][0].words_only


def test_apply_rule_keeps_order_on_vague_counts():
    assert apply_rule("gt", 200.0, 999.0) == (200.0, None)
    assert apply_rule("le", 200.0, 999.0) == (None, 999.0)
    assert apply_rule("near", 24.0, None) == (24.0, None)


# --------------------------------------------------------------------------- properties

_QUALS = ["", "more than ", "over ", "at least ", "almost ", "nearly ", "about ", "some ", "up to ", "fewer than ",
          "close to ", "roughly ", "between "]
_SCALES = ["", " thousand", " million", " hundred"]


@settings(max_examples=300, deadline=None)
@given(
    q=st.sampled_from(_QUALS),
    n=st.one_of(st.integers(0, 10**7).map(lambda x: f"{x:,}"), st.integers(0, 999).map(str),
                st.sampled_from(["one", "seven", "twelve", "forty-two", "a dozen", "half a million", "dozens", "hundreds of"])),
    scale=st.sampled_from(_SCALES),
    m=st.integers(0, 5000),
    suffix=st.sampled_from(["", "%", " percent", " or more", " square kilometers", " to 900"]),
)
def test_bounds_are_ordered(q, n, scale, m, suffix):
    text = f"{q}{n}{scale}" + (f" and {m}" if q == "between " else "") + suffix
    got = parse_quantity(text)
    if got is None:
        return
    lo, hi = got
    assert lo is None or lo >= 0
    if lo is not None and hi is not None:
        assert lo <= hi, text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789 ,.-–%:+=/abcdefmnorstuvwxyz") + [" more than ", " one ", " half a ", " dozens ", " million ", " to ", " and ", " between ", " nearly ", " or more"]), max_size=40).map("".join))
def test_scan_spans_are_exact_and_ordered(text):
    prev_end = -1
    for q in scan_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.start >= prev_end
        prev_end = q.end
        if q.low is not None and q.high is not None:
            assert q.low <= q.high, (text, q)


def test_currency_and_identifiers():
    q = scan_quantities("pledged at least $3 billion, ref 0690, stamp 20210304")
    assert [(x.text, x.low, x.high, x.unit) for x in q] == [("at least $3 billion", 3e9, None, "usd")]
    assert parse_quantity("4 cents") == (0.04, 0.04)


def test_an_age_in_broken_wire_copy_is_no_count():
    assert [q.text for q in scan_quantities("A 12- year-old girl and 3 others were hurt; 12 - 15 died.")] == ["3", "12", "15"]
