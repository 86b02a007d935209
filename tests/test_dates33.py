"""Dating devices of the twenty-fourth date set (tests/data/date_reports24, branch `dates33`), on sentences written for
these tests: a claim told in a sentence that opens on the day of its telling ("On Sunday, the army said it had killed
eight rebels") takes no day of the incident told before it (events/date/sentence_time.fronted_telling,
events/incident_date.fronted_claim); "overnight on Sunday" is the night of Sunday into Monday, and "overnight on
Thursday" or "overnight on July 16" told on that very day the night that ended on it (nlp/time/relative._r_weekday,
nlp/time/resolve._overnight_on)."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.annotate import DocContext
from sitrep.nlp.time.resolve import find_times
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


def _starts(ann, text, published, words):  # type: ignore[no-untyped-def]
    """The first day of each event whose sentence holds ``words``."""
    an = ann.annotate(text, DocContext("r1", published=published))
    return [e.date_start for e in an.events if words in e.sentence.text and e.event_type != "Political"]


# -- "On Sunday, the army said it had killed ..." after a raid dated earlier (events/date/sentence_time) -------------

def test_fronted_telling_day_is_not_the_raid_told_before(ann):
    text = ("Rebels killed 14 villagers in a raid on Korveni on the first day of March, a church leader said on "
            "Tuesday.\n\nOn Sunday, the army said it had killed six rebels in an operation near Talmuri. It gave no "
            "figure for its own losses.")
    assert set(_starts(ann, text, D(2026, 3, 10), "Korveni")) == {D(2026, 3, 1)}
    assert set(_starts(ann, text, D(2026, 3, 10), "the army said")) == {D(2026, 3, 8)}


def test_fronted_telling_on_thursday_after_a_bombing(ann):
    text = ("A suicide bomber killed 20 people at a market in Darsana on Saturday, officials said.\n\nOn Thursday, "
            "troops backed by local militiamen said they had killed nine fighters in an operation west of Darsana.")
    assert set(_starts(ann, text, D(2026, 6, 12), "troops backed")) == {D(2026, 6, 11)}


# -- "overnight on Sunday", "overnight on July 16" (nlp/time/resolve._overnight_on) ----------------------------------

def test_overnight_on_a_weekday_is_that_night(ann):
    an = ann.annotate("Gunmen killed nine villagers in Tarmovi overnight on Sunday, a local official said.",
                      DocContext("r1", published=D(2026, 4, 14)))
    ev = next(e for e in an.events if e.trigger.text == "killed")
    assert (ev.date_start, ev.date_end) == (D(2026, 4, 12), D(2026, 4, 13))


def test_overnight_on_the_report_days_weekday_is_the_night_before_it(ann):
    an = ann.annotate("Gunmen stormed a police post in Kelvari overnight on Thursday, killing two constables, officials "
                      "said.", DocContext("r1", published=D(2026, 4, 16)))
    ev = next(e for e in an.events if e.trigger.text == "stormed")
    assert (ev.date_start, ev.date_end) == (D(2026, 4, 15), D(2026, 4, 16))


def test_overnight_on_a_dated_day_is_one_night():
    ts = find_times("Drones hit a grain silo in Velinsk overnight on July 16, the governor said.", D(2026, 7, 16))
    assert [(t.span.text, t.start, t.end) for t in ts] == [("overnight on July 16", D(2026, 7, 15), D(2026, 7, 16))]


# -- "On Tuesday, the group said it was behind the attack, ... had killed": the incident again (names_incident) -----

def test_fronted_telling_that_names_the_attack_keeps_its_day(ann):
    text = ("Gunmen shot dead 11 villagers in Pelora on Monday, a local official said.\n\nOn Tuesday the Ravan Front "
            "said it was behind the attack, saying its fighters had killed traitors in the area.")
    assert set(_starts(ann, text, D(2026, 5, 13), "Ravan Front")) == {D(2026, 5, 11)}


# -- "Hours later the group said it had fired ...": a span of time at the front is no day of telling -----------------

def test_a_span_of_time_opening_the_sentence_is_no_day_of_telling():
    import spacy

    from sitrep.events.date.sentence_time import fronted_telling
    from sitrep.model import Span, TimeExpr

    doc = spacy.blank("en")("Hours later the Torva Brigade said it had fired rockets at the base.")
    sent = doc[:]
    hours = TimeExpr(Span("r1", 0, 5, "Hours"), "PT1H", type="DURATION", start=D(2026, 5, 20), end=D(2026, 5, 21))
    day = TimeExpr(Span("r1", 0, 5, "Hours"), "2026-05-20", type="DATE", start=D(2026, 5, 20), end=D(2026, 5, 20))
    assert not fronted_telling(sent, [hours])
    assert fronted_telling(sent, [day])
