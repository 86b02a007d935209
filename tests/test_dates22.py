"""Dating devices of branch `dates22` (misses of date_reports16 and date_reports15 n15 / n22), on sentences written
for these tests: a dated dateline standing alone on its first line dates an undated record, a weekday before its
date too (ingest/textmeta.dateline_alone_date); a header's date line with its clock's zone ("9:15 PM ET") and one
labelled "First published ... Updated ..." (the first date dates the copy) are date lines (ingest/textmeta); a
morning GMT stamp over copy that tells "shortly before midnight" or "11 p.m." and no day is the evening before
(ingest/clock_day); a deed's day told in a past-progressive relative clause on its victims (events/victims_doing);
the means a past verb of violence names ("The drone fired two missiles") go on with the strike just told
(events/date.told_by_verb); "The attack came five days after a bomb exploded" counts back from the attack's day
(events/restated_offset)."""
from __future__ import annotations

import datetime as dt

from sitrep.ingest.textmeta import dateline_alone_date, extract
from test_dates4 import _events
from test_dates13 import _article
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


_BODY = ("Unknown attackers shot dead two herders near the village of Tarsa in the north of the country, the district "
         "administrator said.\n\nThe herders were driving cattle to a well when the men fired on them, he said.\n")


def test_a_dated_dateline_alone_on_its_line_dates_an_undated_record():  # type: ignore[no-untyped-def]
    assert _article("DORI, Burkina Faso, 14 February 2026 —\n\n" + _BODY, None).published == D(2026, 2, 14)


def test_a_dated_dateline_alone_with_its_weekday():  # type: ignore[no-untyped-def]
    assert dateline_alone_date("DORI, Burkina Faso, Saturday 14 February 2026") == D(2026, 2, 14)
    assert dateline_alone_date("DORI, Burkina Faso, Monday 14 February 2026") is None  # not that date's weekday
    assert dateline_alone_date("Herders killed near Tarsa, 14 February 2026") is None  # a headline, no dateline


def test_a_date_line_with_its_clock_zone_dates_the_copy():  # type: ignore[no-untyped-def]
    assert _article("Saturday 14 February 2026 9:15 PM ET\n\n" + _BODY, None).published == D(2026, 2, 14)


def test_first_published_before_updated_dates_the_copy():  # type: ignore[no-untyped-def]
    meta = extract("First published Monday 9 February 2026. Updated Friday 13 February 2026.\n\n" + _BODY)
    assert meta.published == D(2026, 2, 9), meta
    # the record's date (the update's) is later: the copy's words count from the first publication
    a = _article("First published Monday 9 February 2026. Updated Friday 13 February 2026.\n\n" + _BODY,
                 D(2026, 2, 13))
    assert a.published == D(2026, 2, 9), a.published


_LATE = ("Gunmen shot dead three people at a bar in the city of Tepa shortly before midnight local time, state "
         "prosecutors said.\n\nThe attackers fled in a grey van, prosecutors said.\n")


def test_a_morning_gmt_stamp_over_a_late_clock_is_the_evening_before():  # type: ignore[no-untyped-def]
    assert _article("Published 4 June 2026 08:30 GMT\n\n" + _LATE, None).published == D(2026, 6, 3)
    eleven = _LATE.replace("shortly before midnight", "at about 11 p.m.")
    assert _article("Published 4 June 2026 08:30 GMT\n\n" + eleven, None).published == D(2026, 6, 3)


def test_a_late_clock_under_an_evening_stamp_or_after_midnight_stays():  # type: ignore[no-untyped-def]
    assert _article("Published 4 June 2026 23:50 GMT\n\n" + _LATE, None).published == D(2026, 6, 4)
    after = _LATE.replace("shortly before midnight", "shortly after midnight")
    assert _article("Published 4 June 2026 08:30 GMT\n\n" + after, None).published == D(2026, 6, 4)
    told = _LATE.replace("shortly before midnight", "shortly before midnight on Tuesday")
    assert _article("Published 4 June 2026 08:30 GMT\n\n" + told, None).published == D(2026, 6, 4)


def test_what_the_victims_were_doing_dates_the_deed(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Gunmen shot dead two brothers from a farming family who were visiting relatives during the "
                       "harvest festival on Saturday in Lorsa district, a police spokesman said.", D(2026, 3, 16))
    assert evs["shot"][1:] == (D(2026, 3, 14), D(2026, 3, 14)), evs


def test_the_means_a_past_verb_of_violence_names_go_on_with_the_strike(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "A military air strike hit a school in the Velka district on 3 May, killing four pupils, residents "
                       "said.\n\nThe jet dropped two bombs on the school shortly before lunch, a resident said. The "
                       "military did not comment.\n\nThree days later, militia fighters attacked a police station in "
                       "the district, killing three officers, the group said in a statement on Friday.", D(2026, 5, 9))
    # the bombs are the strike's, on its day (not merged into the attack three days later)
    assert evs["strike"][1:] == (D(2026, 5, 3), D(2026, 5, 3)), evs
    assert evs["attacked"][1:] == (D(2026, 5, 6), D(2026, 5, 6)), evs


def test_the_attack_came_n_days_after_counts_back_from_the_attack(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Gunmen attacked a checkpoint in Tarvik on Monday, killing two guards, officials said.\n\nThe "
                       "attack came four days after a bomb exploded at a bus stop in the town, killing three people.",
                  D(2026, 6, 16))
    assert evs["exploded"][1:] == (D(2026, 6, 11), D(2026, 6, 11)), evs
    assert evs["attacked"][1:] == (D(2026, 6, 15), D(2026, 6, 15)), evs
