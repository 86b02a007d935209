"""Event precision on reports that tell no new incident (branch precision10, ``tests/data/quiet_reports4``): a
debate told in words of battle, money handed over, workers who vote to strike, a rugby report, a deed told as a
court's matter, a rank in a running count. Sentences written for these tests; the people, bills, cases and incidents
are made up (the towns are real, so that the gazetteer places them)."""
from __future__ import annotations

import pytest

from test_events_precision5 import events, happened, show  # the shared annotator and helpers
from test_quiet_precision6 import _none, _some


def _some_of(text, sub):  # type: ignore[no-untyped-def]
    assert happened(events(text), sub), show(happened(events(text)))


# ------------------------------------------------------------------ a debate (events/debate_idiom)
@pytest.mark.parametrize("text", [
    "Members of the Kumasi assembly on Tuesday killed a bill that would have doubled market tolls.",
    "The regional council in Nakuru killed off a plan to sell the old stadium, councillors said on Tuesday.",
    "The motion was shot down in Tamale on Tuesday by 41 votes to 12.",
    "Lawmakers clashed for five hours over the cost of the new road in Eldoret on Tuesday.",
    "Opposition members clashed with the cabinet in Kumasi on Tuesday over the sale of the port.",
])
def test_a_debate_tells_no_battle(text):
    _none(text)


@pytest.mark.parametrize("text", [
    "Opposition supporters clashed with police in Kumasi on Tuesday, and nine people were hurt.",
    "Lawmakers clashed with riot police outside parliament in Nairobi on Tuesday, and four were injured.",
    "Gunmen killed a bus driver near Eldoret on Tuesday, police said.",
])
def test_a_clash_or_killing_of_people_stays_an_event(text):
    _some(text)


def test_a_bill_killed_lends_no_force_to_a_protest():
    _some_of("Police fired water cannon at pensioners protesting outside parliament in Accra on Wednesday, hours after "
          "the senate killed a bill that would have raised pensions.", "Protest with intervention")


# ------------------------------------------------------------------ money handed over (events/handed_goods)
@pytest.mark.parametrize("text", [
    "A widow in Leeds handed over 900 pounds to a man posing as a bank clerk on Tuesday, police said.",
    "Residents of Nakuru handed over a petition to the governor on Tuesday.",
])
def test_money_or_a_petition_handed_over_is_no_transfer_of_territory(text):
    _none(text)


def test_a_town_handed_over_stays_a_transfer():
    _some_of("The rebels handed over the town of Kamituga to the army on Tuesday, a spokesman said.",
          "Non-violent transfer of territory")


# ------------------------------------------------------------------ workers who vote to strike (word_senses)
def test_nurses_voting_to_strike_is_no_strike_of_arms():
    evs = [e for e in events("Nurses at the main hospital in Wolverhampton voted on Tuesday to strike for two days "
                             "next month, their union said.")
           if e.event_type == "Explosions/Remote violence"]
    assert not evs, show(evs)


def test_an_air_strike_stays_one():
    _some("Warplanes struck a fuel depot near Tamale on Tuesday, killing three guards, officials said.")


# ------------------------------------------------------------------ a rugby report (sports_words)
RUGBY = ("Leeds Tykes beat Wolverhampton 31-10 on Saturday. The two packs clashed from the start, and the "
         "home scrum won three penalties. Their fly-half struck a long kick before the winger shot through a gap "
         "after a quick line-out, and the coach said his side had won the battle up front.")


def test_a_rugby_report_tells_no_battle():
    _none(RUGBY)


# ------------------------------------------------------------------ a court's matter (events/court_account)
@pytest.mark.parametrize("text", [
    "A jury in Leeds heard on Tuesday how a roofer had stabbed his brother-in-law after an argument over a debt.",
    "Jurors in Leeds had heard that the defendant opened fire in a car park and was arrested an hour later.",
    "The prosecutor told the court in Wolverhampton on Tuesday that the two men had beaten a shopkeeper.",
    "The inquest in Leeds was told on Tuesday that three guards had beaten the prisoner in his cell.",
    "A warder, giving evidence in Leeds on Tuesday, said the prisoner had fought against being handcuffed.",
    "Judge Mary Osei said in Leeds on Tuesday that the two accused had beaten a night guard with an iron bar.",
])
def test_a_deed_told_in_court_is_the_case_past(text):
    _none(text)


@pytest.mark.parametrize("text", [
    "Prosecutors in Leeds said on Tuesday that a man shot two people outside a pub on Saturday night.",
    "One of the two men shot outside a pub in Leeds on Saturday night has died, the county coroner said on Tuesday.",
])
def test_a_new_shooting_told_by_prosecutors_or_a_coroner_stays_an_event(text):
    _some(text)


# ------------------------------------------------------------------ a rank in a running count (events/trend)
def test_a_rank_in_a_running_count_adds_no_event():
    evs = happened(events("A 16-year-old boy was shot dead in Leeds on Saturday night, police said on Monday.\n\n"
                          "He was the fourth teenager shot dead in the city this month and its 30th homicide of the "
                          "year, according to a tally kept by a newspaper."))
    assert len(evs) == 1, show(evs)


def test_a_second_victim_of_the_attack_stays():
    _some("A second man shot in the attack in Leeds on Saturday died in hospital on Monday, police said.")
