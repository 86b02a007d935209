"""A spokesman or a witness who tells of a deed is never its doer (issue 16, branch ``attackers31``).

"The division spokesperson, Maj X, said the raiders, numbering about 30, struck at around 6am": the parser may hang
the deed's verb under the verb of saying ("numbering ... , struck" as a conjunct of an adverbial clause of "said"),
and the deed then takes the subject of "said". One who speaks for a body or tells what he saw (data/speaker_nouns.tsv:
spokesman, spokesperson, witness, source ...) reports the deed; an ad-hoc doer told by nothing but such a noun is left
blank (blank beats wrong; the body he speaks for is not the doer either: the army's spokesman tells of the raiders).
A doer of the actor dictionary and an office that may act ("an official", "an aide") keep their reading.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention

__all__ = ["drop_speaker_doers"]

_MAY_ACT = frozenset({"official", "representative", "aide"})  # offices that may order or do a deed themselves


def _speaker(ref: Optional[ActorRef]) -> bool:
    """``ref`` is an ad-hoc actor whose words end in a speaker noun ("The 3rd Division spokesperson", "witnesses")."""
    if ref is None or not ref.entity_id.startswith("x:"):
        return False
    from sitrep.events.antecedents import speaker_nouns

    words = re.findall(r"[\w-]+", (ref.span.text if ref.span is not None else ref.name or "").lower())
    if not words:
        return False
    last = words[-1]
    forms = {last, last[:-1] if last.endswith("s") else last, last[:-2] if last.endswith("es") else last}
    return bool(forms & (speaker_nouns() - _MAY_ACT))


def drop_speaker_doers(events: list[EventMention]) -> list[EventMention]:
    """``events``, whose violent ones no longer name a speaker as actor1 or associate (changed in place)."""
    for ev in events:
        if ev.event_type not in VIOLENT_EVENT_TYPES:
            continue
        if _speaker(ev.actor1):
            ev.actor1 = None
        if any(_speaker(a) for a in ev.associates):
            ev.associates = [a for a in ev.associates if not _speaker(a)]
    return events
