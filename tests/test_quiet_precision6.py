"""Event precision on reports that tell no new incident (branch precision6, ``tests/data/quiet_reports``): a
market's move, a match report, a drill, a skill demonstrated, a report the police call false, a twin infinitive.
Sentences written for these tests; the people, clubs and incidents are made up (the towns are real, so that the
gazetteer places them)."""
from __future__ import annotations

import pytest

from test_events_precision5 import events, happened, show  # the shared annotator and helpers


VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _kind(e, kind) -> bool:  # type: ignore[no-untyped-def]
    return kind is None or e.event_type in ((kind,) if isinstance(kind, str) else kind)


def _none(text, kind=None):  # type: ignore[no-untyped-def]
    evs = [e for e in happened(events(text)) if _kind(e, kind)]
    assert not evs, show(evs)


def _some(text, kind=None):  # type: ignore[no-untyped-def]
    evs = [e for e in happened(events(text)) if _kind(e, kind)]
    assert evs, show(happened(events(text)))


# ------------------------------------------------------------------ a market's move (events/market_move)
@pytest.mark.parametrize("text", [
    "Cocoa prices exploded to a new record in Accra on Tuesday as buyers rushed into the market, traders said.",
    "Coffee futures crashed in Accra on Tuesday after rain eased supply worries, traders said.",
    "Arabica coffee tumbled in Accra on Tuesday, its sharpest fall in two months, dealers said.",
    "Traders in Accra said on Tuesday that the market was under attack from bad weather and disease.",
])
def test_a_market_move_is_no_event(text):
    _none(text)


def test_a_bomb_in_a_market_stays_an_event():
    _some("A bomb exploded in the central market in Kano on Tuesday, killing four traders, police said.")


# ------------------------------------------------------------------ a match report (events/sports_idiom)
MATCH = ("Kano Pillars fought back from two goals down to beat Rangers at home in Kano on Sunday.\n\n"
         "Their striker struck twice after half-time, and the coach praised a side that had looked beaten. "
         "The league leaders visit next week.")


def test_a_match_report_tells_no_battle():
    _none(MATCH)


def test_fans_fighting_police_after_a_match_stay_an_event():
    _some(MATCH + "\n\nAfter the match, rival fans fought police outside the ground and threw stones at a bus, and "
                  "twelve people were arrested.")


# ------------------------------------------------------------------ a drill (events/drill)
def test_a_live_fire_exercise_is_no_battle():
    _none("Polish troops fired artillery and stormed mock enemy trenches near Orzysz on Wednesday in the largest NATO "
          "exercise of the year.\n\nSpectators watched as tanks advanced across open ground and helicopters fired at "
          "targets on a ridge. The drills run until the end of the month.")


def test_harm_in_a_drill_stays_an_event():
    _some("Polish troops fired artillery near Orzysz on Wednesday in the largest NATO exercise of the year.\n\nA stray "
          "shell hit a farmhouse outside the range, killing two civilians, police said.")


# ------------------------------------------------------------------ a skill demonstrated (word_senses.skill_shown)
def test_recruits_demonstrating_skills_is_no_protest():
    _none("The recruits demonstrated their skills for relatives at the parade in Eldoret on Friday.", "Protests")
    _some("Hundreds of students demonstrated against higher fees in Eldoret on Friday.", "Protests")


# ------------------------------------------------------------------ reports called false (modality.discredited)
def test_reports_the_police_deny_tell_no_attack():
    _none("Police in Kano on Monday denied reports that gunmen had attacked a checkpoint overnight and killed two "
          "soldiers.")
    _some("Police in Kano on Monday confirmed reports that gunmen had attacked a checkpoint overnight and killed two "
          "soldiers.")


# ------------------------------------------------------------------ a twin infinitive (modality._twin_infinitive)
def test_trained_to_fight_twice_is_no_battle():
    _none('"You have been trained to fight, and to fight well," the commander told the recruits in Eldoret on Friday.')


# ------------------------------------------------------------------ a clause hung on an old one (events/host_time)
@pytest.mark.parametrize("text", [
    "The bridge near Kano was seized by rebels in 2014 and recaptured by the army a few days later, an episode "
    "still taught in schools, the minister said on Tuesday.",
    "The army launched an offensive near Kano in 2019, retaking several villages from the rebels, the minister said "
    "on Tuesday.",
])
def test_a_deed_hung_on_an_old_clause_is_background(text):
    _none(text)


def test_a_deed_with_a_day_of_its_own_stays_news():
    _some("The bridge near Kano was seized by rebels in 2014, and soldiers attacked the rebel camp near Kano on "
          "Monday, killing four fighters, the army said.")


# ------------------------------------------------------------------ a run of deeds over years (modality.series_span)
def test_attacks_over_recent_years_are_no_incident():
    _none("The army stepped up recruitment in Eldoret after attacks by gunmen on border villages in recent years, "
          "commanders said on Friday.", VIOLENT)
    _some("Gunmen carried out three attacks on villages near Eldoret in the past two months, killing nine people, "
          "police said on Friday.")
