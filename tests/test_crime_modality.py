"""Modality of local crime reports (issue 16): "no one was killed" tells no killing (events/modality.py); "booked on
suspicion of murder" after the killing is told is no new murder (events/charged_suspect.charged_deed); "arrested
three hours later" is no plan ("later" counts from the story's time, nlp/time/relative.py). Sentences written for
these tests; names and places made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2026, 3, 2)


def events(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("ty1", published=PUB)).events



@pytest.mark.parametrize("text", [
    "Someone fired several shots at a parked truck in Dunmore on Tuesday night. No one was killed.",
    "Shots were fired at a bus stop in Pellham. Nobody was injured, officers said.",
])
def test_no_one_killed_is_no_killing(ann, text):  # noqa: F811
    bad = [e for e in events(ann, text) if e.trigger.text in ("killed", "injured") and e.modality == "asserted"]
    assert not bad, [(e.trigger.text, e.modality) for e in bad]


def test_no_one_claiming_an_attack_does_not_deny_it(ann):  # noqa: F811
    evs = [e for e in events(ann, "A bomb hit a bus in Tarsk on Monday. No one claimed the attack.")
           if e.event_type in VIOLENT_EVENT_TYPES]
    assert evs and all(e.modality != "denied" for e in evs), [(e.trigger.text, e.modality) for e in evs]


@pytest.mark.parametrize("text", [
    "A woman was shot dead in Norridge on Monday. Her husband, Carl Brantley, 44, was booked on suspicion of murder.",
    "A clerk was stabbed to death in Wexley on Sunday. Tomas Reyes, 30, was charged with two counts of murder.",
])
def test_a_charge_of_murder_is_no_new_murder(ann, text):  # noqa: F811
    evs = [e for e in events(ann, text) if e.event_type in VIOLENT_EVENT_TYPES]
    assert len(evs) == 1, [(e.trigger.text, e.actor2.name if e.actor2 else None) for e in evs]
    assert evs[0].actor2 is None or evs[0].actor2.name not in ("Carl Brantley", "Tomas Reyes", "husband")


def test_arrested_hours_later_is_done_not_planned(ann):  # noqa: F811
    evs = [e for e in events(ann, "A cyclist was shot in Calder on Sunday. Lyle Danvers, 38, was arrested about two "
                                  "hours later at a motel near Interstate 70.") if e.sub_event_type == "Arrests"]
    assert evs and all(e.modality == "asserted" for e in evs), [e.modality for e in evs]


@pytest.mark.parametrize("text, phrase, future", [
    ("The fire began on Sunday. Three hours later the roof fell in.", "Three hours later", False),
    ("The dam was finished in June 1961. Eight months later the valley flooded.", "Eight months later", False),
    ("The talks will resume two days from now.", "two days from now", True),
])
def test_later_counts_from_the_story_not_into_the_future(text, phrase, future):  # type: ignore[no-untyped-def]
    from sitrep.nlp.time import find_times

    hits = [t for t in find_times(text, dt.date(2026, 3, 4)) if t.span.text == phrase]
    assert hits and bool(hits[0].future) is future, [(t.span.text, t.future) for t in find_times(text, dt.date(2026, 3, 4))]
