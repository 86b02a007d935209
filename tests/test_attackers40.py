"""Who did it (issue 16, branch attackers40): a gang, youths or cultists no one names are the unidentified armed group
of the report's country, never a named attacker ("a gang of about ten youths attacked ...", "attacked by a group of
youths", "suspected cultists shot dead ..."); a riot's youths keep their reading. Sentences written for these tests;
people, streets and incidents made up (towns real)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.events.generic_doers import _band_of_no_kind, generic_doer_words
from sitrep.model import ActorRef, Span
from sitrep.nlp.annotate import DocContext


def _doers(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 6, 2)))
    return [e.actor1.name for e in an.events if e.actor1 is not None and e.modality == "asserted"]


BANDS = [
    ("NAIROBI - A shopkeeper was cut to death and two customers hurt when a gang of about eight youths armed with "
     "pangas raided a kiosk in Kayole on Friday night, police said. The gang escaped with cash and phones.", "gang"),
    ("Three men were taken to hospital after being attacked by a group of youths outside a takeaway on Brindlemoor "
     "Street in Leeds on Sunday night, police said.", "youths"),
    ("Suspected cultists on Monday night shot dead a 30-year-old trader at Oja Tuntun in Ibadan, the Oyo State "
     "capital, police said.", "cultists"),
]


@pytest.mark.parametrize("text,word", BANDS)
def test_an_unnamed_band_is_no_named_attacker(ann, text, word):  # type: ignore[no-untyped-def]
    got = _doers(ann, text)
    assert got and not any(word in a.lower() for a in got), got


def test_only_a_violent_deed_or_crime_makes_youths_a_band():
    assert generic_doer_words("the gang", True) and generic_doer_words("youths", True)
    assert not generic_doer_words("youths") and not generic_doer_words("gang")
    assert not generic_doer_words("the Red Dawn gang", True)


def test_a_gang_of_a_kind_keeps_its_words():
    ref = ActorRef("x:gang", "gang", Span("r1", 0, 6, "a gang"))
    assert _band_of_no_kind(ref, "a gang of about twelve youths wielding clubs")
    assert not _band_of_no_kind(ref, "a gang of zogos wielding clubs")
