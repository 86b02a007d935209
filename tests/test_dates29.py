"""Dating devices of the twentieth date set (tests/data/date_reports20, branch `dates29`), on sentences written for
these tests: "N weeks after <deed>" hung on a clause told in the present, "The day before" opening a sentence after a
source's day, a week's deed beside "a second raid on Saturday", and a vehicle that "ran over" a bomb."""
from __future__ import annotations

import datetime as dt

from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.nlp.annotate import DocContext
from sitrep.nlp.time import find_times

D = dt.date


# -- "Two weeks after gunmen shot dead nine traders, shops are still shut": N days before the report -----------------
# (events/date/after_now)

def test_weeks_after_a_deed_told_in_the_present(ann):
    evs = _events(ann, "Two weeks after gunmen shot dead nine traders at the cattle market in Velmora, most shops in "
                       "the town are still shut, residents said on Friday.", D(2026, 5, 15))
    assert evs["shot"][1:] == (D(2026, 5, 1), D(2026, 5, 1))


def test_weeks_after_a_deed_in_a_present_perfect_clause(ann):
    evs = _events(ann, "Oduma police have renewed their appeal for witnesses a week after a taxi driver was stabbed "
                       "outside the bus station.", D(2026, 6, 12))
    assert evs["stabbed"][1:] == (D(2026, 6, 5), D(2026, 6, 5))


def test_weeks_after_a_deed_told_in_the_past_keeps_its_own_reading(ann):
    # the clause it hangs on is told in the past with a day of its own: counted from that day, not from the report
    evs = _events(ann, "Gunmen attacked the market in Velmora on Friday, a week after bandits killed four traders on "
                       "the road to Oduma, residents said on Sunday.", D(2026, 5, 17))
    assert evs["killed"][1] != D(2026, 5, 10)


def test_days_after_a_deed_under_a_death_is_not_counted_from_the_report(ann):
    # "has died ... four days after he was assaulted": the death is the day counted from, not the report
    evs = _events(ann, "A retired teacher has died in hospital four days after he was assaulted outside a pub in "
                       "Velmora, police said.", D(2026, 5, 20))
    assert evs["assaulted"][1] != D(2026, 5, 16)


# -- "The day before," opening a sentence counts back from the story's deed, not the telling ------------------------
# (nlp/time/opening_before)

def test_day_before_opening_a_sentence_after_a_sources_day():
    ts = find_times("Rebels attacked a police post in Oduma on Monday, killing three officers, the governor said on "
                    "Wednesday. The day before, gunmen burned a school in Velmora.", D(2026, 3, 4))
    assert next(t for t in ts if t.span.text == "The day before").start == D(2026, 3, 1)
    ts = find_times("Rebels attacked a police post in Oduma on Monday, the governor said on Wednesday. The previous "
                    "night, a bomb went off near the Velmora bridge.", D(2026, 3, 4))
    assert next(t for t in ts if t.span.text == "The previous night").start == D(2026, 3, 1)


def test_day_before_with_no_deed_day_keeps_the_sources_day():
    ts = find_times("Police said on Friday that they had found the van. The day before, gunmen shot a trader in "
                    "Velmora.", D(2026, 7, 25))
    assert next(t for t in ts if t.span.text == "The day before").start == D(2026, 7, 23)


def test_day_before_inside_a_sentence_is_untouched():
    ts = find_times("Rebels attacked a police post in Oduma on Monday, the governor said on Wednesday, adding that "
                    "more troops arrived the day before.", D(2026, 3, 4))
    assert next(t for t in ts if t.span.text == "the day before").start == D(2026, 3, 3)


# -- a week's deed does not take the day of "a second raid on Saturday" (events/another_day) ----------------------

def test_last_week_beside_a_second_raid_on_saturday(ann):
    an = ann.annotate("At least nine people were killed by militiamen in a night attack on a camp near Oduma last "
                      "week, a local leader said on Monday, and a second raid on Saturday left two more dead.\n\n"
                      "On Saturday, gunmen came out of the forest near Velmora and shot two farmers in their fields.",
                      DocContext("r1", published=D(2026, 5, 18)))
    first = min((e for e in an.events if e.event_type == "Violence against civilians"), key=lambda e: e.trigger.start)
    assert (first.date_start, first.date_end) == (D(2026, 5, 11), D(2026, 5, 17))


# -- "a minibus ran over a roadside bomb on Friday": the blast's day (data/time_lexicon.tsv, event_verb) ------------

def test_ran_over_a_bomb_dates_the_bomb(ann):
    evs = _events(ann, "Gunmen stormed a police post in Oduma on Sunday, killing two officers, officials said on "
                       "Tuesday.\n\nOn Friday, a lorry ran over a roadside bomb near Velmora, killing three "
                       "passengers.", D(2026, 3, 10))
    assert evs["bomb"][1:] == (D(2026, 3, 6), D(2026, 3, 6))


def test_run_over_a_person_dates_no_deed(ann):
    # "ran over a roadside bomb" dates the blast; "was run over by a truck on Sunday night" is a road death whose
    # day must not pass to the riot's injured (events/date/verbs.support_verb: a device under the tread only)
    evs = _events(ann, "Traders blocked the main road in Velmora on Monday and stoned the municipal office after a "
                       "street vendor was run over by a council truck on Sunday night.\n\nIn the afternoon the crowd "
                       "burned a council van and hurled bricks at police. Six policemen were injured, an official "
                       "said.", D(2026, 3, 10))
    assert evs["injured"][1] != D(2026, 3, 8)
