"""A round-up paragraph's place heading places the events of its paragraph (events/heading_place.py; sentences
written for these tests, the people and groups made up, the towns real)."""
from __future__ import annotations

import datetime as dt



def _places(ann, text):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate(text, DocContext("t1", published=dt.date(2024, 5, 9)))
    return [(e.sub_event_type, e.place.name if e.place else None) for e in an.events if e.modality == "asserted"]


ROUNDUP = ("What happened overnight in the east:\n\n"
           "Gulu: Fighters of the Kony Vale Brigade shelled a school in the town on Wednesday, killing three pupils, "
           "the head teacher Ama Lorwen said.\n\n"
           "Lira: An army air strike hit the cattle market on Wednesday morning, killing at least four traders, a "
           "local monitor said.\n\n"
           "Soroti: Drones of the Kony Vale Brigade struck a fuel depot overnight, cutting power across Soroti District. "
           "No one was hurt.\n")


def test_each_heading_places_its_paragraphs_event(ann):
    places = dict((p, s) for s, p in _places(ann, ROUNDUP))
    assert places.get("Lira") == "Air/drone strike"
    assert places.get("Soroti") == "Air/drone strike"

