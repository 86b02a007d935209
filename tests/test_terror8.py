"""Doers named by a blame after the incident's other deeds (issue 16, branch terror8). Sentences written for these
tests; the places' incidents, the officials and the Red Lantern Front are made up."""
from __future__ import annotations

import datetime as dt

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _doers(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 3, 6)))
    evs = [e for e in an.events if e.modality == "asserted" and e.event_type in VIOLENT_EVENT_TYPES]
    assert evs, (text, [(e.trigger.text if e.trigger else None, e.event_type) for e in an.events])
    return [e.actor1.name if e.actor1 is not None else "" for e in evs]


def test_bare_blame_after_the_wounded_names_the_killers(ann):  # type: ignore[no-untyped-def]
    # events/accusation.credit_accusations: a bare blame whose sentence before tells only the wounded names the
    # doer of the whole incident (the killing told first), not only of its last deed
    text = ("Gunmen killed nine worshippers at a mosque in Konduga on Tuesday, a local official said. Four others "
            "were injured. The official, Musa Dangana, blamed Boko Haram fighters, who he said had threatened the "
            "village for weeks.")
    doers = _doers(ann, text)
    assert doers and all("Boko Haram" in d for d in doers), doers
