"""Dating devices of the twenty-third date set (tests/data/date_reports23, branch `dates32`), on texts written for these
tests: an ambiguous numeric header date read by the dateline's country (ingest/textmeta, data/date_order_countries.tsv),
a two-digit-year header, a header weekday that does not fit its date, a deed in a "when" clause right after its word
or hung on a main verb's time (events/when_time), and a day told inside a later death's subject (events/date/later_death)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.ingest.textmeta import extract
from sitrep.nlp.annotate import DocContext
from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


# -- "Published 07/12/2026" over "MAIDUGURI —": the dateline's country orders the numbers (ingest/textmeta) --------

@pytest.mark.parametrize("text, day", [
    # day first under a Nigerian dateline
    ("Published 04/03/2026\n\nMAIDUGURI — Gunmen killed three herders near Dikwa on Monday, a vigilante leader, "
     "Bukar Tijjani, said.\n", D(2026, 3, 4)),
    # month first under a Philippine dateline
    ("Posted: 04/03/2026 10:05 AM\n\nCOTABATO CITY — Suspected gunmen wounded a village councilor in Pikit on "
     "Monday, police said.\n", D(2026, 4, 3)),
    # a two-digit year, month first under a US dateline
    ("11/06/26 5:40 PM\n\nMOBILE, Ala. — A man found shot in a parked car on Dauphin Street late Tuesday died "
     "Wednesday, police said.\n", D(2026, 11, 6)),
])
def test_numeric_header_read_by_the_dateline_country(text, day):
    assert extract(text).published == day


def test_numeric_header_left_unread_when_habit_and_dateline_disagree():
    # US spelling says month first, the Mexican dateline day first: the order is unknown, so no date
    m = extract("Published: 05/10/2026 - 09:10\n\nCULIACAN, Sinaloa — Gunmen killed two men outside a repair shop "
                "in the Las Quintas neighborhood on Saturday, prosecutors said.\n")
    assert m.published is None


def test_header_weekday_that_does_not_fit_keeps_the_number():
    # 7 November 2026 is a Saturday
    m = extract("Friday 7 November 2026\n\nA man was wounded by two masked men at a house in Andersonstown on "
                "Thursday night, police said.\n")
    assert m.published == D(2026, 11, 7)


# -- "buried three herders killed when raiders attacked their camp on Sunday night" (events/when_time) --------------

def test_deed_right_before_when_takes_the_when_clause_day(ann):
    evs = _events(ann, "Hundreds of mourners in Garissa on Wednesday buried four herders killed when suspected "
                       "al-Shabaab gunmen attacked their grazing camp on Sunday night.", D(2026, 2, 11))
    assert evs["killed"][1] == D(2026, 2, 8)


def test_when_clause_takes_the_main_verb_time(ann):
    an = ann.annotate("KOHAT: Militants stormed a police check post in Kohat's Velmora area overnight, killing two "
                      "policemen, officials said on Thursday.\n\nThe attackers used heavy weapons and escaped after a "
                      "gunfight lasting well over an hour, a police spokesman said.\n\nThe same post had come under "
                      "attack last week as well, when unknown men lobbed a hand grenade at its main gate, injuring a "
                      "constable.\n\nSeparately, a vaccinator was gunned down in Hangu on Monday.",
                      DocContext("r1", published=D(2026, 2, 12)))
    grenade = [e for e in an.events if e.sub_event_type == "Grenade"]
    assert grenade and all(e.date_start == D(2026, 2, 2) for e in grenade)


# -- "A trader who was shot ... on Tuesday succumbed ... on Friday" (events/date/later_death) ----------------------

def test_day_inside_the_death_subject_dates_the_shooting(ann):
    evs = _events(ann, "A shopkeeper who was shot by two gunmen on a motorbike on Thursday succumbed to his injuries "
                       "at a private hospital on Saturday, police said.", D(2026, 8, 23))
    assert evs["shot"][1] == D(2026, 8, 20)


# -- "killed ... when they raided a camp earlier this week" beside "a separate camp on Tuesday night" ---------------
# (events/when_time.when_after: the trigger's own "when" clause; events/another_day: "a separate ..." after the deed)

def test_when_clause_week_not_narrowed_to_a_separate_incident_day(ann):
    evs = _events(ann, "Militiamen killed at least 15 people when they raided a camp for displaced families in Velmora "
                       "territory earlier this week, a local leader said on Thursday.\n\nArmed with guns and machetes, "
                       "the raiders burned shelters and chased down people who fled, said Paul Ondeko, a community "
                       "leader.\n\nThe United Nations mission said its peacekeepers had exchanged fire with armed men "
                       "who tried to enter a separate camp on Tuesday night, and the men pulled back.", D(2026, 7, 9))
    assert evs["killed"][1:] == (D(2026, 7, 6), D(2026, 7, 8))
