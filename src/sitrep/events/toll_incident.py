"""The one incident a report tells and how far from it its toll may be told: the one asserted violent incident (or
accident) and its deeds (:func:`_the_incident`), the deeds of one day or of one kind read as one incident
(:func:`_one_day_incident`, :func:`_one_kind_undated`, ``ONE_KIND_DAYS``), a count at most ``ORPHAN_SENTENCES``
sentences after the incident's last mention and dated at most ``ORPHAN_PAST_DAYS`` before it.
"""
from __future__ import annotations

from typing import Optional

from sitrep.model import VIOLENT_EVENT_TYPES, EventMention


ORPHAN_SENTENCES = 3  # a count this many sentences after the incident's last mention may still be its toll
ORPHAN_PAST_DAYS = 7  # a count dated this many days before the incident is another, older one


def _the_incident(events: list[EventMention]) -> tuple[Optional[EventMention], list[EventMention], bool]:
    """The one asserted violent incident a report tells (or None), its deeds, and whether it is ordinary crime; in a
    report of no deed, its one asserted accident.

    One asserted violent deed of political violence; else, in a report of ordinary crime (a domestic killing), its
    one deed, or several deeds all of one day (a local crime report: "the man fired at deputies ... One deputy was
    struck"), one incident, as for the hurt (a war's round-up of many deeds, none dated, is not one)."""
    violent = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted" and not e.outside]
    if violent:
        return (violent[0] if len(violent) == 1 else None), violent, False
    violent = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"
               and e.outside == "crime"]
    if violent:
        return _one_day_incident(violent), violent, True
    # a report of one accident and no deed ("A bus ... rolled down an embankment ... Eleven passengers died at the
    # scene"): the accident, as the incident whose dead a later sentence counts
    accidents = [e for e in events if e.outside == "man_made_disaster" and e.modality == "asserted"]
    return (accidents[0] if len(accidents) == 1 else None), accidents, False


def _one_day_incident(violent: list[EventMention]) -> Optional[EventMention]:
    """The incident a report's asserted violent events tell: the only one; or, when all of them are of one day ("armed
    bandits abducted 40 ... went from house to house shooting residents", all on Friday), the deed that carries the
    largest count of dead (the first of those), as one incident told in several deeds. None otherwise (no event,
    or events of different or unknown days: which incident the hurt belong to is not said)."""
    if len(violent) == 1:
        return violent[0]
    days = {e.date_start for e in violent}
    if not violent or (len(days) != 1 or None in days) and not _one_kind_undated(violent):
        return None
    return max(violent, key=lambda e: (e.fatalities.low if e.fatalities is not None and e.fatalities.low is not None
                                       else -1.0, -e.sentence.start))


ONE_KIND_DAYS = 2  # deeds of one kind told this many days apart at most may be one incident's words


def _one_kind_undated(violent: list[EventMention]) -> bool:
    """The deeds are all of one kind (sub-type and domain) and dated within :data:`ONE_KIND_DAYS` of each other or
    not at all: one incident told by several words ("a gas explosion at a grocery store ... The blast on Saturday
    afternoon killed three", "a roadside bomb hit a passenger bus ... militants who had planted the device
    overnight")."""
    known = sorted(e.date_start for e in violent if e.date_start is not None)
    return (not known or (known[-1] - known[0]).days <= ONE_KIND_DAYS) and len(
        {(e.sub_event_type, e.outside) for e in violent}) == 1
