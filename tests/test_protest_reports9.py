"""Protest readings fixed by branch protests9 (2026-12-06). Sentences written for these tests; people and incidents
are made up, the towns real."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

TUESDAY = dt.date(2025, 6, 3)


def _told(ann, text):  # type: ignore[no-untyped-def]
    """The events told as fact, read in a report of Wednesday 4 June 2025: (sub-type, place)."""
    an = ann.annotate(text, DocContext("p9", published=TUESDAY + dt.timedelta(days=1)))
    return [(e.sub_event_type, e.place.name if e.place else None) for e in an.events if e.modality == "asserted"]


def test_a_crowd_told_again_with_no_town_of_its_own_stays_in_the_first_town(ann):  # type: ignore[no-untyped-def]
    # the later "protesters stoned a police post" is placed only by the dateline (Kisumu, far from Busia): it tells
    # the Busia scene again, so it is no protest of another town (events/protest_towns), and the stoning makes the
    # one protest a violent demonstration (kept apart, the stoning was lost and the protest read as one broken up)
    text = ("KISUMU, Kenya, June 4 - Police fired tear gas at traders protesting in the town of Busia on Tuesday, "
            "a local official said.\n\n"
            "The traders had blocked the border road with rocks over new market fees.\n\n"
            "Officers moved in after protesters stoned a police post, the official said.")
    told = _told(ann, text)
    assert told == [("Violent demonstration", "Busia")], told


def test_control_retaken_beside_a_prison_is_no_territory(ann):  # type: ignore[no-untyped-def]
    # "retook control" has no "of"; the verb joined to it takes the prison: a riot's end, no ground regained
    text = ("Inmates rioted at the state prison in Culiacan on Tuesday, setting fire to bedding, officials said. "
            "Police surrounded the prison and retook control after three hours.")
    assert [s for s, _ in _told(ann, text)] == ["Mob violence"], _told(ann, text)


def test_control_retaken_beside_a_town_is_still_territory(ann):  # type: ignore[no-untyped-def]
    text = ("Government troops surrounded the town of Ngala on Tuesday and retook control after a week of rebel "
            "rule, the army said.")
    assert "Government regains territory" in [s for s, _ in _told(ann, text)], _told(ann, text)
