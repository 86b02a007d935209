"""The harmed side when a colon dateline opens the report: the parser makes the dateline's town the subject and the
victims its apposition or a second subject ("KANDAHAR (Pajhwok): A Taliban district official was shot dead"); and an
armed group's name the gazetteer also lists as some hamlet ("Taliban") is the group, not a place, also before
"district". Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext

from test_roles import ann  # noqa: F401  (the shared annotator fixture)


@pytest.mark.parametrize("text", [
    "KANDAHAR (Pajhwok): A Taliban district official was shot dead by gunmen on a motorbike in the city on Tuesday.",
    "KANDAHAR (Pajhwok): A Taliban district official and his guard were killed when a roadside bomb went off "
    "beside their car in the city on Tuesday.",
    "A Taliban district official was shot dead by gunmen on a motorbike in Kandahar on Tuesday.",
])
def test_the_official_of_a_group_is_its_side(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("d1", published=dt.date(2025, 3, 5)))
    assert not any(p.span.text == "Taliban" for p in an.places)
    evs = [e for e in an.events if e.actor2 is not None]
    assert evs and evs[0].actor2.name == "Taliban"
