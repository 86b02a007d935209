"""A deed noun that is what a threat, warning or alert is about is not told done but feared: conditional, as "the threat of air strikes" (branch terror,
events/modality._threat_content; cue list threat_nouns in data/ontology.json), on sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def _mods(ann, text):  # type: ignore[no-untyped-def]
    a = ann.annotate(text, DocContext(article_id="t", published=dt.date(2025, 3, 12)))
    return {e.trigger.text: e.modality for e in a.events if e.trigger is not None}


@pytest.mark.parametrize("text", [
    "Police said threat alerts continued to be received, particularly about attacks on army posts in Kelvar.",
    "Officials raised fears of attacks on churches in Kelvar during the holidays.",
])
def test_the_deed_a_warning_is_about_is_conditional(ann, text):  # type: ignore[no-untyped-def]
    assert _mods(ann, text).get("attacks") == "conditional", _mods(ann, text)


def test_a_deed_told_done_stays_asserted(ann):  # type: ignore[no-untyped-def]
    m = _mods(ann, "Gunmen killed four people in an attack on a hotel in Kelvar on Tuesday.")
    assert "asserted" in m.values(), m
