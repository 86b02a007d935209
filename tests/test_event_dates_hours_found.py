"""Event dates, issue 17 families (sentences written for these tests): spans of hours ("hours earlier", "hours
after X", "in recent hours", "over the past 24 hours") and deaths told by their finding ("his body was found on
Monday", "was found dead"): each an interval of the day told and the one it reaches, never the report's day
alone and never past it."""
from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import unmerged_mentions

from sitrep.nlp.annotate import Annotator

WED = dt.date(2022, 6, 15)  # a Wednesday: the report's date
MON, TUE, SUN, SAT = dt.date(2022, 6, 13), dt.date(2022, 6, 14), dt.date(2022, 6, 12), dt.date(2022, 6, 11)


@pytest.fixture(scope="module")
def annotator():
    return Annotator()


def mentions(annotator, text: str, published=WED):
    return unmerged_mentions(annotator, text, published)


def by_trigger(evs, word: str):
    hits = [e for e in evs if e.trigger is not None and e.trigger.text == word]
    assert hits, [e.trigger.text for e in evs if e.trigger is not None]
    return hits[0]


def span(e):
    return e.date_start, e.date_end, e.date_precision


# -- hours ------------------------------------------------------------------------------------------------------

def test_hours_earlier_reaches_back_from_the_day_told(annotator):
    e = by_trigger(mentions(annotator, "Police said on Monday that a cyclist was attacked hours earlier near the bridge."),
                   "attacked")
    assert span(e) == (SUN, MON, "day")


def test_hours_later_still_reaches_forward(annotator):
    evs = mentions(annotator, "A guard was shot dead on Sunday. Hours later, a second guard was found stabbed nearby.")
    assert span(by_trigger(evs, "stabbed")) == (SUN, MON, "day")


def test_an_act_told_hours_before_a_dated_clause_lies_on_that_day_or_the_one_before(annotator):
    e = by_trigger(mentions(annotator, "Officers detained a man on Monday, hours after a woman was shot outside her flat."),
                   "shot")
    assert span(e) == (SUN, MON, "day")  # never the day after the arrest


def test_days_after_is_still_counted_to_the_day(annotator):
    e = by_trigger(mentions(annotator, "Workers cleared the rubble on Tuesday, two days after a bomb attack killed nine."),
                   "attack")
    assert span(e) == (SUN, SUN, "day")


def test_a_span_of_recent_hours_dates_by_the_report_and_the_day_before(annotator):
    e = by_trigger(mentions(annotator, "Three people were shot in the past 24 hours across the city, police said."), "shot")
    assert span(e) == (TUE, WED, "day")
    e = by_trigger(mentions(annotator, "In recent hours, two men were stabbed outside a bar in the harbour district."),
                   "stabbed")
    assert span(e) == (TUE, WED, "day")


def test_hours_still_to_come_or_long_spans_date_nothing(annotator):
    e = by_trigger(mentions(annotator, "Two men were stabbed on the bridge, and officers will guard it for the next 72 hours."),
                   "stabbed")
    assert e.date_precision == "reported"
    e = by_trigger(mentions(annotator, "Two men were stabbed during a 12-hour period of unrest, officials said."), "stabbed")
    assert e.date_precision == "reported"


def test_past_hours_normalise_to_the_day_before_the_report():
    from sitrep.nlp.time import find_times

    t = next(t for t in find_times("Police made arrests in recent hours.", WED) if "hours" in t.span.text)
    assert (t.value, t.type, t.start, t.end) == ("PTXH", "DURATION", TUE, WED)  # the TimeML value is unchanged
    t = next(t for t in find_times("He died on Monday. She was attacked hours earlier.", WED) if t.value == "PTXH")
    assert (t.start, t.end) == (SUN, MON)


# -- deaths told by their finding ---------------------------------------------------------------------------------

def test_a_death_found_on_a_day_dates_the_undated_violence_to_that_day_or_the_night_before(annotator):
    text = "A man was found dead with head wounds early Monday, police said. He had been beaten with a metal bar."
    assert span(by_trigger(mentions(annotator, text), "beaten")) == (SUN, MON, "day")


def test_murdered_and_found_takes_the_finding_day_or_the_one_before(annotator):
    e = by_trigger(mentions(annotator, "Police said the councillor was murdered and his body was found on Monday."),
                   "murdered")
    assert span(e) == (SUN, MON, "day")


def test_a_finding_of_something_else_tells_no_day_of_the_violence(annotator):
    text = "A man was stabbed outside a nightclub, police said. Officers found a knife in a bin on Monday."
    assert by_trigger(mentions(annotator, text), "stabbed").date_precision == "reported"
    text = "Police said the councillor was murdered and his diary was found on Monday."
    assert by_trigger(mentions(annotator, text), "murdered").date_precision == "reported"


def test_found_death_reads_the_words_of_the_finding(annotator):
    from sitrep.events.date import found_death

    doc = annotator.nlp("The body of a driver was found on Sunday.")
    assert found_death(next(t for t in doc if t.lower_ == "found"))
    doc = annotator.nlp("A missing dog was found on Sunday.")
    assert not found_death(next(t for t in doc if t.lower_ == "found"))


def test_days_told_that_overlap_give_the_day_they_share(annotator):
    text = ("The bodies of two teachers were found on Monday in a field outside the town. "
            "They had been abducted from their school on Sunday, police said. Each had been shot in the head.")
    assert span(by_trigger(mentions(annotator, text), "shot")) == (SUN, SUN, "day")


def test_shared_days_only_where_the_intervals_meet():
    from sitrep.events.incident_date import shared_days

    assert shared_days({(SUN, MON), (SUN, SUN)}) == (SUN, SUN)
    assert shared_days({(SAT, SAT), (SUN, SUN)}) is None
    assert shared_days({(SUN, MON)}) is None


# -- a deed's time that the parse hangs on a trailing telling ------------------------------------------------------

def test_a_time_between_a_deed_and_a_trailing_telling_is_the_deeds(annotator):
    e = by_trigger(mentions(annotator, "A candidate was shot Monday aboard a bus, transport officials reported."), "shot")
    assert span(e) == (MON, MON, "day")


def test_a_deeds_time_hung_on_a_trailing_telling_by_the_parse_stays_the_deeds(annotator):
    from sitrep.events.date import later_deed, speech_time

    doc = annotator.nlp("A man was shot Monday, officials reported.")
    shot, monday, reported = (next(t for t in doc if t.text == w) for w in ("shot", "Monday", "reported"))
    monday.head = reported  # what the upper-case parse does ("WAS SHOT THURSDAY ..., OFFICIALS REPORTED")
    assert not speech_time(doc, [monday.i], shot) and not later_deed(doc, [monday.i], shot)
    doc = annotator.nlp("A man was shot, officials reported Monday.")
    shot, monday = (next(t for t in doc if t.text == w) for w in ("shot", "Monday"))
    assert speech_time(doc, [monday.i], shot)


def test_a_time_after_the_telling_stays_the_tellings(annotator):
    e = by_trigger(mentions(annotator, "A candidate was shot aboard a bus, transport officials reported on Monday."), "shot")
    assert e.date_precision == "reported"


def test_a_singular_event_noun_mistagged_plural_still_names_the_incident(annotator):
    from sitrep.events.incident_date import incident_reference

    doc = annotator.nlp("At the time of his murder, the judge was investigating the cartel.")
    noun = next(t for t in doc if t.lower_ == "murder")
    noun.tag_ = "NNS"  # what the tagger makes of "MURDER" in upper-case text
    assert incident_reference(noun)
    doc = annotator.nlp("At the time of the murders, the judge was investigating the cartel.")
    assert not incident_reference(next(t for t in doc if t.lower_ == "murders"))


# -- a conjoined noun shares its first conjunct's verb --------------------------------------------------------------

def test_a_noun_conjoined_to_an_argument_of_a_light_verb_takes_its_time(annotator):
    from sitrep.events.date import borrowed_time

    doc = annotator.nlp("On Friday evening, there were power cuts and two grenades were set off in the town.")
    grenades, friday = next(t for t in doc if t.text == "grenades"), next(t for t in doc if t.text == "Friday")
    assert not borrowed_time(doc, [friday.i], grenades)  # the noun's own clause, joined to the one the time opens
    cuts, were = next(t for t in doc if t.text == "cuts"), next(t for t in doc if t.text == "were")
    grenades.head, grenades.dep_ = cuts, "conj"  # the parse that reads "power cuts and two grenades" as one list
    cuts.head = were
    assert not borrowed_time(doc, [friday.i], grenades)


def test_a_noun_conjoined_to_the_object_of_a_telling_does_not(annotator):
    text = "Yesterday, the minister condemned the riots and the bombing of the market."
    e = by_trigger(mentions(annotator, text), "bombing")
    assert e.date_start != TUE or e.date_precision != "day"
