"""A "call" that names ("calling itself X", "so-called X", "a town called X", "what they call X") is no
event; "called for talks", "called on X to", "called his counterpart", "called the attack a crime" keep their
readings (issue 16). Sentences written for these tests; the groups and people are made up."""
from __future__ import annotations

import datetime as dt
import functools

import pytest

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


@functools.lru_cache(maxsize=1)
def _tools():  # type: ignore[no-untyped-def]
    from sitrep.events.ontology import load_ontology
    from sitrep.nlp.models import load_pipeline

    return load_ontology(), load_pipeline()


def call_triggers(text):  # type: ignore[no-untyped-def]
    """The PLOVER classes of the triggers headed by a form of "call" in ``text``."""
    from sitrep.events.triggers import find_triggers

    onto, nlp = _tools()
    doc = nlp(text)
    out = []
    for sent in doc.sents:
        out += [t.tdef.plover for t in find_triggers(sent, onto, []) if t.tok.lemma_.lower() == "call"]
    return out


@pytest.mark.parametrize("text", [
    "A group calling itself the Eastern Lions Front bombed the hotel on Tuesday.",
    "The militia, which calls itself the Free Army, shelled the outskirts overnight.",
    "The group, calling itself a liberation movement, claimed the raid.",
    "Fighters of the so-called Northern Shield stormed the checkpoint.",
    "Members of the so called River Brigade fired on the convoy.",
    "The rebels took a village called Marnovo after two days of fighting.",
    "Police arrested two members of what the government calls a terrorist cell.",
    "The town is called Daremo by its residents.",
    "Locals call him the Butcher of the Valley.",
])
def test_a_call_that_names_is_no_event(text):
    assert call_triggers(text) == [], text


@pytest.mark.parametrize("text, want", [
    ("The opposition called for talks with the army.", "REQUEST"),
    ("The envoy called on both sides to stop the fighting.", "REQUEST"),
    ("The president called his counterpart on Monday to discuss the border.", "CONSULT"),
    ("The minister called the attack a cowardly crime.", "ACCUSE"),
    ("The mayor called the shelling an act of terror.", "ACCUSE"),
])
def test_a_call_that_asks_meets_or_condemns_keeps_its_reading(text, want):
    assert want in call_triggers(text), text


@pytest.mark.parametrize("text", [
    "A group calling itself the Eastern Lions Front bombed the hotel in Aleppo on Tuesday.",
    "Gunmen of the so-called Northern Shield attacked a police post in Aleppo on Tuesday.",
])
def test_the_named_group_s_attack_is_the_only_event(ann, text):  # noqa: F811
    an = ann.annotate(text, DocContext("k1", published=dt.date(2024, 3, 14)))
    kinds = {e.event_type for e in an.events}
    assert kinds and kinds <= {"Battles", "Explosions/Remote violence", "Violence against civilians"}, \
        [(e.event_type, e.sub_event_type) for e in an.events]
