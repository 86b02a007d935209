"""Counts the way local reports tell them (issue 16, branch tolls35): the lede's "the bodies of two men were
discovered" is the toll of a deed told sentences later (events/toll_lede.bodies_of); hurt counted in the lede or in
"two women have been taken to hospital" / "were sent to hospital" are the incident's hurt (events/toll_lede,
events/hospital_hurt, data/care_sites.tsv); "A third victim ... died at a hospital" was one of the hurt
(events/toll_ordinal_hurt); "is fighting for life" is no fighting (data/non_event_phrases.tsv). Sentences written for
these tests; names made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def _an(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("lt1", published=dt.date(2025, 4, 2)))


def _harm(an):  # type: ignore[no-untyped-def]
    return [e for e in an.events if e.modality == "asserted"
            and (e.event_type in VIOLENT_EVENT_TYPES or e.outside == "man_made_disaster")]


def deaths(ann, text):  # type: ignore[no-untyped-def]
    got = [e.fatalities.low for e in _harm(_an(ann, text)) if e.fatalities is not None]
    return max(got) if got else None


def injured(ann, text):  # type: ignore[no-untyped-def]
    an = _an(ann, text)
    by_id = {f.id: f for f in an.figures}
    got = [by_id[fid].low for e in _harm(an) for fid in e.figures if fid in by_id and by_id[fid].what == "wounded"]
    return max(got) if got else None


def test_bodies_in_the_lede_are_the_toll_of_a_later_deed(ann):  # noqa: F811
    text = ("Police are looking for suspects after the bodies of two men were discovered in a field near Kroonstad on "
            "Monday morning. A farm worker alerted officers at about 07:15. Relatives have identified one of the men "
            "as Thabo Mokoena. The other man has not yet been identified. Officers combed the area for most of the "
            "day. Two cases of murder have been opened.")
    assert deaths(ann, text) == 2


@pytest.mark.parametrize("text", [
    "A man has died and two women have been taken to hospital after a two-car collision in Ballarat on Friday night.",
    "KELOWNA, B.C. - Two men were sent to hospital with non-life-threatening injuries after shots were fired outside "
    "a pub on Friday evening. Kelowna RCMP said they received several 911 calls at about 9:40 p.m. reporting gunfire "
    "in the 1200 block of Ellis Street.",
])
def test_counts_taken_or_sent_to_hospital_are_the_hurt(ann, text):  # noqa: F811
    assert injured(ann, text) == 2


def test_a_third_victim_who_died_in_hospital_was_one_of_the_hurt(ann):  # noqa: F811
    text = ("Two people were killed and three others were injured in a shooting at a party in Shreveport late "
            "Saturday, police said. Officers found the victims in the front yard of a house on Jewella Avenue. A "
            "third victim, a 19-year-old man, died at a hospital on Sunday, police said.")
    assert deaths(ann, text) == 3
    assert injured(ann, text) == 2


def test_fighting_for_life_is_no_fighting(ann):  # noqa: F811
    an = _an(ann, "A woman is fighting for life after her car hit a tree in Ballarat on Sunday morning.")
    assert not [e for e in an.events if e.event_type == "Battles"]
