"""A force that "engaged" armed foes fought them (data/ontology.json cue ``engaged_foes``, the check in
events/triggers.py; sentences written for these tests, the units, people and towns made up)."""
from __future__ import annotations

import datetime as dt
import functools

import pytest


@functools.lru_cache(maxsize=1)
def _annotator():  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import Annotator

    return Annotator()


def _subtypes(text: str) -> list:
    from sitrep.nlp.annotate import DocContext

    an = _annotator().annotate(text, DocContext("t1", published=dt.date(2024, 3, 11)))
    return [e.sub_event_type for e in an.events if e.modality == "asserted"]


@pytest.mark.parametrize("text", [
    "Soldiers of the 4th Brigade engaged armed terrorist groups near Pellow on Monday, killing six of them, the army "
    "said.",
    "Police engaged the gunmen for two hours in Pellow on Tuesday before they fled.",
])
def test_engaging_armed_foes_is_a_clash(text):
    assert "Armed clash" in _subtypes(text)


@pytest.mark.parametrize("text", [
    "The rebels engaged a mediator from the church in Pellow on Monday.",
    "Militants have engaged lawyers to contest the ban, a spokesman said on Monday.",
])
def test_foes_who_engage_someone_fight_no_one(text):
    # the foe is the one who engaged, not what was engaged: hired or called in, no fight (these fail with the
    # trigger but without its object check)
    subs = _subtypes(text)
    assert "Armed clash" not in subs and "Attack" not in subs
