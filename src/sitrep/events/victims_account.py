"""A one-sided killing of civilians keeps its sub-type against the doers' own bare account of a fight.

"FAMa soldiers killed 14 men after rounding them up at a market, residents said ... The army said it had
'neutralised terrorists' in an operation near the town": the army's statement is the same incident told by its doer,
whose victims it names as armed ("terrorists"); the clash it reads as comes only from those parties, since its word
("neutralised", "killed", "attacked") names no weapon and no manner of fighting. It lends no type to the witnesses'
account of an attack on civilians (ACLED codes such killings as violence against civilians; an armed clash needs two
armed sides). A clash told by its manner ("clashes", "exchanged fire", "a gunfight") still lends its type.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.model import EventMention

_CIVILIANS = "CIVILIANS"


def _bare_clash(m: EventMention) -> bool:
    """An Armed clash read off a word naming no weapon and no manner of fighting: a bare deed ("killed",
    "attacked", cue ``bare_deed_stems``) or a doer's word for killing its foes ("neutralised", "eliminated", cue
    ``foe_kill_stems``)."""
    if m.sub_event_type != "Armed clash" or m.trigger is None:
        return False
    word = m.trigger.text.lower()
    return any(word.startswith(s) for s in sense_cue("bare_deed_stems") | sense_cue("foe_kill_stems"))


def victims_account_kept(keep: EventMention, other: EventMention) -> bool:
    """``keep`` is an attack whose victims are civilians and ``other`` a bare clash whose other side is not
    civilians: ``other``'s type is not lent to ``keep``."""
    return (keep.sub_event_type == "Attack" and keep.actor2 is not None and keep.actor2.entity_id == _CIVILIANS
            and _bare_clash(other)
            and (other.actor2 is None or other.actor2.entity_id != _CIVILIANS))
