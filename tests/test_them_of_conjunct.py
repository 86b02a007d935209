"""'Killed four of them' where 'them' are the men the first of two joined verbs acts on (issue 16, story totals:
branch stories25). Sentences written for this test; names made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Analysis
from sitrep.nlp.annotate import DocContext
from sitrep.nlp.figures import extract_figures


@pytest.fixture(scope="module")
def nlp():
    from sitrep.nlp.models import load_pipeline

    return load_pipeline()


def _figs(nlp, text):
    return extract_figures(nlp(text), DocContext("t1", published=dt.date(2026, 3, 5)), Analysis("t1"))


def _one(figures, span_text):
    hits = [f for f in figures if f.span.text == span_text]
    assert hits, (span_text, [(f.span.text, f.what, f.who) for f in figures])
    return hits[0]


def test_them_are_the_men_pursued_not_the_victims_counted_before(nlp):
    text = ("Eleven villagers were killed when bandits raided Kuroda on Monday, officials said. "
            "A police spokesman, Musa Tanko, said officers chased the bandits into the forest and shot dead five of them.")
    f = _one(_figs(nlp, text), "five")
    assert (f.what, f.who) == ("killed", "bandits")


def test_them_are_the_men_of_a_preposition_of_the_first_verb(nlp):
    text = ("Seven farmers died in the raid on Tuesday. Soldiers arrived on Wednesday, fought with the raiders and "
            "killed three of them, the governor said.")
    f = _one(_figs(nlp, text), "three")
    assert (f.what, f.who) == ("killed", "raiders")


def test_a_thing_is_never_them(nlp):
    text = ("Gunmen fired on a group of men playing dominoes outside a bar in Kestrel late on Friday, killing five of "
            "them, police said.")
    f = _one(_figs(nlp, text), "five")
    assert f.what == "killed" and f.who != "dominoes"


def test_a_count_told_by_a_named_person_or_he_of_the_enemy_a_state_force_killed_is_its_claim():
    from sitrep.stories.own_losses import relayed_enemy_dead

    assert relayed_enemy_dead("unk:musa-tanko", "bandits", "XXA_POLICE")  # "..., Musa Tanko said"
    assert relayed_enemy_dead("he", "raiders", "XXA_MIL")  # "..., he said"
    assert not relayed_enemy_dead("unk:musa-tanko", "villagers", "XXA_POLICE")  # no enemy noun
    assert not relayed_enemy_dead("he", "attackers", "x:gunmen")  # no state doer
    assert not relayed_enemy_dead("the hospital", "militants", "XXA_MIL")  # a named non-party counts
