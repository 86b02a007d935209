"""Whether the speaker goes on to tell a clause after his attribution ("X killed 14 people, a regional official
said on Monday, and about 2,000 residents fled"): the claim runs to its end (:func:`_told_on`)."""
from __future__ import annotations

from typing import Any, Optional

from sitrep.nlp.attribution.cues import _is_cue


def _told_on(cue: Any, attr_hi: int) -> Optional[int]:
    """The end (token index) of a clause the speaker goes on to tell after his attribution: "X killed 14 people, a
    regional official said on Monday, and about 2,000 residents fled": the parser makes "fled" a conjunct of "said";
    a conjunct after "and", with a subject of its own and no verb of speech, is still the official's word. None when
    there is none."""
    for c in cue.children:
        if c.dep_ == "conj" and c.i > attr_hi and c.pos_ in ("VERB", "AUX") and not _is_cue(c) \
                and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children) \
                and any(k.dep_ == "cc" and k.lower_ == "and" and attr_hi <= k.i < c.i for k in cue.children):
            return c.right_edge.i + 1
    return None
