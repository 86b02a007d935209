"""A deed told again must not be kept apart from its own retellings (issue 11/16, branch retell1): a denial touches
only the deed it denies, "a woman of 41" is an age, a trend ("has become common", "stepped up arrests", "a wave of
kidnappings") is no incident, and a retelling's town places a deed the article placed only by its region.
Sentences, names and towns written for these tests (the towns are in no gazetteer)."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES, Place, Span
from sitrep.nlp.annotate import DocContext

from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def _events(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("t1", published=dt.date(2025, 6, 9)))
    return [e for e in an.events if e.event_type != "Political"]


DENIED_ELSEWHERE = [
    ("A woman blew herself up at a fish market in northeastern Nigeria on Saturday, killing nine people, the "
     "police said. The police said they had found no trace of a second bomber and denied that another device had been found."),
    ("Gunmen seized twelve passengers from a bus near Velmora in Haiti on Thursday, police said. Radio stations said a "
     "second bus was stopped on Friday, but police denied it."),
]


@pytest.mark.parametrize("text", DENIED_ELSEWHERE)
def test_a_denial_of_something_else_leaves_the_sources_account_of_the_deed_asserted(ann, text):  # noqa: F811
    evs = [e for e in _events(ann, text) if e.event_type in VIOLENT_EVENT_TYPES]
    assert evs and evs[0].modality == "asserted", [(e.trigger.text, e.modality) for e in evs]


def test_a_denial_of_fighting_leaves_the_same_sources_shelling_asserted(ann):  # noqa: F811
    text = ("Governor Ivo Marsh said shells struck a bus stop in Velmora on Thursday, killing two people. Marsh said "
            "that no fighting had been reported near the river by morning.")
    evs = [e for e in _events(ann, text) if e.event_type == "Explosions/Remote violence"]
    assert evs and evs[0].modality == "asserted", [(e.trigger.text, e.modality) for e in evs]


AGES = [
    "Shells hit a bus stop in Velmora on Thursday. A man of 64 and a woman of 41 were killed.",
]


@pytest.mark.parametrize("text", AGES)
def test_of_and_a_number_after_one_person_is_an_age_not_a_toll(ann, text):  # noqa: F811
    for e in _events(ann, text):
        f = e.fatalities
        assert f is None or (f.low or 0) < 12, (e.trigger.text, f)


def test_a_family_of_five_is_still_counted(ann):  # noqa: F811
    evs = _events(ann, "A drone struck a house in Velmora on Thursday, killing a family of five.")
    assert any(e.fatalities is not None and e.fatalities.low == 5 for e in evs), [(e.trigger.text, e.fatalities) for e in evs]


TRENDS = [
    ("Kidnapping for ransom has become common across the hills around Velmora, where gangs hold captives for weeks.",
     "Abduction/forced disappearance"),
    ("Rights groups say the government has stepped up arrests of critics ahead of a party congress.", "Arrests"),
    ("Residents blocked a road near Velmora on Monday to protest against a wave of kidnappings, witnesses said.",
     "Abduction/forced disappearance"),
]


@pytest.mark.parametrize("text,kind", TRENDS)
def test_a_trend_is_no_incident(ann, text, kind):  # noqa: F811
    evs = _events(ann, text)
    assert not [e for e in evs if e.modality == "asserted" and e.sub_event_type == kind], \
        [(e.trigger.text, e.sub_event_type, e.modality) for e in evs]


def test_a_stepped_up_attack_told_with_its_day_stays_an_incident(ann):  # noqa: F811
    evs = _events(ann, "Rebels stepped up attacks on the town of Velmora on Monday, killing four soldiers.")
    assert any(e.modality == "asserted" for e in evs), [(e.trigger.text, e.modality) for e in evs]


def _place(name: str, precision: str) -> Place:
    return Place(span=Span("t1", 0, len(name), name), name=name, lat=1.0, lon=1.0, country="XX", precision=precision)


def test_a_retelling_placed_by_its_paragraph_places_a_deed_the_article_placed_by_its_region():
    from test_events_taxonomy import one

    from sitrep.events.merge_lend import absorb

    (deed,) = [e for e in one("Gunmen kidnapped eleven passengers from a bus on Thursday.") if e.event_type != "Political"]
    (told,) = [e for e in one("The driver was shot in the leg.") if e.event_type != "Political"]
    keep = dataclasses.replace(deed, evidence=[], place=_place("Velmora Province", "province"), place_source="article")
    absorb(keep, dataclasses.replace(told, place=_place("Velmora", "town"), place_source="paragraph"))
    assert keep.place is not None and keep.place.name == "Velmora" and keep.place_source == "paragraph"
    # a town the deed's own clause names is kept
    keep = dataclasses.replace(deed, evidence=[], place=_place("Tarnovik", "town"), place_source="clause")
    absorb(keep, dataclasses.replace(told, place=_place("Velmora", "town"), place_source="paragraph"))
    assert keep.place.name == "Tarnovik"
