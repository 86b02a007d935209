"""A deed on a road named by the two towns it joins is placed at neither end, unless the next sentence sets it a
distance from one of them ("The truck was stopped about 15 kilometres from Carrow"): then it is near that town
(issue 14, branch places36; seen in tests/data/terror_reports3 v13, left unplaced). A distance's unit may hang on
the preposition itself ("stopped about 15 kilometres from X", events/distance_ref.py). Sentences written for these
tests; the towns are invented."""
from __future__ import annotations

import datetime as dt

from events_helpers import Builder

from sitrep.events.distance_ref import distance_reference
from sitrep.nlp.models import load_pipeline

D = dt.date

_ROAD = "Gunmen ambushed a truck on the Carrow-Hollin road on Tuesday, killing two drivers, police said.\n\n"


def _ambush(evs):
    hits = [e for e in evs if e.trigger.text == "ambushed"]
    assert len(hits) == 1, [(e.trigger.text, e.sub_event_type) for e in evs]
    return hits[0]


def _builder(text: str) -> Builder:
    b = Builder(text).place("Carrow", 12.0, 30.0).place("Hollin", 12.5, 30.5).place("Carrow", 12.0, 30.0, nth=1)
    return b.time("Tuesday", D(2024, 3, 12))


def test_a_distance_from_a_road_end_in_the_next_sentence_places_the_deed_there():
    text = _ROAD + "The truck was stopped about 15 kilometres from Carrow by armed men who then fled into the bush."
    e = _ambush(_builder(text).run())
    assert e.place is not None and e.place.name == "Carrow"


def test_a_road_end_named_again_without_a_distance_still_places_nothing():
    text = _ROAD + "Carrow has seen several such attacks this year, and traders say they fear the road."
    e = _ambush(_builder(text).run())
    assert e.place is None or e.place.name != "Carrow"


def test_a_unit_on_the_preposition_or_beside_it_makes_a_distance_reference():
    for text in ("The convoy was stopped about 30 km from Carrow by gunmen.",
                 "The bus was stopped about 20 kilometres from Vila Carrow da Praia by a group of armed men who "
                 "ordered the passengers out."):
        doc = load_pipeline()(text)
        i = max(t.i for t in doc if t.text in ("Carrow", "Praia"))
        assert doc[i].head.lower_ == "from"
        assert distance_reference(doc, [i]), text
