"""A toll raised by the death of one of the hurt, told further on in a report of one incident (issue 16, branch
tolls33).

"Two people were killed and 15 others injured in a clash ... [the dead named, the clash told, the injured taken to
hospital] ... One of them, Abdul Karim, 45, died while undergoing treatment this morning, raising the death toll to
three": the update is more sentences after the incident than ``toll.fold_toll_updates`` looks back
(:data:`sitrep.events.toll.ORPHAN_SENTENCES`), but the report tells one counted incident and the update tells a death
of its hurt ("One of them ... died", "one of the injured succumbed"), so the update is that incident's. Only where the
report has exactly one incident whose count an update may replace, told before the update and within twice as many
sentences.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from sitrep.model import EventMention

__all__ = ["far_updated_incident"]

# the update's own sentence tells a death of the hurt: "One of them ... died", "one of the injured succumbed"
_HURT_DEATH = re.compile(r"\b(?:one|two|three)\s+of\s+(?:them|the\s+(?:injured|wounded))\b(?:[^.;!?]|\.(?=[\w,])){0,80}?"
                         r"\b(?:died|succumbed|passed\s+away)\b", re.I)


def far_updated_incident(own: list[EventMention], k: int, lo: int, sentence_text: str, span: int,
                         sent_no: Callable[[EventMention], int]) -> Optional[EventMention]:
    """The one incident of ``own`` (the report's counted incidents, the update's sentence's own left out) that the
    update in sentence ``k`` (starting at ``lo``) speaks of though it is told further back than ``span`` sentences
    (module doc); None otherwise."""
    if len(own) != 1 or not _HURT_DEATH.search(sentence_text):
        return None
    ev = own[0]
    return ev if ev.sentence.start < lo and sent_no(ev) >= k - 2 * span else None
