"""An ordinal victim who died later was one of the hurt counted before (issue 16): "Two people were killed and three
others were injured ... A third victim ... died at a hospital Sunday afternoon": 3 dead and 2 hurt, not 3 and 3 (the
convention of every own set: a hurt person who died later is a death and not also hurt). Read by
:func:`sitrep.events.toll_later_deaths._ordinal_update` once the ordinal has raised the toll.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from sitrep.model import Figure

# the ordinal's death told as one after care or after wounds: "died at a hospital", "succumbed", "died of his injuries"
_DIED_OF_HURT = re.compile(r"\bsuccumb|\b(?:of|from)\s+(?:his|her|their|the)\s+(?:wounds|injuries)\b|"
                           r"\b(?:in|at)\s+(?:a\s+|the\s+)?hospital\b", re.I)


def ordinal_from_hurt(f0: Figure, ordinal: Figure, figures: list[Figure], sentence_starts: list[int],
                      text: str) -> None:
    """The ordinal count ``ordinal`` ("A third victim ... died at a hospital") raised the toll ``f0`` ("Two people were
    killed and three others were injured"): when its sentence tells a death after care or wounds, the dead it adds
    came from the hurt counted in ``f0``'s sentence, whose count is lowered in place in ``figures`` (same id)."""
    if ordinal.low is None or f0.low is None:
        return
    j = bisect.bisect_right(sentence_starts, ordinal.span.start) - 1
    hi = sentence_starts[j + 1] if j + 1 < len(sentence_starts) else len(text)
    if not _DIED_OF_HURT.search(text, sentence_starts[j], hi):
        return
    added = ordinal.low - f0.low
    k = bisect.bisect_right(sentence_starts, f0.span.start) - 1
    for i, w in enumerate(figures):
        if w.what not in ("wounded", "injured") or w.background or w.low is None or w.low != w.high or w.low <= added:
            continue
        if bisect.bisect_right(sentence_starts, w.span.start) - 1 == k:
            figures[i] = replace(w, low=w.low - added, high=w.high - added)
            return
