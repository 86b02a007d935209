"""A bare retelling of a deed is the same incident, a deed used as a landmark is background, and a deed a plan or a
decision aims at is not told done (main, after the 2026-12-03 fifth round's merges). Sentences written for these
tests; the towns are made up."""
from __future__ import annotations

import datetime as dt

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2025, 6, 4)


def _violent(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=PUB))
    return [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]


def test_a_bare_retelling_far_below_is_the_same_incident(ann):  # type: ignore[no-untyped-def]
    text = ("A bomb planted by unknown men exploded at the bus depot in Tarvel early on Tuesday, destroying two buses. "
            "The depot is the largest in the province and serves routes to the coast and to the northern hills, "
            "where most of the region's farms and three of its four hospitals are found. Its owners said the damage "
            "would take months to repair and that the drivers had been sent home until further notice. "
            "The regional council met on Wednesday to discuss the cost of new buses, which it put at several million, "
            "and agreed to lease vehicles from a private firm in the meantime. Schools in the area stayed open. "
            "Traders at the market next to the depot said they had lost most of a week's business. "
            "Witnesses said an explosion shook the depot.")
    bombs = [e for e in _violent(ann, text) if e.modality == "asserted"]
    assert len(bombs) == 1


def test_another_bombing_with_its_own_victims_stays_apart(ann):  # type: ignore[no-untyped-def]
    text = ("A bomb exploded at the bus depot in Tarvel early on Tuesday, destroying two buses. "
            "Later that day, another bomb killed three soldiers at a checkpoint in Morvek.")
    assert len([e for e in _violent(ann, text) if e.modality == "asserted"]) == 2


def test_a_deed_told_as_a_landmark_is_background(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "The van was parked seven blocks from where the mayor of Tarvel was killed last month.")
    assert evs and all(e.modality == "background" for e in evs)


def test_a_deed_a_plot_aims_at_is_planned(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "The commander was blamed for the decision to carry out bombings against villages near Dolvan.")
    assert evs and all(e.modality == "planned" for e in evs)


def test_a_deed_done_stays_asserted(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "The army carried out bombings against villages near Dolvan on Monday.")
    assert evs and evs[0].modality == "asserted"
