"""Weapons seized by nobody named, after an arrest or a fight, are that operation's spoils (issue 16).

Reports of an operation end with what was found on the men it killed or caught: "Weapons, ammunition and
communication equipment were recovered", "several rifles and a gun truck were recovered", "arrested three suspected
gunmen ... and seized four rifles", "An IED, two pistols and grenades were recovered from the vehicle". The clause
reading makes the seizure a disrupted weapons use (ontology: sd.disrupted); ACLED codes it as an event of its own
only without a wider engagement, and a seizure made in an arrest is coded as the arrest.
``merge_side_deeds.fold_side_deeds`` already folds a seizure whose doer is the attack's own; one with no doer told (the
passive "were recovered") stays an event of its own there, since a drone shot down or a bomb defused by nobody named
keeps an attack from happening.

:func:`fold_spoils` folds an asserted disrupted weapons use whose trigger is a verb of taking or finding (recover,
seize, capture, confiscate, find; not "intercepted", "defused", "shot down") and whose doer is untold, or the host's
own, into:
- an asserted arrest told in the same sentence or a sentence before it, within a paragraph;
- an asserted violent event (no territorial one) told in a sentence before it, within a paragraph;
- an asserted disrupted weapons use not itself a taking ("defused a car packed with explosives") told in a sentence
  before it, within a paragraph;
at a compatible place and date (``merge_places.places_compatible``, ``merge_dates.dates_compatible``), not marked as another
incident (``merge_guards.told_separate``: "Separately, police recovered ..."). With no such host ("Police recovered an IED
from a roadside") it stays an event of its own.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.model import VIOLENT_EVENT_TYPES, EventMention

__all__ = ["fold_spoils", "host_before", "join_told"]

_DISRUPTED = "Disrupted weapons use"
_ARRESTS = "Arrests"
# verbs of taking or finding (data/event_sense_cues.tsv, inventory_verbs, the seizing ones), as written
_TAKING = re.compile(r"^(?:recover|seiz|captur|confiscat|found|find)", re.I)


def _taken(m: EventMention) -> bool:
    return m.sub_event_type == _DISRUPTED and m.modality == "asserted" and m.trigger is not None \
        and bool(_TAKING.match(m.trigger.text))


def _host(m: EventMention, hosts: list[EventMention]) -> Optional[EventMention]:
    if not _taken(m):
        return None
    # ("stormed the post and seized weapons": CASE codes both, merge_side_deeds.fold_side_deeds)
    return host_before(m, hosts, lambda k: k.sub_event_type == _ARRESTS)


def host_before(m: EventMention, hosts: list[EventMention], same_sentence_ok) -> Optional[EventMention]:  # type: ignore[no-untyped-def]
    """The last of ``hosts`` told in a sentence before ``m`` (or in its sentence, where ``same_sentence_ok(host)``),
    within a paragraph, at a compatible place and date, whose doer is ``m``'s or ``m`` names none; None when ``m`` is
    marked as another incident ("Separately, ...")."""
    from sitrep.events.merge_dates import NEAR_CHARS, dates_compatible
    from sitrep.events.merge_guards import told_separate
    from sitrep.events.merge_places import places_compatible

    if told_separate(m):
        return None
    for k in reversed(hosts):
        if k is m:
            continue
        same = k.sentence.start == m.sentence.start
        if same and not same_sentence_ok(k):
            continue
        if k.sentence.start > m.sentence.start:
            continue
        if not same and m.sentence.start - max([k.sentence.end, *(e.end for e in k.evidence)]) > NEAR_CHARS:
            continue
        if m.actor1 is not None and not m.actor1.entity_id.startswith("x:") and (
                k.actor1 is None or k.actor1.entity_id != m.actor1.entity_id):
            continue
        if places_compatible(k, m) and dates_compatible(k, m):
            return k
    return None


def _kept_from_use(k: EventMention) -> bool:
    """A weapon defused, intercepted or shot down, told before what was found in it: "defused a car packed with
    explosives ... found explosives hidden under its seats" is one disrupted weapons use (branch subtypes18,
    mixed_reports12 e19)."""
    return k.sub_event_type == _DISRUPTED and not _taken(k) and k.trigger is not None


def join_told(host: EventMention, m: EventMention) -> None:
    """The seizure's sentences become the host's evidence (a telling of the same operation)."""
    for told in (m.sentence, *m.evidence):
        if told != host.sentence and told not in host.evidence:
            host.evidence.append(told)


def fold_spoils(mentions: list[EventMention]) -> list[EventMention]:
    """The mentions with the seizures of an operation folded into it (module docstring); order kept."""
    from sitrep.events.merge_types import TERRITORIAL

    hosts = [k for k in mentions if k.modality == "asserted" and (
        k.sub_event_type == _ARRESTS or _kept_from_use(k)
        or (k.event_type in VIOLENT_EVENT_TYPES and k.sub_event_type not in TERRITORIAL))]
    kept = []
    for m in mentions:
        host = _host(m, hosts) if hosts else None
        if host is not None:
            join_told(host, m)
        else:
            kept.append(m)
    return kept
