"""A group's dissidents or a breakaway faction are not the group itself (events/splinters.py; the sentences written
for this test)."""
from __future__ import annotations

import datetime as dt

import pytest


def _attackers(text: str) -> list:
    from sitrep.nlp.annotate import Annotator, DocContext

    an = Annotator().annotate(text, DocContext("t1", published=dt.date(2025, 8, 3)))
    return [e.actor1 for e in an.events if e.actor1 is not None]


@pytest.mark.parametrize("text", [
    "FARC dissidents killed three police officers in Cauca, Colombia, on Sunday.",
    "Two soldiers were killed when dissidents of the former FARC guerrilla attacked a base near Jamundi on Sunday.",
    "A breakaway faction of the ELN attacked a police post in Arauca, Colombia, killing two officers.",
])
def test_dissidents_are_not_the_parent_group(text):
    got = _attackers(text)
    assert got and not any(a.name.startswith(("Revolutionary Armed Forces", "National Liberation Army")) for a in got)


def test_the_group_itself_still_named():
    got = _attackers("FARC rebels killed three police officers in Cauca, Colombia, on Sunday.")
    assert any(a.name == "Revolutionary Armed Forces of Colombia" for a in got)
