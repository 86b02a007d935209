"""One claimant under the names its reports give it (issue 16 item 3: the latest claim per claimant): "the regional
disaster risk management commission" on Thursday and "the Amhara regional disaster risk management commission" on
Monday are one body, whose Monday count updates its Thursday count. A name whose words all recur in exactly one
longer name with the same last word (the head noun: commission, ministry, office) is that name; a name that fits
several longer ones ("the ministry" beside "the interior ministry" and "the health ministry") stays apart. Names
whose words differ only in an article ("a regional official", "the regional official") are one name."""
from __future__ import annotations

import re
from typing import Any

__all__ = ["fold_claimants", "unquoted_restated"]

_FILLER = frozenset({"the", "a", "an", "s", "of", "its", "their"})


def _words(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[a-z]+", name.lower()) if w not in _FILLER)


def fold_claimants(names: list[str]) -> dict[str, str]:
    """Each name of ``names`` -> the name it is folded into (itself when none, or several, fit)."""
    words = {n: _words(n) for n in set(names)}
    first = {}  # "a regional official" and "the regional official": one name but for its article
    for n in sorted(words):
        first.setdefault(words[n], n)
    out = {}
    for n, w in words.items():
        longer = [m for m, v in words.items() if w and len(v) > len(w) and v[-1] == w[-1] and set(w) <= set(v)
                  and first[v] == m]
        out[n] = longer[0] if len(longer) == 1 else first[w]
    return out


def unquoted_restated(figs: list[Any]) -> list[Any]:
    """``figs`` (the figures of one key-figure group) less those with no claimant whose report tells the same count
    with one ("..., while police put the number at 61. Police spokesman X said the 61 arrested would appear in
    court"): one count told twice in a report is one claim, its claimant's."""
    quoted = {(f.span.article_id, f.low, f.high) for f in figs if f.claimant_name or f.claimant}
    return [f for f in figs if f.claimant_name or f.claimant or (f.span.article_id, f.low, f.high) not in quoted]
