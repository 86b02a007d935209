"""Bombs an aircraft dropped, told again: "jets dropped bombs on the market ... Two bombs struck it" (branch
subtypes17), "aircraft have carried out attacks ... using cluster bombs ..., which scatter particles before
detonating" (branch roles20). An IED read off "bomb"/"bombs" alone, or off an explosive's going off with no doer
in a sentence the air strike tells, is that strike's load, not a planted bomb of an incident of its own
(events/merge.py folds it into the strike)."""
from __future__ import annotations

import re

from sitrep.model import EventMention

AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
BOMB_WORDS = frozenset({"bomb", "bombs"})
_GOING_OFF = re.compile(r"^(?:detonat|explod)", re.I)


def bomb_word(m: EventMention) -> bool:
    """An IED read off "bomb" or "bombs" alone: it may be the load an aircraft dropped ("jets dropped bombs on the
    market ... Two bombs struck it", branch subtypes17), so it restates the air strike its report tells."""
    return m.sub_event_type == IED and m.trigger is not None \
        and m.trigger.text.lower() in BOMB_WORDS


def bombs_going_off(strike: EventMention, m: EventMention) -> bool:
    """Bombs, or an explosive's going off, told with no doer ("aircraft have carried out attacks ... using cluster
    bombs ..., which scatter particles before detonating") in a sentence the air strike already tells (its own or
    one folded into it): the dropped bombs exploding, not a planted bomb of another incident (branch roles20)."""
    return strike.sub_event_type == AIR and m.actor1 is None and (bomb_word(m) or (
        m.sub_event_type == IED and m.trigger is not None
        and bool(_GOING_OFF.match(m.trigger.text)))) \
        and any(s.start < m.sentence.end and m.sentence.start < s.end for s in (strike.sentence, *strike.evidence))
