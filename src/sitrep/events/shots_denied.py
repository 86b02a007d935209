"""A shooting the report's sources say never happened: "No shots were fired," police said (issue 16, precision).

"Police said reports of a shooting at a wedding hall were false ... a message saying several guests had been shot
spread on social media ... 'No shots were fired and no one was injured. It was fireworks,' a police spokesman said";
"The clip showed men running as gunfire crackled ... 'No shots were fired and no one was hurt,' the service said":
the shooting is told in one sentence (a rumour, a clip) and denied in another, so the clause reading, which reads one
sentence, kept it as a deed. A report that says, with no qualification, that no shots were fired ("no shots were
fired", "no shot had been fired"; not "no shots were fired at the crowd", "by officers", "during the raid", which
deny one side's or one moment's fire) denies every shooting it tells with no one killed (a toll of 0 or none):
:func:`deny_unfired_shootings` marks them denied. A shooting with its dead is not undone by such a line (the dead
were told as a fact).
"""
from __future__ import annotations

import re

from sitrep.model import VIOLENT_EVENT_TYPES, EventMention

__all__ = ["deny_unfired_shootings"]

_NO_SHOTS = re.compile(r"\bno\s+(?:shots?|gunshots?|bullets?)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
                       r"fired\b(?!\s+(?:at|by|on|into|from|during|in|toward|towards)\b)", re.I)
_SHOT_WORDS = re.compile(r"(?:shot|shots|shoot|shooting|shootings|gunfire|gunshots?|gunfight|fired|fire|firing|"
                         r"opened|open)", re.I)


def _shooting(m: EventMention) -> bool:
    return m.trigger is not None and bool(_SHOT_WORDS.fullmatch(m.trigger.text.strip()))


def _no_one_killed(m: EventMention) -> bool:
    f = m.fatalities
    return f is None or (f.low or 0) == 0 and not f.high


def deny_unfired_shootings(mentions: list[EventMention], text: str) -> None:
    """In place: see the module docstring."""
    if not _NO_SHOTS.search(text):
        return
    for m in mentions:
        if m.modality == "asserted" and m.event_type in VIOLENT_EVENT_TYPES and _shooting(m) and _no_one_killed(m):
            m.modality = "denied"
