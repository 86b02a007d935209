"""What is known of a text's spans before any gazetteer lookup, from the parser's entities and the actor dictionary:

- which spans are blocked outright (:func:`blocked_spans`): an organisation's phrase of data/geo_not_places.tsv
  ("Free Syrian Army"), a car maker's model ("Toyota Land Cruiser", geo/vehicles.py), a US route's number ("U.S.
  82", geo/route_numbers.py): no piece of them names a place;
- which entity label a span carries (:func:`entity_evidence`): the parser's label of any entity, else the actors
  annotator's GPE or LOC mention; a place label counts as evidence later, and lets a variant spelling be searched;
- which spans are someone's or some body's name: the parser's multi-word entities of a blocking label (a person,
  an organisation, a work, an event, a product, a law) and the actor dictionary's persons and organisations, inside
  which a place's name stands only with more evidence; and the organisations the dictionary knows by name
  ("Taliban"), which a hamlet of the same name does not outweigh.

The labels are hints only (Aleppo comes out NORP, Saraqeb ORG): they weigh, they decide nothing alone."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sitrep.geo.route_numbers import route_spans
from sitrep.geo.vehicles import vehicle_spans

PLACE_LABELS = {"GPE", "LOC", "FAC"}
BLOCKING_LABELS = {"PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"}


@dataclass
class EntityEvidence:
    """The entity labels of a text's spans and the names of persons and organisations in it (character spans)."""

    labels: dict[tuple[int, int], str] = field(default_factory=dict)  # (start, end) -> entity label
    person_spans: list[tuple[int, int]] = field(default_factory=list)  # persons', organisations'... names
    known_orgs: set[tuple[int, int]] = field(default_factory=set)  # organisations the actor dictionary knows


def entity_evidence(ents: Any, analysis: Any) -> EntityEvidence:
    """The labels and names of ``ents`` (the parser's entities) and of ``analysis.entities`` (the actors
    annotator's mentions, if any): the parser's label wins where both label a span."""
    ev = EntityEvidence()
    for e in ents:
        ev.labels[(e.start_char, e.end_char)] = e.label_
        if e.label_ in BLOCKING_LABELS and len(e) >= 2:
            ev.person_spans.append((e.start_char, e.end_char))
    for m in getattr(analysis, "entities", None) or []:
        if m.kind in ("GPE", "LOC"):
            ev.labels.setdefault((m.span.start, m.span.end), m.kind)
        elif m.kind in ("PERSON", "ORG") and m.entity_id and (m.span.end - m.span.start) > 0:
            ev.person_spans.append((m.span.start, m.span.end))
            if m.kind == "ORG" and not m.entity_id.startswith("unk:"):
                ev.known_orgs.add((m.span.start, m.span.end))
    return ev


def blocked_spans(text: str, org_pat: re.Pattern) -> list[tuple[int, int]]:
    """The character spans of ``text`` no place's name is read in: the organisation phrases ``org_pat`` finds, car
    makers' models and US routes' numbers."""
    return [(m.start(), m.end()) for m in org_pat.finditer(text)] + vehicle_spans(text) + route_spans(text)
