"""Actors named right (issue 16, branch actors5), on sentences written for these tests with made-up villages:
a state force's unit ("the Philippine Army's 72nd Infantry Battalion") is that force (nlp/actors._unit_owner); the
country a report names only as where someone came from ("broke away from France") is not where it is set
(nlp/actors.country_focus); who died in a first clause is not the doer of a verb the parser hung on "died" as its
conjunct (events/participants.subject_of)."""
from __future__ import annotations

import pytest
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)


@pytest.mark.parametrize("text", [
    "Troops of the Philippine Army's 72nd Infantry Battalion killed two rebels in a clash near Dalaguin in Negros "
    "Occidental on Sunday.",
    "Two rebels were killed by the Philippine Army's 72nd Infantry Battalion near Dalaguin in Negros Occidental on "
    "Sunday.",
])
def test_a_state_forces_unit_is_that_force(ann, text):  # type: ignore[no-untyped-def]
    assert {e.actor1.name for e in violent(ann, text) if e.actor1} == {"Military Forces of Philippines"}


def test_a_unit_of_a_body_that_is_no_state_force_keeps_its_own_name(ann):  # type: ignore[no-untyped-def]
    evs = violent(ann, "Two rebels were killed by the Ruritania Youth Union's 3rd Brigade near Dalaguin in Negros "
                       "Occidental on Sunday.")
    assert all(e.actor1 is None or "Military Forces" not in e.actor1.name for e in evs)


def test_a_country_named_as_where_one_came_from_is_not_the_setting(ann):  # type: ignore[no-untyped-def]
    evs = violent(ann, "Six Malian soldiers were killed on Friday when militants stormed an army post at Dembara in "
                       "the central Mopti region, the army general staff said. Mali's ruling generals broke away "
                       "from France in 2022 and turned to Russian mercenaries.")
    names = {e.actor1.name for e in evs if e.actor1}
    assert "Islamist Militants (Mali)" in names and not any("France" in n for n in names)


def test_who_died_is_not_the_doer_of_the_conjunct_verb(ann):  # type: ignore[no-untyped-def]
    evs = violent(ann, "Three soldiers died and five were hurt when explosives dropped from drones hit an army "
                       "outpost near Tarvisca, in Colombia's Arauca department, on Friday night, the army said.")
    assert all(e.actor1 is None for e in evs)


def test_a_doer_still_carries_over_to_its_conjunct(ann):  # type: ignore[no-untyped-def]
    evs = violent(ann, "The gunmen stormed the hotel and killed six guests near Lamu in Kenya on Monday.")
    assert all(e.actor1 is not None and e.actor1.name == "Unidentified Armed Group (Kenya)" for e in evs)
