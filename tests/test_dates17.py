"""Dating devices of branch `dates17` (misses of date_reports12), on sentences written for these tests: the day a
jury heard a case dates the hearing, not the deed (events/date.speech_time, events/incident_date.told_days, through
events/court_account.court_verb); "on the night of the 30th" before a place is that day, of the month before when
the 30th is still to come (nlp/time/recognise, rule ordday); what the unnamed attackers did in the past ("The
gunmen stopped the lorry at 7.40am on 02/09/2026") dates the incident (events/incident_date.doers_arrived); a
headline's bare event noun or gerund ("Officers investigate stabbing in Harlow") names the one incident whose day
the body tells (events/headline_line.headline_noun); a header stamped in the small hours over copy that tells "this
evening" dates the copy the day before (ingest/textmeta.evening_copy_day)."""
from __future__ import annotations

import datetime as dt

from sitrep.ingest.article import build_article
from sitrep.ingest.records import Record
from sitrep.nlp.time import find_times
from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


def test_a_jury_hearing_day_does_not_date_the_deed(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "A delivery driver was dragged from his van and stabbed outside a bakery in Thornbury, a jury at "
                       "Bristol Crown Court heard on Wednesday.\n\nThe court was told the defendants had followed him "
                       "from a petrol station.", D(2026, 9, 17))
    assert evs["stabbed"][1] != D(2026, 9, 16), evs


def test_a_day_a_witness_heard_still_dates_the_deed(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "A man was stabbed outside a bakery in Thornbury, and neighbours heard screams on Wednesday "
                       "night, police said.", D(2026, 9, 17))
    assert evs["stabbed"][1:] == (D(2026, 9, 16), D(2026, 9, 16)), evs


def test_the_night_of_the_30th_before_a_place(ann):  # type: ignore[no-untyped-def]
    ts = [t for t in find_times("Raiders burned a hamlet on the night of the 30th in the hills of Kessa district.",
                                D(2026, 11, 3)) if "30th" in t.span.text]
    assert len(ts) == 1 and (ts[0].start, ts[0].end) == (D(2026, 10, 30), D(2026, 10, 30)), ts


def test_the_30th_floor_stays_no_date(ann):  # type: ignore[no-untyped-def]
    ts = find_times("A fire broke out on the 30th floor of a tower in Kessa.", D(2026, 11, 3))
    assert not [t for t in ts if "30th" in t.span.text], ts


def test_what_the_gunmen_did_dates_the_attack(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Militants killed four people when they attacked a lorry on the highway near Dobra, police said "
                       "on Friday.\n\nThe gunmen stopped the lorry at about 7.40am on 02/09/2026 and ordered the "
                       "passengers out, the statement said.", D(2026, 9, 4))
    assert evs["attacked"][1:] == (D(2026, 9, 2), D(2026, 9, 2)), evs


def test_headline_gerund_takes_the_day_the_body_tells(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Officers investigate stabbing in Harlow\n\nOn 3/21 at about 9:40 p.m., officers responded to "
                       "a report of a disturbance on Elm Road in Harlow. A man was found with a wound to his arm.",
                  D(2026, 3, 24))
    assert evs["stabbing"][1:] == (D(2026, 3, 21), D(2026, 3, 21)), evs


def test_a_hard_wrapped_line_is_no_headline(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Troops and rebels clashed near Mesa Alta on Monday, the army said. Residents of San\n"
                       "Felipe reported heavy shooting in the hills\nwhile the army moved in.", D(2026, 3, 24))
    assert evs.get("shooting", (None, None))[1] != D(2026, 3, 23), evs


def _article(raw: str, published):  # type: ignore[no-untyped-def]
    return build_article(Record(source="t", source_path="t", key="t", text=raw, published=published,
                                published_precision="day" if published else "unknown",
                                published_how="given" if published else "unknown"))


_EVENING_BODY = ("A gunman has wounded two men outside a bowling alley in Dunmore, Nevada, earlier this evening, "
                 "police in the city say.\n\nOfficers were called shortly before 18:00 local time and a suspect "
                 "was detained nearby.\n")


def test_small_hours_stamp_over_this_evening_is_the_evening_before():  # type: ignore[no-untyped-def]
    a = _article("Published 01:10 GMT, 8 October 2026\n\nTwo hurt in Dunmore shooting\n\n" + _EVENING_BODY,
                 D(2026, 10, 8))
    assert a.published == D(2026, 10, 7), a.published


def test_afternoon_stamp_over_this_evening_stays():  # type: ignore[no-untyped-def]
    a = _article("Published 21:10 GMT, 8 October 2026\n\nTwo hurt in Dunmore shooting\n\n" + _EVENING_BODY,
                 D(2026, 10, 8))
    assert a.published == D(2026, 10, 8), a.published


def test_small_hours_stamp_over_last_night_stays():  # type: ignore[no-untyped-def]
    a = _article("Published 01:10 GMT, 8 October 2026\n\nTwo hurt in Dunmore shooting\n\n"
                 + _EVENING_BODY.replace("earlier this evening", "last night"), D(2026, 10, 8))
    assert a.published == D(2026, 10, 8), a.published
