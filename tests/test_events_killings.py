"""A one-sided killing of a person with no arms is an attack, not a battle, even where the victim's office resolves to a
state or a town (events/unarmed_victim.py); the victims of a deed whose conjoined verb kills them count as dead
("abducted and murdered", nlp/figures.py). Sentences written for these tests; names made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def typed(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("k1", published=dt.date(2024, 3, 14)))
    return [(e.sub_event_type, e.modality) for e in an.events]


def deaths(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("k1", published=dt.date(2024, 3, 14)))
    return sorted({e.fatalities.low for e in an.events if e.fatalities is not None and e.modality == "asserted"})


@pytest.mark.parametrize("text", [
    "Peruvian mayor Rosa Quispe was murdered on Tuesday.",  # the victim resolves to the Government of Peru
    "The mayor of Cusco, Ana Flores, was murdered on Tuesday.",  # ... or to the town she runs
    "Government officials were murdered by guerrillas in the north.",
    "Rebels executed two soldiers they had captured near the border.",  # captives hold no arms
    "The magistrates resigned to protest the murder of Colombian judge carlos rivas.",  # a title before a name
])
def test_a_killing_of_a_person_with_no_arms_is_an_attack(ann, text):  # noqa: F811
    got = typed(ann, text)
    assert ("Attack", "asserted") in got and ("Armed clash", "asserted") not in got, got


@pytest.mark.parametrize("text", [
    "A police officer was shot dead by rebels near the border.",
    "An army colonel was assassinated by guerrillas on Monday.",
    "Soldiers killed two rebel fighters in the hills.",
    "Bolivian colonel Juan Soto was assassinated by guerrillas on Monday.",
])
def test_a_killing_of_armed_people_stays_a_battle(ann, text):  # noqa: F811
    assert ("Armed clash", "asserted") in typed(ann, text)


def test_an_unarmed_victim_beside_armed_ones_is_not_enough():
    from sitrep.events.ontology import load_ontology
    from sitrep.events.unarmed_victim import unarmed_victim
    from sitrep.nlp.models import load_pipeline

    onto = load_ontology()
    nlp = load_pipeline()
    for text, want in [("Rebels attacked the mayor of Cusco and his bodyguards.", False),
                       ("Rebels attacked the wife of a police officer.", True),
                       ("Rebels attacked a member of the army.", False),
                       ("Rebels attacked the mayor.", True)]:
        doc = nlp(text)
        trig = next(t for t in doc if t.lemma_ == "attack")
        assert unarmed_victim(trig, onto) is want, text


@pytest.mark.parametrize("text, want", [
    ("Two students were abducted and murdered by a death squad.", [2.0]),
    ("Three engineers were kidnapped on Monday and later killed by the rebels.", [3.0]),
    ("Five farmers were tortured and executed by soldiers.", [5.0]),
])
def test_victims_of_a_deed_that_ends_in_their_killing_count_as_dead(ann, text, want):  # noqa: F811
    assert deaths(ann, text) == want


@pytest.mark.parametrize("text", [
    "Four farmers were arrested and released on Monday.",
    "Two journalists were kidnapped and freed a week later.",
])
def test_victims_of_a_deed_that_does_not_kill_them_are_not_dead(ann, text):  # noqa: F811
    assert deaths(ann, text) == []


def test_others_killed_in_a_clause_of_their_own_are_counted_apart(ann):  # noqa: F811
    assert deaths(ann, "Two soldiers were wounded and one was killed in the hills.") == [1.0]
