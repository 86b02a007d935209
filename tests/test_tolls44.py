"""tolls44: a market day is no period ("at a weekly market"), a word of hurt shares no toll with its deed ("found
shot dead ..., and a fifth man was found wounded"), a person shot, stabbed or cut in a limb is hurt ("was shot in
the leg"), a second victim hung on the first one's apposition ("The driver, a 58-year-old man, and his wife").
Sentences written for these tests; names and places made up (Tessor, Marlow Vale: no gazetteer entry)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import Annotator, DocContext


@pytest.fixture(scope="module")
def ann():
    return Annotator()


def read(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("t1", published=dt.date(2025, 3, 14)))


def harm(an):  # type: ignore[no-untyped-def]
    return [e for e in an.events if e.modality == "asserted"
            and (e.event_type in VIOLENT_EVENT_TYPES or e.outside == "crime")]


def deaths(an):  # type: ignore[no-untyped-def]
    return max((e.fatalities.low for e in harm(an) if e.fatalities is not None), default=None)


def wounded(an):  # type: ignore[no-untyped-def]
    ids = {fid for e in harm(an) for fid in e.figures}
    return sorted(f.low for f in an.figures if f.id in ids and f.what == "wounded")


def test_a_weekly_market_is_no_period_the_count_runs_over(ann):
    an = read(ann, "Armed men killed seven traders at a weekly market near Tessor on Tuesday, a local official said.")
    assert deaths(an) == 7


def test_a_word_of_hurt_shares_no_toll_with_the_deed_its_sentence_tells(ann):
    an = read(ann, "Three men were found shot dead inside a garage in Tessor on Monday, and a fourth man was found "
                   "wounded in the street, prosecutors said.")
    assert deaths(an) == 3


@pytest.mark.parametrize("text,hurt", [
    ("A man was shot dead outside a bar in Tessor on Friday night. His friend, 27, was shot in the thigh and taken "
     "to hospital.", [1.0]),
    ("A woman was stabbed to death at a house in Tessor on Sunday. A neighbour who tried to help was cut on the "
     "hand.", [1.0]),
])
def test_a_person_shot_or_cut_in_a_limb_is_hurt(ann, text, hurt):
    an = read(ann, text)
    assert deaths(an) == 1
    assert wounded(an) == hurt


def test_a_wound_to_the_head_is_no_hurt_the_next_sentence_may_tell_fatal(ann):
    an = read(ann, "A man was shot in the head outside a shop in Tessor on Friday. He died at the scene.")
    assert wounded(an) == []


@pytest.mark.parametrize("text", [
    "The car's driver, a 58-year-old Tessor man, and his wife, 55, who was in the passenger seat, were killed.",
    "The lorry's driver, a 47-year-old Marlow Vale man, and his son, 19, were killed in the crash.",
])
def test_a_second_victim_hung_on_the_first_ones_apposition(ann, text):
    an = read(ann, text)
    assert any(f.what == "killed" and f.low == 2 for f in an.figures), [(f.what, f.low) for f in an.figures]


def test_one_person_with_two_trades_is_one_victim(ann):
    an = read(ann, "Police said Ruth Ambler, a teacher and activist, was killed in Tessor on Saturday.")
    assert not any(f.what == "killed" and (f.low or 0) > 1 for f in an.figures)


@pytest.mark.parametrize("text,n", [
    ("A Ruritanian national was killed and another injured when guards opened fire on a boat near Tessor on Friday.",
     1.0),
    ("Villagers said gunmen shot dead the foreman of a dairy farm near Tessor on Monday.", 1.0),
    ("A motorcycle rider and his passenger were killed when gunmen opened fire in Tessor on Sunday.", 2.0),
])
def test_one_person_told_by_nationality_or_trade_is_one_dead(ann, text, n):
    assert deaths(read(ann, text)) == n


def test_a_suspected_thief_lynched_is_one_dead(ann):
    an = read(ann, "A suspected cattle thief was lynched by a mob in Tessor on Tuesday morning.")
    assert [f.low for f in an.figures if f.what == "killed"] == [1.0]


def test_one_person_with_three_trades_and_an_oxford_comma_is_one_victim(ann):
    an = read(ann, "Gunmen murdered Father Tomas Reyes, a priest, teacher, and a community organiser, in Tessor on Sunday.")
    assert not any(f.what == "killed" and (f.low or 0) > 1 for f in an.figures)


def test_a_tallys_killed_and_wounded_halves_share_no_toll(ann):
    an = read(ann, "The army's losses since the offensive began include 140 soldiers killed and 310 wounded.")
    assert deaths(an) is None


def test_killings_a_year_stay_a_rate_no_toll(ann):
    an = read(ann, "Two men were shot dead in Tessor on Sunday. The city records thousands of killings a year, most "
                   "of them tied to feuds between dealers.")
    assert deaths(an) == 2
