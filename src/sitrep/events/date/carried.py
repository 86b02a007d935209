"""Decides that a dateless sentence takes the day of the event told just before it (:func:`carried_time`): a
strike and its toll over two sentences (``CARRY_TYPES``, ``CARRY_CHARS``), an incident told over several
(``INCIDENT_TYPES``, ``INCIDENT_CHARS``; MUC-4 single-incident reports), unless the sentence opens on another time
(:func:`shifts_away`, also read by events/merge_dates, events/demonstration_day, events/protest_fold) or the report
tells more than one day (:func:`one_incident_day`). Tests: tests/test_dates22.py, tests/test_dates16.py.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.events.ontology import TypeDef
from sitrep.model import EventMention, TimeExpr, VIOLENT_EVENT_TYPES


CARRY_TYPES = ("Explosions/Remote violence",)  # a strike and its toll told over two sentences; "fighting" is too vague to carry


CARRY_CHARS = 300  # how far back a dateless sentence looks for the date of the same event type


# an incident told over several sentences ("A man was shot dead late Sunday. The gunmen also wounded his
# brother."): a dateless act of violence takes the day of the incident told just before (MUC-4 single-incident
# reports: the first event's interval holds the incident's date in 77 % of reports against 76 % with civilians only)
INCIDENT_TYPES = ("Violence against civilians", "Battles", "Explosions/Remote violence")


INCIDENT_CHARS = 400


def carried_time(tdef: TypeDef, sent, prev: list[EventMention], verb: bool = True) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """A dateless sentence that goes on about the event just told takes its day: the nearest earlier
    event of the same type, a few sentences back, with a resolved day or week; an act of violence told
    by a verb ("the gunmen also wounded two passengers") takes the day of the one incident the report
    tells (a noun restating it, "the attack showed...", is left to the modality's background test)."""
    for ev in reversed(prev):
        if sent.start_char - ev.sentence.end > max(CARRY_CHARS, INCIDENT_CHARS):
            break
        if ev.sentence.start >= sent.start_char:
            continue
        if ev.time is None or ev.time.start is None or ev.time.precision not in ("day", "week") or ev.modality != "asserted":
            continue
        same = ev.event_type == tdef.event_type and ev.sub_event_type == tdef.sub_event_type
        if ev.event_type in CARRY_TYPES and same and sent.start_char - ev.sentence.end <= CARRY_CHARS:
            return ev.time
        if verb and tdef.event_type in INCIDENT_TYPES and ev.event_type in VIOLENT_EVENT_TYPES \
                and sent.start_char - ev.sentence.end <= INCIDENT_CHARS and one_incident_day(prev) \
                and not _SHIFT.match(sent.text):
            return ev.time  # the day of the one incident the report is telling
    return None


# a sentence that opens on another time or another incident does not go on with the one just told
_SHIFT = re.compile(r"\W*(?:earlier|later(?!\s+(?:in\s+the|that)\s+(?:morning|afternoon|evening|night|day)\b)|meanwhile|previously|separately|elsewhere|in\s+(?:another|a\s+separate)|"
                    r"last\s+\w+|since|before|after)\b", re.I)


def shifts_away(sentence: str) -> bool:
    """The sentence opens on another time or another incident ("Earlier, ...", "Separately, ..."); "Later in the
    afternoon" goes on with the same day."""
    return bool(_SHIFT.match(sentence))


def one_incident_day(prev: list[EventMention]) -> bool:
    """The violent events told so far name one day at most (a report of one incident, not a round-up)."""
    days = {ev.time.start for ev in prev if ev.event_type in VIOLENT_EVENT_TYPES and ev.modality == "asserted"
            and ev.time is not None and ev.time.start is not None}
    return len(days) <= 1
