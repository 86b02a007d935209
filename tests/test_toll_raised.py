"""A toll raised in one sentence (branch tolls41): "N killed in the attack, up from M" is the incident's count, not
a statistic; "N died in the strike, after two of the wounded died" keeps the whole N, not the two it adds. Sentences
written for these tests, with hand-built analyses."""
from __future__ import annotations

import datetime as dt

from events_helpers import Builder

D = dt.date


def _violent(events):  # type: ignore[no-untyped-def]
    hits = [e for e in events if e.event_type in ("Battles", "Violence against civilians", "Explosions/Remote violence")]
    assert len(hits) == 1, [(e.event_type, e.trigger.text if e.trigger else None, e.modality) for e in events]
    return hits[0]


def test_a_toll_raised_from_an_earlier_count_is_the_incidents():
    text = ("The police said on Friday that 11 guards were killed in Tuesday's ambush on the convoy near Garissa, "
            "up from seven. Five guards were wounded, the police said.")
    b = (Builder(text, published=D(2024, 3, 15)).place("Garissa", -0.45, 39.65, country="KE")
         .time("Tuesday", D(2024, 3, 12)).time("Friday", D(2024, 3, 15))
         .figure("11", "killed", 11, who="guards").figure("seven", "killed", 7, who="guards")
         .figure("Five", "wounded", 5, who="guards"))
    e = next(e for e in b.run() if e.trigger is not None and e.trigger.text == "ambush")
    assert e.modality == "asserted"
    assert e.fatalities is not None and e.fatalities.low == 11


def test_a_periods_count_against_an_earlier_one_stays_a_statistic():
    text = "The province recorded 412 murders last year, down from 530 the year before, the police said."
    b = Builder(text).figure("412", "killed", 412).figure("530", "killed", 530)
    assert not [e for e in b.run() if e.modality == "asserted" and e.fatalities is not None]


def test_the_whole_holds_the_wounded_who_died_since():
    text = ("Officials said on Thursday that 19 villagers died in Sunday's air strike on Nanlo, after three of the "
            "wounded died in hospital.")
    b = (Builder(text, published=D(2024, 3, 14)).place("Nanlo", 22.1, 95.9, country="MM")
         .time("Sunday", D(2024, 3, 10)).time("Thursday", D(2024, 3, 14))
         .figure("19", "killed", 19, who="villagers").figure("three", "killed", 3, who="wounded"))
    e = _violent(b.run())
    assert e.fatalities is not None and e.fatalities.low == 19


def test_two_counts_side_by_side_keep_the_nearest():
    # no "after"/"as"/"when" before the hurt who died: the bodies found are no whole they belong to
    text = ("The warden said guards had found three bodies in the east wing and that two inmates wounded in the riot "
            "on Friday had died in hospital.")
    b = (Builder(text, published=D(2024, 3, 14)).time("Friday", D(2024, 3, 8))
         .figure("three", "killed", 3).figure("two", "killed", 2, who="inmates"))
    got = [e.fatalities.low for e in b.run() if e.fatalities is not None]
    assert got and 3 not in got, got
