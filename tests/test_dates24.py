"""Devices of branch `dates24` (leftovers of date_reports17 and quiet_reports12), on sentences written for these
tests: definite plural deeds as the subject of a judgement ("the attacks showed ...") are a retelling
(events/deeds_judged); in a report with no fresh act of violence, undated acts told after an old incident retell it
and take its date (events/old_retold); "another strike" after an air strike is one (events/another_deed); a protest that "turned violent" after a dated deed has its day (events/turned_time)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext
from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date

JUDGED = ("Gunmen of the Kavar Front fired on an army post near Dorvanu late on Tuesday, wounding two soldiers, the army "
          "said.\n\nOn Monday, fighters of the same group killed a customs officer in Velmir province, local officials "
          "said.\n\nA minister said the attacks showed the group wanted to wreck the ceasefire talks.")

MEMORIAL = ("The mayor of Dorvanu on Wednesday opened a memorial garden at the bus depot hit by a car bomb in "
            "2021.\n\nThe mayor stood at the spot where the bomber parked the car, which exploded at rush hour, "
            "killing 19 commuters. Relatives read out the names of the dead.")

PAYOUT = ("Officials in Velmir on Monday handed the first payments to families of those killed in the 2020 market "
          "bombings, six years after the attacks.\n\nTwo bombers blew themselves up among stalls selling fruit, "
          "killing 41 people. A local faction was blamed.")

# a fresh undated act told in the sentence that names the old incident is left as it is
FRESH = ("A year after the 2021 bombing of the bus depot in Dorvanu, gunmen shot dead four drivers near the depot, "
         "police said.\n\nThe gunmen also wounded a guard before they fled.")

# (text, report date, trigger, its modality, its first day)
CASES = [
    (JUDGED, D(2026, 9, 3), "fired", "asserted", D(2026, 9, 1)),
    (MEMORIAL, D(2026, 9, 3), "exploded", "background", D(2021, 1, 1)),
    (MEMORIAL, D(2026, 9, 3), "killing", "background", D(2021, 1, 1)),
    (PAYOUT, D(2026, 9, 7), "blew", "background", D(2020, 1, 1)),
]


@pytest.mark.parametrize("text,published,trigger,modality,day", CASES)
def test_event_modality_and_day(ann, text, published, trigger, modality, day):  # type: ignore[no-untyped-def]
    evs = _events(ann, text, published)
    assert evs[trigger][:2] == (modality, day), evs


def test_deeds_judged_are_no_incident(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, JUDGED, D(2026, 9, 3))
    assert evs.get("attacks", ("background",))[0] != "asserted", evs


def test_a_fresh_act_beside_an_old_incident_keeps_its_reading(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, FRESH, D(2026, 9, 3))
    assert evs["shot"][0] == "asserted", evs
    assert evs["shot"][1] != D(2021, 1, 1), evs


ANOTHER = ("An air strike on a market in Velmir killed six traders on Friday, officials said.\n\nOn Sunday, another "
           "strike hit a clinic in the same district, wounding two nurses, a health worker said.")


def test_another_deed_is_one_more_of_the_kind_told(ann):  # type: ignore[no-untyped-def]
    """(events/another_deed) the bare "another strike" after an air strike is another air strike."""
    an = ann.annotate(ANOTHER, DocContext("r1", published=D(2026, 9, 8)))
    subs = {e.trigger.text: e.sub_event_type for e in an.events}
    assert subs.get("hit", subs.get("strike")) == "Air/drone strike", subs
    assert len([e for e in an.events if e.sub_event_type == "Air/drone strike"]) == 2, subs


def test_a_protest_that_turned_takes_the_day_of_its_deed(ann):  # type: ignore[no-untyped-def]
    """(events/turned_time) "set fire to two banks on Friday night after a protest ... turned violent": the protest
    on Friday."""
    an = ann.annotate("Looters set fire to two banks in Velmir on Friday night after a protest outside the town hall "
                      "turned violent, police said.", DocContext("r1", published=D(2026, 9, 8)))
    days = {e.trigger.text: (e.date_start, e.date_precision) for e in an.events}
    assert days["protest"] == (D(2026, 9, 4), "day"), days
