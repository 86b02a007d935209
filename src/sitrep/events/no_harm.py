"""A sentence that says nobody was harmed gives the deed told just before it a toll of zero (issue 16, tolls).

"Drones struck the power station overnight. There were no reports of casualties.", "... and two fell in open areas;
there were no injuries.", "Three mortar shells landed near the airport. There were no casualties.", "The rocket hit
a warehouse. No one was hurt.": the figure reader finds no number there, so the strike kept no toll at all, where
ACLED records 0 fatalities. When nobody was even hurt, nobody was killed. "Four soldiers were treated in hospital;
none died" says it too. A riot, a protest, a looting or a disrupted weapons use ("Gang members looted shops ... No deaths were reported",
"Police defused the bomb ... Nobody was hurt") takes the statement when no violent event is told there (ACLED's 0 is
theirs as well).

:func:`zero_tolls` gives such a statement (the patterns below; a statement limited to one side, "no casualties among
our troops", "on the friendly side", says nothing of the other's dead and is left out) to the one asserted violent
event within ACLED told in the same sentence before it or in one of the two sentences before it within its paragraph,
when that event has no toll of its own; where the paragraph tells none, the two sentences before it across the
paragraph's start (a lead, then a paragraph of how it went). Where two such events are told there, whose the statement is is not said, and
both stay blank (blank beats wrong).
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.model import VIOLENT_EVENT_TYPES, EventMention, Figure, Span

__all__ = ["zero_tolls"]

_HARM_NOUNS = r"(?:casualties|injuries|deaths|fatalities|victims|injured|dead)"
_HARM_VERBS = r"(?:hurt|injured|killed|wounded|harmed)"
_NO_HARM = re.compile(
    rf"\b(?:there\s+(?:were|was|have\s+been|had\s+been)\s+no\s+(?:immediate\s+)?(?:reports?\s+of\s+)?(?:any\s+)?{_HARM_NOUNS}"
    rf"|no\s+(?:immediate\s+)?(?:reports?\s+of\s+)?{_HARM_NOUNS}\s+(?:were|was|have\s+been|had\s+been)\s+(?:reported|recorded|caused)"
    rf"|(?:causing|leaving|with|without\s+causing|without)\s+(?:no|any)\s+{_HARM_NOUNS}"
    rf"|(?:nobody|no\s+one|no-one|none(?:\s+of\s+them)?)\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?{_HARM_VERBS}"
    rf"|(?:nobody|no\s+one|no-one|none(?:\s+of\s+them)?)\s+(?:died|has\s+died|had\s+died))\b",
    re.IGNORECASE,
)
# the statement limited to one side: "no casualties among our troops", "on the friendly side", "among the soldiers"
_ONE_SIDE = re.compile(r"\s*(?:among|on\s+(?:our|the\s+\w+|their|its)\s+side|in\s+(?:our|the)\s+ranks|on\s+our\s+side|to\s+(?:our|the)\s+)",
                       re.IGNORECASE)


def _sentence_index(starts: list[int], pos: int) -> int:
    k = 0
    for i, s in enumerate(starts):
        if s <= pos:
            k = i
    return k


def _told_at(e: EventMention) -> list[int]:
    spans = [e.sentence, *e.evidence] + ([e.trigger] if e.trigger is not None else [])
    return [s.start for s in spans if s is not None and s.article_id == e.article_id] if spans else []


def _told_between(events: list[EventMention], lo: int, hi: int) -> list[EventMention]:
    """The violent events told between ``lo`` and ``hi``; where there is none, the riots, protests and lootings."""
    told = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES and not e.outside
            and any(lo <= p < hi for p in _told_at(e))]
    if not told:  # no violent event told there: a riot, a protest or a looting (ACLED's 0 for them too)
        told = [e for e in events if _harm_bearing(e) and not e.outside and any(lo <= p < hi for p in _told_at(e))]
    return told


def _harm_bearing(e: EventMention) -> bool:
    """An event outside the violent types whose report may tell its harm: a riot, a protest, a looting."""
    return e.event_type in _HARM_BEARING_TYPES or e.sub_event_type in _HARM_BEARING_SUBTYPES


_HARM_BEARING_TYPES = frozenset({"Riots", "Protests"})
# a looting, and a weapon kept from use ("Police defused the bomb ... Nobody was hurt": ACLED's 0 for it; branch
# subtypes18, mixed_reports12 e19, e20)
_HARM_BEARING_SUBTYPES = frozenset({"Looting/property destruction", "Disrupted weapons use"})


def zero_tolls(events: list[EventMention], sentence_starts: list[int], text: str) -> None:
    """Sets a zero toll on the event each no-harm statement of ``text`` follows (see the module docstring)."""
    if not events or not sentence_starts:
        return
    for m in _NO_HARM.finditer(text):
        if _ONE_SIDE.match(text, m.end()):
            continue
        k = _sentence_index(sentence_starts, m.start())
        first = max(0, k - 2)
        while first < k and "\n\n" in text[sentence_starts[first]:m.start()]:
            first += 1  # within the statement's paragraph
        told = _told_between(events, sentence_starts[first], m.start())
        if not told and first > max(0, k - 2):
            # the paragraph tells only how the deed went ("Drones released the munitions over trenches. Four
            # soldiers were treated in hospital; none died."): the deed of the lead just before it
            told = _told_between(events, sentence_starts[max(0, k - 2)], m.start())
        if len(told) != 1:
            continue
        e = told[0]
        if e.modality != "asserted" or e.fatalities is not None:
            continue
        e.fatalities = Figure(id=f"{e.article_id}:noharm{m.start()}",
                              span=Span(e.article_id, m.start(), m.end(), m.group(0)),
                              what="killed", low=0.0, high=0.0, unit="people")
