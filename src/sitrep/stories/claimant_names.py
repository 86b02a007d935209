"""One claimant under the names its reports give it (issue 16 item 3: the latest claim per claimant): "the regional
disaster risk management commission" on Thursday and "the Amhara regional disaster risk management commission" on
Monday are one body, whose Monday count updates its Thursday count. A name whose words all recur in exactly one
longer name with the same last word (the head noun: commission, ministry, office) is that name; a name that fits
several longer ones ("the ministry" beside "the interior ministry" and "the health ministry") stays apart."""
from __future__ import annotations

import re

__all__ = ["fold_claimants"]

_FILLER = frozenset({"the", "a", "an", "s", "of", "its", "their"})


def _words(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[a-z]+", name.lower()) if w not in _FILLER)


def fold_claimants(names: list[str]) -> dict[str, str]:
    """Each name of ``names`` -> the name it is folded into (itself when none, or several, fit)."""
    words = {n: _words(n) for n in set(names)}
    out = {}
    for n, w in words.items():
        longer = [m for m, v in words.items() if w and len(v) > len(w) and v[-1] == w[-1] and set(w) <= set(v)]
        out[n] = longer[0] if len(longer) == 1 else n
    return out
