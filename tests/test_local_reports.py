"""Tolls and attackers of US local crime reports (issue 16, branch localtolls): a dateline that stole the lede's
subject, an old killing told as background, "two blocks away" and "the 1900 block" read as a count and a year, a
"drug deal" read as an agreement. Sentences written for these tests; names and events made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext
from sitrep.nlp.line_breaks import line_starts
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2025, 9, 10)  # a Wednesday


def analyse(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("lr1", published=PUB))


def violent(ann, text, modality="asserted"):  # type: ignore[no-untyped-def]
    return [e for e in analyse(ann, text).events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == modality]


def deaths(ann, text):  # type: ignore[no-untyped-def]
    got = [e.fatalities.low for e in violent(ann, text) if e.fatalities is not None]
    return max(got) if got else None


def test_dateline_is_no_subject(ann):  # noqa: F811
    text = "TOPEKA, Kan. — A 28-year-old woman was fatally shot Sunday morning outside a bar, police said."
    assert line_starts(text, frozenset()) == [text.index("A 28")]
    assert deaths(ann, text) == 1


def test_dateline_on_a_later_line():
    text = "Woman shot in Topeka\nTOPEKA, Kan. — A woman was shot on Sunday."
    assert text.index("A woman") in line_starts(text, frozenset())


def test_no_dateline_no_start():
    assert line_starts("Police said a man was shot on Sunday.", frozenset()) == []


@pytest.mark.parametrize("text, n", [
    ("A woman was shot and killed Sunday night in Akron, police said. Last month, three men were killed in a "
     "shooting a few streets away.", 1),
    ("A man was stabbed to death on Monday in Gary. In June, two people were killed at a party nearby.", 1),
])
def test_older_incident_is_background(ann, text, n):  # noqa: F811
    assert deaths(ann, text) == n
    assert any(e.fatalities is not None for e in violent(ann, text, "background"))


def test_shot_days_before_dying_stays_one_incident(ann):  # noqa: F811
    text = "A man who was shot on Thursday in Flint died of his wounds on Sunday, police said."
    assert deaths(ann, text) == 1


def test_blocks_away_are_no_count(ann):  # noqa: F811
    assert deaths(ann, "A teenager was shot and killed on Friday about four blocks from his school in Flint.") == 1


def test_block_number_is_no_year(ann):  # noqa: F811
    an = analyse(ann, "Officers found the man in the 1800 block of Pine Street on Tuesday.")
    assert not any(t.precision == "year" for t in an.times)


def test_drug_deal_is_no_agreement(ann):  # noqa: F811
    an = analyse(ann, "A man was shot dead during a drug deal in Gary on Monday.")
    assert not any(e.sub_event_type == "Agreement" for e in an.events)
    assert any(e.event_type in VIOLENT_EVENT_TYPES for e in an.events)


@pytest.mark.parametrize("text, n", [
    ("A man was killed in Gary on Sunday. A woman who was with him was shot in the hand and is expected to survive.", 1),
    ("Two men were killed on Sunday in Flint. A 12-year-old girl who was also shot remains in serious but stable "
     "condition.", 1),
    ("A man was stabbed at a bus stop in Gary on Friday. The victim was taken to a hospital in critical condition.", 1),
])
def test_survivors_are_wounded(ann, text, n):  # noqa: F811
    an = analyse(ann, text)
    ids = {fid for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted" for fid in e.figures}
    hurt = [f.low for f in an.figures if f.what == "wounded" and f.id in ids]
    assert hurt and max(hurt) == n


@pytest.mark.parametrize("text", [
    "A man was shot on Sunday in Gary. One victim died at the scene and another is in stable condition.",
    "A man was shot on Sunday in Gary and died at a hospital.",
])
def test_no_survivor_told_no_wounded_person(ann, text):  # noqa: F811
    an = analyse(ann, text)
    assert not any(f.what == "wounded" and f.span.text.lower() == "a man" for f in an.figures)


def test_hurt_in_the_next_clause_joins_the_incident(ann):  # noqa: F811
    an = analyse(ann, "One person was killed and five others were hurt when gunfire erupted outside a bar in Gary "
                      "early Saturday.")
    ids = {fid for e in an.events if e.event_type in VIOLENT_EVENT_TYPES for fid in e.figures}
    assert any(f.what == "wounded" and f.low == 5 and f.id in ids for f in an.figures)


def attackers(ann, text):  # type: ignore[no-untyped-def]
    an = analyse(ann, text)
    return {x.name for e in an.events if e.event_type in VIOLENT_EVENT_TYPES for x in [e.actor1, *e.associates]
            if x is not None}


def test_he_charged_is_the_one_arrested(ann):  # noqa: F811
    text = ("A man was shot and killed Friday at a home in Gary. Ray Olsen, 52, died at the scene. Police arrested "
            "Dwight Harlow, 19, the victim's nephew, on Sunday. He has been charged with murder.")
    got = attackers(ann, text)
    assert "Dwight Harlow" in got and "Ray Olsen" not in got, got


def test_suspect_in_apposition_tagged_as_a_place(ann):  # noqa: F811
    text = ("A woman was stabbed at a bus stop in Gary on Friday. Police said the suspect, Nolan Pritchard, 31, "
            "attacked her without warning.")
    assert "Nolan Pritchard" in attackers(ann, text)


@pytest.mark.parametrize("text, n", [
    ("A man shot and killed his girlfriend before turning the gun on himself Sunday night in Gary, police said.", 2),
    ("Police said Lyle Vance killed his two brothers and then took his own life on Sunday in Gary.", 3),
    ("A man shot and killed his girlfriend on Sunday night in Gary, police said.", 1),
    ("Three relatives were found dead in a home in Gary on Monday. Deputies said a man shot two of them and then "
     "killed himself.", 3),
])
def test_murder_suicide_counts_the_doer(ann, text, n):  # noqa: F811
    assert deaths(ann, text) == n


def test_accused_and_charged_deed_is_asserted(ann):  # noqa: F811
    text = ("Darnell Pike, 33, is accused of shooting Omar Lentz on Wednesday evening in Gary. Lentz died at a "
            "hospital. Pike was arrested at the scene and charged with murder.")
    ev = violent(ann, text)
    assert ev and deaths(ann, text) == 1
    assert any(e.actor1 is not None and e.actor1.name == "Darnell Pike" for e in ev)


def test_lede_toll_with_no_event_of_its_own(ann):  # noqa: F811
    text = ("Five members of a family were found dead Sunday in a home near Gary in what the sheriff called a "
            "murder-suicide. Deputies were asked to check on the family around noon. Inside they found the bodies. "
            "Investigators believe Carl Hobbs shot his wife and children before turning the gun on himself.")
    assert deaths(ann, text) == 5


def places(ann, text):  # type: ignore[no-untyped-def]
    return analyse(ann, text).places


def test_street_word_is_no_town(ann):  # noqa: F811
    ps = places(ann, "Officers found a man shot near North 12th Street and West Maple Street in Milwaukee on Sunday.")
    assert not any(p.span.text == "Street" for p in ps), [(p.span.text, p.country) for p in ps]


def test_surname_of_a_person_named_is_no_town(ann):  # noqa: F811
    ps = places(ann, "Hector Duran, 39, was charged with murder on Tuesday. Police said Duran stabbed a man near a "
                     "bus stop in Albuquerque on Monday.")
    assert not any(p.span.text == "Duran" for p in ps), [(p.span.text, p.country) for p in ps]


def test_dateline_city_places_the_event(ann):  # noqa: F811
    text = "DETROIT — A woman was shot and killed inside her home on the city's east side Saturday, police said."
    an = ann.annotate(text, DocContext("lr1", published=PUB, dateline="DETROIT"))  # as ingest reads the dateline
    ev = [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]
    assert ev and all(e.place is not None and e.place.name == "Detroit" for e in ev)


def test_unknown_facility_yields_to_the_town(ann):  # noqa: F811
    ev = violent(ann, "A teenager was shot at a party in north Jackson, Miss., on Saturday and died at the Pinewood "
                      "Regional Medical Center.")
    assert ev and all(e.place is not None and e.place.lat is not None for e in ev), \
        [(e.place.name if e.place else None) for e in ev]


@pytest.mark.parametrize("text, n", [
    ("Five people were shot, one fatally, outside a store in Gary on Friday night, police said.", 4),
    ("At least 12 people were shot, two of them fatally, across Gary over the weekend.", 10),
    ("Three men were stabbed, one of them fatally, at a bus stop in Gary on Sunday.", 2),
])
def test_shot_one_fatally_leaves_the_rest_wounded(ann, text, n):  # noqa: F811
    an = analyse(ann, text)
    assert deaths(ann, text) is not None
    assert any(f.what == "wounded" and f.low == n for f in an.figures), [(f.what, f.low) for f in an.figures]


def test_all_fatally_leaves_no_wounded(ann):  # noqa: F811
    an = analyse(ann, "Two men were shot, both of them fatally, in Gary on Friday.")
    assert not any(f.what == "wounded" for f in an.figures)
