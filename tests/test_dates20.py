"""Dating devices of branch `dates20` (date_reports14 m01, m02, m04, m05, m07, m13), on sentences written for these
tests: the wire's "on the 9th of this month" / "the 27th of last month" is that day (nlp/time/recognise,
absolute); "on the 4th local time" is a day (nlp/time/recognise); a day closing the noun phrase of "on the eve of a
visit ... on Friday" is the day after the deed (nlp/time/eve); "hours after" a phrase with its own day puts the deed
on that day, and "hours" does not date the phrase's own deed (events/counted_from); "three weeks ago" is a day
(nlp/time/relative); "a week after" dates the phrase's deed a week before the sentence's day, and that earlier deed
leaves the report's one incident day to its undated acts (events/date, incident_date; m22); "IMPHAL, Nov 9 (PTI)"
with no dash is a dateline (nlp/time/dateline_day; m14); "The previous evening" with a past perfect after a
source's day counts from the story's deed (nlp/time/speech_ref; m18)."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.time import find_times
from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


def _one(text: str, dct: dt.date, words: str):  # type: ignore[no-untyped-def]
    ts = [t for t in find_times(text, dct) if words in t.span.text]
    assert len(ts) == 1, [(t.span.text, t.value) for t in find_times(text, dct)]
    return ts[0]


def test_the_ordinal_of_this_month():  # type: ignore[no-untyped-def]
    t = _one("Raiders burned a clinic in Oruma on the 9th of this month, a local official said.", D(2026, 5, 20), "9th")
    assert (t.start, t.end, t.precision) == (D(2026, 5, 9), D(2026, 5, 9), "day"), t


def test_the_ordinal_of_last_month_across_a_year():  # type: ignore[no-untyped-def]
    t = _one("On the 29th of last month, a drone hit a fuel depot near Kessa.", D(2027, 1, 5), "29th")
    assert (t.start, t.end) == (D(2026, 12, 29), D(2026, 12, 29)), t


def test_the_ordinal_day_before_local_time():  # type: ignore[no-untyped-def]
    t = _one("A gunman shot two guards at about 9 p.m. on the 4th local time (early on the 5th Korean time), the "
             "embassy said.", D(2026, 8, 5), "4th")
    assert (t.start, t.end) == (D(2026, 8, 4), D(2026, 8, 4)), t


def test_a_day_closing_the_eve_phrase():  # type: ignore[no-untyped-def]
    t = _one("Bandits killed four herders on the eve of a visit by the interior minister to the town on Friday.",
             D(2026, 9, 12), "Friday")
    assert (t.start, t.end) == (D(2026, 9, 10), D(2026, 9, 10)), t


def test_a_deed_day_after_an_eve_phrase_stays():  # type: ignore[no-untyped-def]
    t = _one("On the eve of the vote, gunmen attacked a polling station on Friday.", D(2026, 9, 12), "Friday")
    assert (t.start, t.end) == (D(2026, 9, 11), D(2026, 9, 11)), t


def test_three_weeks_ago_is_a_day():  # type: ignore[no-untyped-def]
    t = _one("Families who fled a raid on their village three weeks ago are still in camps.", D(2026, 11, 20), "weeks")
    assert (t.start, t.end, t.precision) == (D(2026, 10, 30), D(2026, 10, 30), "day"), t


def test_hours_after_a_dated_phrase(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "TEMBA, March 16 (Reuters) - Rebels shelled the port of Dalu hours after a car bomb killed four guards at the gate of a "
                       "barracks in Temba on Saturday, officials said on Monday.", D(2026, 3, 16))
    assert evs["shelled"][1:] == (D(2026, 3, 14), D(2026, 3, 14)), evs
    assert evs["bomb"][1:] == (D(2026, 3, 14), D(2026, 3, 14)), evs


_WEEK_AFTER = ("GOURA, May 4 (AFP) - Militants attacked the cattle market in Goura on Friday, leaving at least 11 dead, "
               "a week after gunmen killed three herders on the road to the same market, residents said on Monday.\n\n"
               "The attackers arrived on motorbikes at midday and fired on the crowd, a trader said.")


def test_a_week_after_dates_the_phrase_deed(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, _WEEK_AFTER, D(2026, 5, 4))
    assert evs["attacked"][1:] == (D(2026, 5, 1), D(2026, 5, 1)), evs
    assert evs["killed"][1:] == (D(2026, 4, 24), D(2026, 4, 24)), evs


def test_an_undated_act_keeps_the_incident_day_beside_an_earlier_phrase_deed(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, _WEEK_AFTER, D(2026, 5, 4))
    assert evs["fired"][1:] == (D(2026, 5, 1), D(2026, 5, 1)), evs


def test_an_indian_wire_dateline_without_a_dash():  # type: ignore[no-untyped-def]
    from sitrep.nlp.time.dateline_day import in_dateline
    text = "SILCHAR, Nov 9 (PTI) Two village guards were killed in a gunfight in Cachar district on Tuesday last week."
    t = _one(text, D(2026, 11, 9), "Nov 9")
    assert in_dateline(text, t), t


def test_a_bracketed_word_after_a_date_in_prose_is_no_dateline():  # type: ignore[no-untyped-def]
    from sitrep.nlp.time.dateline_day import in_dateline
    text = "Police said that on Nov 9 (Sunday) Two Rivers residents heard shots near the mill."
    t = _one(text, D(2026, 11, 12), "Nov 9")
    assert not in_dateline(text, t), t


_PREVIOUS = ("Gunmen torched a clinic in Lavoi on Friday, killing four people, police said Saturday. The previous "
             "evening, armed men {} a patrol near the town.")


def test_the_previous_evening_in_the_past_perfect_counts_from_the_deed():  # type: ignore[no-untyped-def]
    t = _one(_PREVIOUS.format("had ambushed"), D(2026, 1, 24), "previous")
    assert t.start == D(2026, 1, 22), t


def test_the_previous_evening_in_the_simple_past_counts_from_the_deed_too():  # type: ignore[no-untyped-def]
    # dates29 (nlp/time/opening_before): a sentence opening on "The previous evening" counts back from the story's
    # deed in the simple past as well (date_reports18 q22, date_reports20 b06, b19); this guard kept the source's day
    t = _one(_PREVIOUS.format("ambushed"), D(2026, 1, 24), "previous")
    assert t.start == D(2026, 1, 22), t


def test_a_day_before_the_after_word_is_no_day_of_the_phrase(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "A 47-year-old Redcliff man succumbed to his injuries in hospital Wednesday, a day after he was "
                       "stabbed outside an apartment building on Vale Street, Redcliff Police Service said.",
                  D(2025, 3, 14))
    assert evs["stabbed"][1:] == (D(2025, 3, 11), D(2025, 3, 11)), evs
