"""A burning joined by "and" to the doer's own violent deed is part of that deed (ACLED Looting/property destruction).

"Insurgents beheaded three men and set fire to more than 40 houses", "killed three civilians and burned at least
twenty houses in an attack on the village", "Two missiles hit a warehouse and a repair depot and set them on fire",
"the riders pelted them with stones and set fire to a county vehicle", "looted the main market ... and set fire to
dozens of homes": ACLED codes property destruction as an event of its own only when it is not part of another event
(codebook, Looting/property destruction: destruction "not occurring as part of another event"); here the burning is
a second verb of the same clause chain, with no subject of its own, whose first verb tells the attack, the strike,
the riot or the looting; or a participle that follows that verb and tells what its deed did ("drones struck the
depot on Tuesday, setting storage tanks on fire": branch subtypes16, mixed_reports10 x02). The clause reading made it a second event (an extra on conflict_reports c05, war_reports w27,
war_reports3 v08, protest_reports3 r09 and mixed_reports m03, m12).

:func:`joined_burning` tells it from the trigger token and the mentions already read in the sentence, so the
extractor reads no event from it. Plunder ("attacked the village and looted shops") is not folded: CASE codes the
looting told with an attack as an event of its own (``merge_side_deeds.fold_side_deeds``); a burning with a subject of its own
("..., and demonstrators set fire to a police station") or told in a sentence of its own is left as it is.
"""
from __future__ import annotations

import re

from sitrep.model import VIOLENT_EVENT_TYPES, EventMention

__all__ = ["PLUNDER", "joined_burning"]

_PROPERTY = "Looting/property destruction"
_HOSTS = VIOLENT_EVENT_TYPES | {"Riots"}
# the property deeds that take things away rather than destroy them (as merge_side_deeds._PLUNDER): never folded here
PLUNDER = re.compile(r"^(?:loot|plunder|pillag|ransack|steal|stole|seiz|captur|took|take|confiscat|carr)", re.I)


def _own_subject(tok) -> bool:  # type: ignore[no-untyped-def]
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)


def joined_burning(trig, sub_event_type: str | None, earlier: list[EventMention]) -> bool:  # type: ignore[no-untyped-def]
    """``trig`` (a verb read as property destruction) is a conjunct, with no subject of its own, or a trailing
    participle of a verb that is the trigger of a violent, riot or property event of ``earlier`` told in the same
    sentence (module docstring)."""
    if sub_event_type != _PROPERTY or trig.pos_ != "VERB" or PLUNDER.match(trig.text) or _own_subject(trig):
        return False
    starts = {e.trigger.start for e in earlier if e.trigger is not None and e.event_type in _HOSTS | {"Strategic developments"}
              and (e.event_type in _HOSTS or e.sub_event_type == _PROPERTY)
              and e.sentence.start <= trig.idx < e.sentence.end}
    if trig.tag_ == "VBG" and trig.dep_ == "advcl" and trig.head.i < trig.i and trig.head.idx in starts:
        return True  # "struck the depot on Tuesday, setting storage tanks on fire": the deed's own outcome
    tok = trig
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
        if tok.idx in starts:
            return True
        if _own_subject(tok) and tok.pos_ == "VERB":
            break  # the chain's subject is that verb's: a verb further up has another
    return False
