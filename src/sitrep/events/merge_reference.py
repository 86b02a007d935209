"""An incident a report tells only by reference (events/merge.py): :func:`sole_reference` /
:func:`assert_sole_reference` (a report with no act of violence of its own that names one incident with its
victims reports it: asserted), and :func:`named_before` / :func:`take_reference` (a definite restatement, "the
death toll from the X attack stood at 52", takes the type, day and place of the earlier background reference
that named it, :func:`definite_restatement`).

Evidence: MUC-4 ("after the killing of a mayoral candidate"; a reference dated more than two months back,
``REFERENCE_PAST_DAYS``, tells an old incident) and the war sets (Kramatorsk)."""
from __future__ import annotations

from typing import Optional

from sitrep.events.merge_places import places_compatible, weak_place
from sitrep.events.merge_pointers import points_back
from sitrep.events.merge_tellings import same_actor, same_phrase
from sitrep.events.merge_types import generic
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention


REFERENCE_PAST_DAYS = 62  # a reference dated further back than this tells an old incident (MUC-4's "recent": two months)


def sole_reference(mentions: list[EventMention], published=None) -> Optional[EventMention]:  # type: ignore[no-untyped-def]
    """A report that tells no act of violence as news of its own but names one incident by reference, with its
    victims ("after the killing of a mayoral candidate", "the judge's murder was in vain", "the murder of
    five monks") reports that incident: the report presupposes it happened. The first such reference (a singular
    event noun, with a count or named victims, not dated more than two months before the report) is returned; a
    series, a war's toll, a reference with no victims ("after the strike") or a report with an asserted act of
    violence of its own gives None."""
    if any(m.event_type in VIOLENT_EVENT_TYPES and m.modality == "asserted" and not m.outside for m in mentions):
        return None
    for m in mentions:
        if m.event_type not in VIOLENT_EVENT_TYPES or m.modality != "background" or m.outside or m.fatalities is None \
                or m.trigger is None or m.trigger.text.lower().endswith(("s", "ed")) or not m.trigger.text[:1].isalpha():
            continue
        if published is not None and m.date_start is not None and m.date_precision != "reported" \
                and (published - (m.date_end or m.date_start)).days > REFERENCE_PAST_DAYS:
            continue
        if (m.fatalities.low or 0) >= 100:
            continue  # "a war that has left thousands dead": a whole conflict's toll
        return m
    return None


def assert_sole_reference(mentions: list[EventMention], published=None) -> None:  # type: ignore[no-untyped-def]
    """The incident a report tells only by reference (:func:`sole_reference`) is the report's incident: asserted,
    so that its toll and date are the report's (they were left on a background mention before)."""
    m = sole_reference(mentions, published)
    if m is not None:
        m.modality = "asserted"


def definite_restatement(m: EventMention) -> bool:
    """ "The death toll from the Kramatorsk attack rose ...": a singular event noun with "the" (or a possessive),
    no weapon named, dated only by its report: a pointer to an incident, not a new one."""
    if m.trigger is None or m.date_precision != "reported" or not generic(m) or m.modality != "asserted" \
            or m.event_type not in VIOLENT_EVENT_TYPES or m.outside or m.trigger.text.lower().endswith("s"):
        return False
    return points_back(m)


def named_before(m: EventMention, refs: list[EventMention]) -> Optional[EventMention]:
    """The incident a definite restatement points back to, when the article named it before only by reference
    ("two days after the missile strike on the station in X" ... "the death toll from the X attack stood at 52"):
    the last earlier background mention, in another sentence, with a weapon and a day of its own, at a
    compatible place and with no clashing actor. Asked only for a mention that restates no incident the article
    tells as news (those are joined first); None when there is no such reference."""
    if not definite_restatement(m):
        return None
    for k in reversed(refs):
        if k.sentence.start >= m.sentence.start or k.event_type not in VIOLENT_EVENT_TYPES or k.outside \
                or generic(k) or k.date_precision != "day" or k.trigger is None or k.trigger.text.lower().endswith("s"):
            continue
        if places_compatible(k, m) and same_actor(k.actor1, m.actor1) and same_actor(k.actor2, m.actor2):
            return k
    return None


def take_reference(m: EventMention, ref: EventMention) -> None:
    """``m`` tells, with news of its own (a toll), the incident ``ref`` named: it takes that incident's type,
    day and place where its own are vaguer, and ``ref``'s sentence as evidence."""
    m.event_type, m.sub_event_type, m.plover = ref.event_type, ref.sub_event_type, ref.plover
    m.time, m.date_start, m.date_end, m.date_precision = ref.time, ref.date_start, ref.date_end, ref.date_precision
    if weak_place(m) and not weak_place(ref):
        m.place, m.place_source = ref.place, ref.place_source
    m.actor1, m.actor2 = m.actor1 or ref.actor1, m.actor2 or ref.actor2
    if m.actor1 is not None and m.actor2 is not None and same_phrase(m.actor1, m.actor2):
        m.actor1, m.actor2 = (m.actor1, None) if m.actor1 is not ref.actor1 else (None, m.actor2)
    if ref.sentence not in m.evidence:
        m.evidence.append(ref.sentence)
