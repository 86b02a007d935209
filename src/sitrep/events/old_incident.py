"""A dated deed that ended more than two months before its report is the report's background, not its news.

An analyst reads a report for what happened in its time. A trial report retells its crime ("the stabbings in March
last year", "the bombing of 14 June 2022"), an anniversary its massacre ("a year after the massacre of 3 October"),
a minister's visit the bombing that wrecked a station ("the November 2024 suicide bombing"), an appeal for witnesses
its spring shooting ("The shooting happened on 04/09/2026"): those incidents were news when they happened, and a
record made of them again, dated months or years back, would count one incident twice. So, whatever the precision
of its date (a day, a month, a year) and whether or not the report tells a fresh incident beside it, an asserted
mention whose own date ends more than :data:`~sitrep.events.date.RECENT_DAYS` days before the report's date is
background: it keeps its date (``--all-modalities`` of the benches scores it), and it is no event of the report's
time. A report with no date of its own, and a deed with no date of its own (one dated only by its report), are left
alone; so is a deed "earlier this year" or "since March" whose time runs into the report's last two months.

An old incident told again without a date (:func:`date_old_retellings`, branch dates24): "... reopened after repairs to damage from a suicide bombing two years
ago. The minister walked along the platform where the attacker blew himself up, killing more than two dozen
people"; "... to families of people killed in the 2019 Easter Sunday bombings. Suicide bombers struck three churches".

A report that tells no fresh act of violence (none dated within :data:`~sitrep.events.date.RECENT_DAYS` days of it)
but names an incident dated months or years back, and then tells acts of violence with no date of their own, is
retelling that incident: each such act takes the date of the old incident told nearest before it (and is then
background by :func:`mark_old_incidents`), instead of the one day the report tells for its news (a visit, a payment).
Left alone: a report with an act of violence dated in its own time, or with an undated act told in or before the
sentence that first names the old incident ("A year after the 2019 massacre, gunmen killed five villagers").

(:func:`incident_date.mark_older_incidents` makes coarser and older deeds background beside a fresh incident even
when they are recent; :mod:`whole_year` does so for a whole past year.)
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from sitrep.events.date import RECENT_DAYS
from sitrep.events.incident_date import WHOLE_YEARS
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention

__all__ = ["date_old_retellings", "mark_old_incidents"]


def mark_old_incidents(mentions: list[EventMention], published: Optional[_dt.date]) -> None:
    """In place: see the module docstring."""
    if published is None:
        return
    for m in mentions:
        if m.modality == "asserted" and m.event_type != "Political" and m.time is not None \
                and m.date_precision != "reported" and m.date_end is not None \
                and (published - m.date_end).days > RECENT_DAYS:
            m.modality = "background"


def _old(m: EventMention, published: _dt.date) -> bool:
    """Dated more than two months back, or to a whole year already over ("killed 611 people in 2024" in a report
    of January 2025, "rose sharply last year": :mod:`whole_year`'s past, however near its last day)."""
    if m.modality == "denied" or m.time is None or m.date_precision == "reported" or m.date_end is None:
        return False
    return (published - m.date_end).days > RECENT_DAYS or (
        m.date_precision in WHOLE_YEARS and m.date_end.year < published.year)


def _retold_harm(m: EventMention) -> bool:
    """A violent deed, looting or burning ("Convoys were shot at, warehouses looted and clinics bombed"), or a
    development told with a toll of its own ("Thousands of people were killed in the siege", "The siege ... killed
    more than 11,000 people"): the harm of the incident retold."""
    return m.event_type in VIOLENT_EVENT_TYPES or (m.event_type == "Strategic developments" and (
        m.fatalities is not None or m.sub_event_type == "Looting/property destruction"))


_SURVIVED = re.compile(r"\b(?:survived|lived\s+through|escaped)\s+(?:(?:an?|the|that)\s+)?(?:\w+\s+)?$", re.I)


def _survived_deed(m: EventMention) -> bool:
    """The mention's trigger is what someone survived: "who survived an attack", "had lived through the siege"."""
    if m.trigger is None or m.sentence is None:
        return False
    return _SURVIVED.search(m.sentence.text[:max(0, m.trigger.start - m.sentence.start)]) is not None


def date_old_retellings(mentions: list[EventMention], published: Optional[_dt.date]) -> None:
    """In place: see the module docstring."""
    if published is None:
        return
    violent = [m for m in mentions if m.event_type in VIOLENT_EVENT_TYPES and m.sentence is not None]
    old = [m for m in violent if _old(m, published)]
    if not old:
        return
    asserted = [m for m in violent if m.modality == "asserted" and not _old(m, published)]
    if any(m.date_precision != "reported" for m in asserted):
        return  # a fresh act dated in the report's own time (or a recent one)
    asserted += [m for m in mentions if m.event_type == "Strategic developments" and _retold_harm(m)
                 and m.sentence is not None and m.modality == "asserted" and not _old(m, published)]
    first = min(o.sentence.start for o in old)
    if any(m.sentence.start <= first for m in asserted):
        return
    # (an old deed told as what a person survived -- "Navarro, who in 1985 survived an attack" -- is that person's
    # past, no incident the report retells: it lends its date to no later deed)
    lenders = [o for o in old if not _survived_deed(o)]
    for m in asserted:
        before = [o for o in lenders if o.sentence.start < m.sentence.start]
        if not before:
            continue
        src = max(before, key=lambda o: o.sentence.start)
        m.time, m.date_start, m.date_end, m.date_precision = src.time, src.date_start, src.date_end, src.date_precision
