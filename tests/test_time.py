"""Time expressions: spans, TimeML values and intervals against a publication date (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import SEEDS, needs_seeds
from sitrep.nlp.time import find_times, resolve_relative, suggest_dct

D = dt.date
THU = D(2020, 2, 27)  # a Thursday


def one(text: str, dct: D | None = THU, phrase: str | None = None):
    """The expression whose span is ``phrase`` (or the only one)."""
    ts = find_times(text, dct)
    if phrase is None:
        assert len(ts) == 1, [t.span.text for t in ts]
        return ts[0]
    hits = [t for t in ts if t.span.text == phrase]
    assert hits, f"{phrase!r} not found in {[t.span.text for t in ts]}"
    return hits[0]


def iv(t):
    return (t.start, t.end)


# ---------------------------------------------------------------- weekdays


def test_past_weekday_is_latest_on_or_before_dct():
    t = one("Militia fighters overran the village on Thursday, a monitor said.")
    assert (t.value, iv(t), t.precision, t.anchor) == ("2020-02-27", (THU, THU), "day", "dct:2020-02-27")
    assert t.relative and not t.future
    assert one("The convoy was shelled on Monday.").value == "2020-02-24"
    assert one("Officials met on Friday to review the plan.").value == "2020-02-21"


def test_future_weekday_goes_forward():
    t = one("The two presidents will meet on Friday in the capital.")
    assert t.value == "2020-02-28" and t.future
    t = one("Negotiators are expected to return on Monday.")
    assert t.value == "2020-03-02" and t.future
    t = one("Aid agencies said next Thursday would be decisive.", phrase="next Thursday")
    assert t.value == "2020-03-05" and t.future
    assert one("Shops closed last Thursday.", phrase="last Thursday").value == "2020-02-20"


def test_weekday_part_of_day_and_since():
    t = one("Shelling began on Tuesday night.", phrase="Tuesday night")
    assert (t.value, t.type, iv(t), t.precision) == ("2020-02-25TNI", "TIME", (D(2020, 2, 25),) * 2, "day")
    t = one("Shelling has not stopped since Tuesday night.", phrase="Tuesday night")
    assert iv(t) == (D(2020, 2, 25), THU)


def test_lowercase_weekday_and_month_words_are_not_times():
    assert find_times("the sun rose; may we march on?", THU) == []


# ---------------------------------------------------------------- weeks, months, years


def test_last_week_this_week_earlier_this_month():
    t = one("Clashes intensified last week.")
    assert (t.value, iv(t), t.precision) == ("2020-W08", (D(2020, 2, 17), D(2020, 2, 23)), "week")
    t = one("Talks resumed this week.")
    assert (t.value, iv(t)) == ("2020-W09", (D(2020, 2, 24), D(2020, 3, 1)))
    t = one("The town fell earlier this month.")
    assert (t.value, iv(t), t.precision) == ("2020-02", (D(2020, 2, 1), THU - dt.timedelta(days=1)), "month")  # to the day before
    t = one("Prices rose this month.")
    assert iv(t) == (D(2020, 2, 1), D(2020, 2, 29))


def test_since_month_runs_to_dct():
    t = one("Some 90,000 people have fled since December.")
    assert (t.span.text, t.value, iv(t), t.precision) == ("December", "2019-12", (D(2019, 12, 1), THU), "month")
    t = one("Aid has not arrived since early Decmber.")  # typo tolerated
    assert t.value == "2019-12" and t.start == D(2019, 12, 1) and t.end == THU
    t = one("Families displaced since early Decembers are still in tents.")
    assert t.value == "2019-12"


def test_past_n_units_and_recent_days():
    cases = {
        "Thousands fled in the past two months.": ("the past two months", "P2M", D(2019, 12, 27), "month"),
        "Fighting flared over the past few days.": ("the past few days", "PXD", D(2020, 2, 24), "day"),
        "Several towns fell in recent days.": ("recent days", "PXD", D(2020, 2, 24), "day"),
        "Ten soldiers died in the past nine days.": ("the past nine days", "P9D", D(2020, 2, 18), "day"),
    }
    for text, (span, value, start, prec) in cases.items():
        t = one(text)
        assert (t.span.text, t.value, t.type, t.start, t.end, t.precision) == (span, value, "DURATION", start, THU, prec)


def test_absolute_dates():
    t = one("The strike was recorded on February 9, 2020 by observers.")
    assert (t.span.text, t.value, t.relative, t.anchor) == ("February 9, 2020", "2020-02-09", False, None)
    assert one("Posted Feb 12,2020 by the desk.").value == "2020-02-12"
    assert one("The camp was emptied on 3 February.").value == "2020-02-03"
    t = one("The camp was emptied on February 3.")
    assert (t.value, t.relative, t.precision) == ("2020-02-03", True, "day")
    assert one("It happened on 2020-02-14.").value == "2020-02-14"


def test_years_and_modifiers():
    t = one("The deal was struck in late 2018.")
    assert (t.value, iv(t), t.precision) == ("2018", (D(2018, 9, 1), D(2018, 12, 31)), "year")
    assert one("It was first closed in 2012.").value == "2012"
    t = one("Casualties doubled last year.")
    assert (t.value, iv(t)) == ("2019", (D(2019, 1, 1), D(2019, 12, 31)))
    assert one("In 2018 the truce held.").value == "2018"
    t = one("The road has been shut since 2012.")
    assert iv(t) == (D(2012, 1, 1), THU)
    assert find_times("A crowd of 2019 people gathered.", THU) == []  # a count, not a year
    assert find_times("It rose 2019% in value.", THU) == []


def test_relative_days():
    text = "The bridge was hit yesterday. Residents fled today and tonight, and the shelling went on overnight."
    ts = {t.span.text: t for t in find_times(text, THU)}
    assert ts["yesterday"].value == "2020-02-26"
    assert ts["today"].value == "2020-02-27"
    assert (ts["tonight"].value, ts["tonight"].type) == ("2020-02-27TNI", "TIME")
    assert iv(ts["overnight"]) == (D(2020, 2, 26), THU)


def test_previous_day_is_relative_to_the_last_date():
    text = "The market was bombed on February 20. The previous day, a clinic was hit; a day earlier, a school."
    ts = {t.span.text: t for t in find_times(text, THU)}
    assert ts["The previous day"].value == "2020-02-19"
    assert ts["The previous day"].anchor == "time:2020-02-20"
    assert ts["a day earlier"].value == "2020-02-18"
    assert one("Officials said the previous day was calm.", phrase="the previous day").value == "2020-02-26"


def test_durations():
    t = one("The nine-year-old war has displaced millions.")
    assert (t.span.text, t.value, t.type, iv(t)) == ("nine-year-old", "P9Y", "DURATION", (D(2011, 2, 27), THU))
    t = one("The nine-year conflict shows no sign of ending.")
    assert (t.value, iv(t)) == ("P9Y", (D(2011, 2, 27), THU))
    assert one("The town fell days after the truce.").value == "PXD"
    t = one("The station reopened two days after the strike.")
    assert (t.span.text, t.value, t.type, t.start) == ("two days", "P2D", "DURATION", None)
    assert find_times("Daily Sabah reported the strike.", THU) == []
    assert one("A weeks long campaign ended.").value == "PXW"
    t = one("They hope to finish in a week.")
    assert (t.span.text, t.value, t.type) == ("a week", "P1W", "DURATION")
    assert one("The siege lasted 48 hours.").value == "PT48H"
    assert find_times("They held a second round of talks.", THU) == []


def test_ago_uses_the_dct():
    t = one("The ceasefire collapsed two months ago.")
    assert (t.value, iv(t), t.precision) == ("2019-12", (D(2019, 12, 1), D(2019, 12, 31)), "month")
    assert one("The shelter closed three days ago.").value == "2020-02-24"


def test_sets_refs_and_clock():
    assert one("Convoys cross daily.").type == "SET"
    assert one("The market opens on Fridays.").value == "XXXX-WXX-5"
    assert one("Power returns every day.").value == "P1D"
    t = one("The curfew starts at 10 p.m. Wednesday.")
    assert (t.span.text, t.value, t.type) == ("10 p.m. Wednesday", "2020-02-26T22:00", "TIME")
    t = one("Roads are now open.")
    assert (t.value, t.start) == ("PRESENT_REF", THU)
    assert one("The front moved in the 1990s.").value == "199"
    assert one("Profits fell in the third quarter.").value == "2019-Q3"


# ---------------------------------------------------------------- unknown DCT, re-anchoring


def test_unknown_dct_stays_unresolved_and_never_uses_today():
    text = "Rebels took the town on Thursday, yesterday's shelling ended, and 40,000 fled in the past two months."
    ts = find_times(text, None)
    assert [t.span.text for t in ts] == ["Thursday", "yesterday", "the past two months"]
    for t in ts:
        assert t.start is None and t.end is None and t.anchor == "unresolved" and t.relative
    assert ts[0].value == "XXXX-WXX-4" and ts[2].value == "P2M"
    # absolute dates resolve without an anchor
    t = one("It began on February 9, 2020.", None)
    assert (t.value, t.start, t.anchor) == ("2020-02-09", D(2020, 2, 9), None)


def test_resolve_relative_against_a_story_anchor():
    text = "Rebels took the town on Thursday and aid stopped last week; families fled since December."
    ts = find_times(text, None)
    th, lw, dec = ts
    r = resolve_relative(th, THU)
    assert (r.value, r.start, r.anchor) == ("2020-02-27", THU, "story:2020-02-27")
    r = resolve_relative(lw, THU)
    assert (r.value, r.start, r.end) == ("2020-W08", D(2020, 2, 17), D(2020, 2, 23))
    r = resolve_relative(dec, THU, text)
    assert (r.value, r.start, r.end) == ("2019-12", D(2019, 12, 1), THU)
    # a future clause stays future
    fut = find_times("Envoys will meet on Monday.", None)[0]
    assert fut.future and resolve_relative(fut, THU).value == "2020-03-02"
    # absolute expressions come back unchanged
    ab = find_times("It began on February 9, 2020.", None)[0]
    assert resolve_relative(ab, THU) is ab
    # a resolved "since" interval keeps running to the new anchor without the text
    d2 = find_times("Families fled since December.", D(2020, 2, 10))[0]
    assert resolve_relative(d2, THU).end == THU


# ---------------------------------------------------------------- header date a day early


EARLY_HEADER = (
    "Rebel fighters on Thursday retook the hill town, cutting the main road again.\n"
    "Medics said on Thursday that two clinics had been hit.\n"
    "On Wednesday, government aircraft bombed a market nearby, residents said.\n"
)


def test_suggest_dct_fixes_a_header_a_day_early():
    wed = D(2020, 2, 26)
    fixed = suggest_dct(EARLY_HEADER, wed)
    assert fixed is not None and fixed[0] == THU and "Thursday" in fixed[1]
    ts = find_times(EARLY_HEADER, wed)
    th = [t for t in ts if t.span.text == "Thursday"]
    assert th and all(t.value == "2020-02-27" for t in th)
    assert th[0].anchor == "dct-corrected:2020-02-27 (header 2020-02-26)"
    assert [t.value for t in ts if t.span.text == "Wednesday"] == ["2020-02-26"]


def test_suggest_dct_leaves_ordinary_articles_alone():
    wed = D(2020, 2, 26)
    ordinary = [
        "Troops shelled the town on Wednesday. On Tuesday, talks failed. Rebels said on Monday they would hold.",
        "Rebels retook the town on Thursday. Aid workers said on Friday that roads were cut.",  # a week-old story
        "Leaders will meet on Thursday. On Wednesday, the army shelled two villages.",  # future Thursday
        "The army shelled two villages on Wednesday.",
        "Rebels retook the town on Thursday, a week after losing it; on Saturday they lost it again; on Wednesday, calm.",
        "",
    ]
    for text in ordinary:
        assert suggest_dct(text, wed) is None, text
    ts = find_times(ordinary[0], wed)
    assert all(t.anchor == "dct:2020-02-26" for t in ts)


# ---------------------------------------------------------------- offsets and properties


def test_offsets_slice_the_text():
    text = "  Since December,\n\tFeb 12,2020 — on Tuesday night (and the past 2 months) «late 2018»."
    for t in find_times(text, THU, "art1"):
        assert text[t.span.start:t.span.end] == t.span.text and t.span.article_id == "art1"


_WORDS = st.sampled_from(
    ["on", "Thursday", "since", "December", "last", "week", "the", "past", "two", "months", "2012", "Feb", "12,2020",
     "3", "February", "late", "2018", "nine-year-old", "war", "days", "after", "yesterday", "a", "day", "earlier", ",",
     ".", "\n", "will", "meet", "next", "Monday", "ago", "early", "Decmber", "10", "p.m.", "now", "Fridays", "é", "—"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=30), st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)), st.booleans())
@example(["Thursday", "December", "3"], D(2000, 1, 1), False)  # an undated text's own weekday and date give its year
def test_property_offsets_and_intervals(words, dct, known):
    text = " ".join(words)
    for t in find_times(text, dct if known else None):
        assert 0 <= t.span.start < t.span.end <= len(text)
        assert text[t.span.start:t.span.end] == t.span.text
        if t.start is not None:
            assert t.end is not None and t.start <= t.end
        if not known and t.relative:
            # undated: a relative time counts only from a date the text tells, or from the day its own
            # "<weekday>, <day> <month>" names (nlp/time/weekday_year: "dct-inferred:"), never from a guessed DCT
            assert t.start is None or (t.anchor or "").startswith(("time:", "dct-inferred:"))


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)))
def test_property_random_text(text, dct):
    for t in find_times(text, dct):
        assert text[t.span.start:t.span.end] == t.span.text
        assert t.start is None or t.start <= t.end


# ---------------------------------------------------------------- seeds (the team's real example; not copied)


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(prefix + "*.txt")).read_text(encoding="utf-8")


def _values(text: str, dct: D, phrase: str) -> list:
    return [(t.value, t.start, t.end) for t in find_times(text, dct) if t.span.text.lower() == phrase.lower()]


@needs_seeds
def test_seeds_relative_dates_resolve_to_the_right_days():
    t0 = _seed("000_")
    d0 = D(2020, 2, 11)
    assert _values(t0, d0, "Tuesday") == [("2020-02-11", d0, d0)]
    assert _values(t0, d0, "Monday") == [("2020-02-10", D(2020, 2, 10), D(2020, 2, 10))]
    assert set(_values(t0, d0, "last week")) == {("2020-W06", D(2020, 2, 3), D(2020, 2, 9))}
    assert _values(t0, d0, "December") == [("2019-12", D(2019, 12, 1), d0)]

    t4 = _seed("004_")
    d4 = D(2020, 2, 12)
    assert {v for v, _, _ in _values(t4, d4, "Wednesday")} == {"2020-02-12"}
    assert _values(t4, d4, "Tuesday night") == [("2020-02-11TNI", D(2020, 2, 11), d4)]

    t2 = _seed("002_")
    ts = find_times(t2, D(2020, 2, 26))
    th = [t for t in ts if t.span.text == "Thursday"]
    assert th and all(t.start == D(2020, 2, 27) for t in th)
    assert all(t.anchor.startswith("dct-corrected:2020-02-27") for t in th)


# ---------------------------------------------------------------- the annotate command


def test_cli_annotate_raw_json_offsets(tmp_path):
    from click.testing import CliRunner

    from sitrep.cli import main

    text = "Report\r\n\r\nRebels retook the hill town on Thursday, a monitor said, after fighting since December.\n" \
           "Talks will resume next Monday. About 9,000 people fled in the past two months.\n"
    f = tmp_path / "a.txt"
    f.write_bytes(text.encode("utf-8"))
    res = CliRunner().invoke(main, ["annotate", str(f), "--raw", "--json", "--dct", "2020-02-27"])
    assert res.exit_code == 0, res.output
    obj = json.loads(res.output)
    assert obj["text"] == text and obj["published"] == "2020-02-27"
    assert {"entities", "times", "places", "figures", "attributions", "events"} <= set(obj)
    times = {t["text"]: t for t in obj["times"]}
    assert times["Thursday"]["value"] == "2020-02-27" and times["next Monday"]["date_start"] == "2020-03-02"
    assert times["December"]["date_end"] == "2020-02-27"
    for t in obj["times"]:
        assert text[t["start"]:t["end"]] == t["text"]
        assert set(t) >= {"start", "end", "text", "value", "type", "date_start", "date_end", "precision"}

    jl = tmp_path / "in.jsonl"
    jl.write_text(json.dumps({"id": "x1", "text": "Shelling hit the town on Monday.", "published": "2020-02-27"}) + "\n"
                  + json.dumps({"id": "x2", "text": "Shelling hit the town on Monday.", "published": None}) + "\n")
    res = CliRunner().invoke(main, ["annotate", "--raw", "--jsonl", str(jl)])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.output.splitlines()]
    assert [r["id"] for r in rows] == ["x1", "x2"]
    assert rows[0]["times"][0]["value"] == "2020-02-24" and rows[1]["times"][0]["date_start"] is None

    res = CliRunner().invoke(main, ["annotate", str(f), "--dct", "27/02/2020"])
    assert res.exit_code == 2
