"""Dating devices of branch `dates21` (date_reports15 n11, n12, n13, n20, n21; date_reports5 h25; MUC-4 dev
DEV-MUC3-1200), on sentences written for these tests: a headline ingest cut off as the title dates the deeds a body
leaves undated ("Thursday night raid ..." over "said on Monday": events/title_day); "N days earlier" after a
source's day counts back from the story's deed, not from the telling (nlp/time/speech_ref); "the intervening night
of Saturday and Sunday" and "the night between X and Y" are both days (nlp/time/resolve); forces sent "to the
village" placed by the province that holds the raided town answer the raid (events/incident_steps); an arrest whose
detainees "remain missing" is a forced disappearance (events/taken_missing)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.events.title_day import title_day
from sitrep.nlp.annotate import DocContext
from sitrep.nlp.time import find_times
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


def _violent(ann, text: str, published: dt.date, title=None):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=published, title=title))
    return [e for e in an.events if e.event_type in ("Violence against civilians", "Battles",
                                                      "Explosions/Remote violence") and e.modality == "asserted"]


# -- a headline's day over an undated body (events/title_day) -------------------------------------------------------

_BODY = ("KADUNA, Nigeria — Armed men shot dead four farmers and wounded two others near the village of Tudun Kare, a "
         "community leader said on Monday.\n\nThe attackers came on motorcycles and fled into the forest, he said.")


@pytest.mark.parametrize("title, day", [
    ("Thursday night raid on Tudun Kare farmers leaves four dead", D(2026, 9, 17)),
    ("Sept 16 attack on farmers kills four in Kaduna", D(2026, 9, 16)),
])
def test_a_headline_day_dates_the_undated_body(ann, title, day):  # type: ignore[no-untyped-def]
    evs = _violent(ann, _BODY, D(2026, 9, 21), title)
    assert evs and all((e.date_start, e.date_end, e.date_precision) == (day, day, "day") for e in evs), \
        [(e.trigger.text, e.date_start, e.date_precision) for e in evs]


def test_a_headline_without_a_day_leaves_the_report_date(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, _BODY, D(2026, 9, 21), "Raid on Tudun Kare farmers leaves four dead")
    assert evs and all(e.date_precision == "reported" for e in evs)


@pytest.mark.parametrize("title", [
    "Farmers to hold a vigil on Friday after the raid",  # a plan
    "KADUNA, September 21",  # the report's own day: no word on the deed's
    "Raid on Tudun Kare on 2 March",  # months back: background, not this report's deed
])
def test_titles_that_give_no_day(title):  # type: ignore[no-untyped-def]
    assert title_day(title, D(2026, 9, 21)) is None


# -- "N days earlier" after a source's day (nlp/time/speech_ref) ----------------------------------------------------

def test_days_earlier_count_back_from_the_deed_not_the_telling():  # type: ignore[no-untyped-def]
    text = ("A grenade thrown into a bus station in Garissa on Tuesday evening killed three people, police said on "
            "Thursday.\n\nThree days earlier, gunmen torched a lorry on the road to Dadaab.")
    t = next(t for t in find_times(text, D(2026, 4, 16)) if t.span.text == "Three days earlier")
    assert (t.start, t.end) == (D(2026, 4, 11), D(2026, 4, 11)), t


def test_days_earlier_after_a_deed_day_are_unchanged():  # type: ignore[no-untyped-def]
    text = "Gunmen torched a lorry near Dadaab on Tuesday. Two days earlier, a grenade hit a bus station."
    t = next(t for t in find_times(text, D(2026, 4, 16)) if t.span.text == "Two days earlier")
    assert t.start == D(2026, 4, 12), t


# -- "the intervening night of Saturday and Sunday" (nlp/time/resolve) ----------------------------------------------

@pytest.mark.parametrize("text, first, last", [
    ("Cadres killed a forest guard near Dantewada on the intervening night of Friday and Saturday.", D(2026, 7, 10),
     D(2026, 7, 11)),
    ("A shop was set alight in the night between Friday and Saturday.", D(2026, 7, 10), D(2026, 7, 11)),
    ("Two men were attacked on the intervening night of 10 and 11 July.", D(2026, 7, 10), D(2026, 7, 11)),
])
def test_the_intervening_night_is_both_days(text, first, last):  # type: ignore[no-untyped-def]
    ts = [t for t in find_times(text, D(2026, 7, 13)) if t.start is not None]
    assert len(ts) == 1 and (ts[0].start, ts[0].end) == (first, last), [(t.span.text, t.start, t.end) for t in ts]


def test_saturday_and_sunday_without_a_night_stay_two_days():  # type: ignore[no-untyped-def]
    ts = find_times("Clashes went on on Friday and Saturday in the hills.", D(2026, 7, 13))
    assert [(t.start, t.end) for t in ts] == [(D(2026, 7, 10), D(2026, 7, 10)), (D(2026, 7, 11), D(2026, 7, 11))]


# -- forces sent "to the village" after a raid (events/incident_steps) ----------------------------------------------

def test_troops_sent_to_the_raided_village_answer_the_raid(ann):  # type: ignore[no-untyped-def]
    text = ("MAIDUGURI, Nigeria — Boko Haram fighters raided a village near the town of Bama in Borno state on Monday, "
            "killing seven people, residents said.\n\nThe army said it had sent troops to the village.")
    an = ann.annotate(text, DocContext("r1", published=D(2026, 2, 11)))
    assert not any(e.sub_event_type == "Change to group/activity" for e in an.events), \
        [(e.trigger.text, e.sub_event_type, e.place.name if e.place else None) for e in an.events]


# -- an arrest whose detainees remain missing (events/taken_missing) --------------------------------------------

@pytest.mark.parametrize("tail", ["who remain missing", "who have not been seen since"])
def test_detainees_who_remain_missing_are_disappeared(ann, tail):  # type: ignore[no-untyped-def]
    text = f"Soldiers arrested two students in Tarma on Friday, {tail}, their families said."
    an = ann.annotate(text, DocContext("r1", published=D(2026, 5, 4)))
    subs = [e.sub_event_type for e in an.events if e.modality == "asserted"]
    assert "Abduction/forced disappearance" in subs and "Arrests" not in subs, subs


def test_detainees_released_stay_an_arrest(ann):  # type: ignore[no-untyped-def]
    text = "Soldiers arrested two students in Tarma on Friday, who were released on bail, their families said."
    an = ann.annotate(text, DocContext("r1", published=D(2026, 5, 4)))
    assert "Arrests" in [e.sub_event_type for e in an.events]
