"""An arrest told again in a later sentence, with a detail of its own, is the same arrest (issue 16).

A report tells an arrest first in a line of its own and then again with its day, its place or its reason: "Police
have arrested three men suspected of plotting an attack, the ministry said on Friday. The men, aged 19 to 24, were
detained in raids on Wednesday", "State agents arrested three opposition figures the next day. The government has
not said why they were detained". Violent incidents told twice are joined by events/merge; arrests are not, so
each telling was an event of its own (ACLED codes one arrest event per arrest, on the day the later sentence
gives).

:func:`fold_retold_arrests` folds an asserted arrest into an earlier asserted arrest of the same article when its
sentence names the people held only by "they" or a definite plural at its head, as the subject of a plural
passive arrest verb ("they were detained", "The men ... were detained"), within a paragraph of the first telling
(``merge_dates.NEAR_CHARS``), at a compatible place and date (``merge_places.places_compatible``, ``merge_dates.dates_compatible``:
"His brother was detained on Tuesday" after a Monday arrest is another arrest), by no other doer, and not marked
as another incident (``merge_guards.told_separate``); or when its trigger is the arrest noun itself pointing back ("the
arrest", "his detention": "Police confirmed the arrest in a statement", "The party called the detentions unlawful", whoever the sentence's
subject is) with no day of its own; or, anywhere after the first
telling, when its trigger is a participle after a pronoun that names the people held ("Most of those detained were
released", "stadium bans for everyone detained": :func:`held_pointer`). The first telling takes the later one's day
where it had only the report's, its place where the later one's own clause gives it, and its doer where it had none.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.model import EventMention

__all__ = ["fold_retold_arrests", "held_pointer"]

_ARRESTS = "Arrests"
# a plural passive arrest verb: "were detained", "had been arrested", "were quickly held"
_PASSIVE = re.compile(r"\b(?:were|been|being)\s+(?:\w+ly\s+)?$", re.I)
# the held told again: "they", or a definite plural at the head of the sentence ("The men, aged 19 to 24,", "The
# suspects"); not a singular one ("The unrest broke out after the mayor was detained": another arrest, his own)
_RETOLD = re.compile(r"(?:\bthey\b|^\W*the\s+(?:[a-z][\w-]*s|men|women|people|children)\b)", re.I)


# the arrest itself named again with "the" or a possessive: "Police confirmed the arrest", "after his detention"
_POINTER = re.compile(r"\b(?:the|this|that|his|her|their)\s+$", re.I)
_ARREST_NOUNS = frozenset({"arrest", "arrests", "detention", "detentions"})
# the people held named by a pronoun the participle follows: "those detained", "everyone arrested", "all those held"
_HELD_POINTER = re.compile(r"\b(?:those|everyone|everybody|anyone|anybody)\s+$", re.I)


def held_pointer(m: EventMention) -> bool:
    """``m``'s trigger is a participle after a pronoun naming the people held ("those detained", "everyone
    arrested"): the people of an arrest told before, no arrest of its own."""
    if m.trigger is None or not m.trigger.text.lower().endswith("ed"):
        return False
    return bool(_HELD_POINTER.search(m.sentence.text[:max(0, m.trigger.start - m.sentence.start)]))


def _retold_held(m: EventMention) -> bool:
    """``m``'s trigger is a passive arrest verb whose subject retells people held before, or the arrest noun
    pointing back with no day of its own ("Police confirmed the arrest in a statement")."""
    if m.trigger is None:
        return False
    head = m.sentence.text[:max(0, m.trigger.start - m.sentence.start)]
    if m.trigger.text.lower() in _ARREST_NOUNS:
        return m.date_precision == "reported" and bool(_POINTER.search(head))
    return bool(_PASSIVE.search(head)) and bool(_RETOLD.search(head))


def _host_of(m: EventMention, hosts: list[tuple[EventMention, int]]) -> Optional[EventMention]:
    from sitrep.events.merge_dates import NEAR_CHARS, dates_compatible
    from sitrep.events.merge_guards import told_separate
    from sitrep.events.merge_places import places_compatible

    if m.sub_event_type != _ARRESTS or m.modality != "asserted" or told_separate(m):
        return None
    pointer = held_pointer(m)
    if not pointer and not _retold_held(m):
        return None
    # "The party called the detentions unlawful": the arrest noun pointing back takes the sentence's subject, the
    # critic, as its doer; the arrest's own doer is the first telling's (branch subtypes18, mixed_reports12 e12)
    noun_pointer = m.trigger.text.lower() in _ARREST_NOUNS
    for k, last in reversed(hosts):
        if k.sentence.start < m.sentence.start and (pointer or m.sentence.start - last <= NEAR_CHARS) \
                and places_compatible(k, m) and dates_compatible(k, m) and (
                    noun_pointer or m.actor1 is None or k.actor1 is None or m.actor1.entity_id == k.actor1.entity_id):
            return k
    return None


def _take(host: EventMention, m: EventMention) -> None:
    from sitrep.events.merge_places import weak_place

    if host.date_precision == "reported" and m.date_precision != "reported" and m.date_start is not None:
        host.time, host.date_start, host.date_end, host.date_precision = m.time, m.date_start, m.date_end, m.date_precision
    if weak_place(host) and m.place_source == "clause" and not weak_place(m):
        host.place, host.place_source = m.place, m.place_source
    if host.actor1 is None and (m.trigger is None or m.trigger.text.lower() not in _ARREST_NOUNS):
        host.actor1 = m.actor1  # (not the subject of "called the detentions unlawful")
    for s in [m.sentence, *m.evidence]:
        if s != host.sentence and s not in host.evidence:
            host.evidence.append(s)


def fold_retold_arrests(mentions: list[EventMention]) -> list[EventMention]:
    """The mentions with the arrests told again folded into their first telling (module docstring); order kept."""
    hosts = [(k, max([k.sentence.end, *(e.end for e in k.evidence)])) for k in mentions
             if k.sub_event_type == _ARRESTS and k.modality == "asserted"]
    if len(hosts) < 2:
        return mentions
    out = []
    for m in mentions:
        host = _host_of(m, [(k, last) for k, last in hosts if any(k is o for o in out)])
        if host is None:
            out.append(m)
        else:  # (a telling folded away hosts nothing: only those kept so far are asked)
            _take(host, m)
    return out
