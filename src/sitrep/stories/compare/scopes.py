"""Quantities that count different people: a group and a sub-group ("soldiers" vs "Turkish soldiers"), people
who fled abroad vs people displaced inside the country, everyone wounded vs those still in treatment: a difference
of ``scope``, never an update of one by the other.

Decides from the quantities' groups (the words of the narrow group include all those of the wide one; the
displacement groups of ``data/figure_groups.tsv``) and ``what`` (wounded, in_treatment); each quantity stands by its
latest figure (:func:`_latest`); a group and sub-group whose latest figures overlap are not called out.
"""
from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from typing import Optional

from sitrep.model import Disagreement
from sitrep.stories.compare.ranges import _F, _overlap
from sitrep.stories.compare.records import _did, _dv
from sitrep.stories.compare.wording import _Namer


def _scope_by_who(groups: dict[tuple[str, str], list[_F]], namer: _Namer) -> list[Disagreement]:
    """Same ``what`` for a group and a sub-group ("soldiers" vs "Turkish soldiers"): a difference of scope."""
    by_what: dict[str, list[str]] = defaultdict(list)
    for what, who in groups:
        if who:
            by_what[what].append(who)
    out = []
    for what, whos in by_what.items():
        whos = sorted(whos, key=len)[:30]  # a story has a handful of groups per quantity; cap the pairs
        for i, narrow in enumerate(whos):
            nw = set(narrow.lower().split())
            for wide in whos[:i]:
                ww = set(wide.lower().split())
                if not ww < nw:
                    continue
                a = _latest(groups[(what, wide)])
                b = _latest(groups[(what, narrow)])
                if a is None or b is None or _overlap(a, b):
                    continue
                expl = (f"Different groups are counted for {what.replace('_', ' ')}: {namer.val(a)} counts "
                        f"all {wide}, while {namer.val(b)} counts only {narrow}.")
                out.append(Disagreement(id=_did("scope-who", [a, b]), subject=f"{what.replace('_', ' ')}: {wide} "
                                        f"vs {narrow}", kind="scope", explanation=expl, values=[_dv(a), _dv(b)]))
    return out


_DISPLACED_SCOPES = ("refugees abroad", "internally displaced")


def _scope_displacement(groups: dict[tuple[str, str], list[_F]], namer: _Namer) -> list[Disagreement]:
    """People who fled abroad and people displaced inside the country are two populations: a difference of
    scope, never an update of one count by the other."""
    present = {grp: fs for (what, grp), fs in groups.items() if what == "displaced" and fs}
    out = []
    for i, a_grp in enumerate(_DISPLACED_SCOPES):
        for b_grp in [g for g in present if g != a_grp and (g not in _DISPLACED_SCOPES or
                                                           _DISPLACED_SCOPES.index(g) > i)]:
            if a_grp not in present:
                continue
            a, b = _latest(present[a_grp]), _latest(present[b_grp])
            if a is None or b is None:
                continue
            expl = (f"Two populations are counted: {namer.val(a)} counts {a_grp}, while {namer.val(b)} counts "
                    f"{b_grp}; neither figure updates the other.")
            out.append(Disagreement(id=_did("scope-displaced", [a, b]), subject=f"displaced: {a_grp} vs {b_grp}",
                                    kind="scope", explanation=expl, values=[_dv(a), _dv(b)]))
    return out


def _scope_treatment(items: list[_F], namer: _Namer) -> list[Disagreement]:
    """Everyone wounded and those still in treatment are two quantities: a difference of scope."""
    wounded = [f for f in items if f.fig.what == "wounded" and not f.fig.background]
    treated = [f for f in items if f.fig.what == "in_treatment" and not f.fig.background]
    a, b = _latest(wounded), _latest(treated)
    if a is None or b is None:
        return []
    expl = (f"Two quantities are counted: {namer.val(a)} counts everyone wounded, while {namer.val(b)} counts "
            f"those still in treatment; neither figure updates the other.")
    return [Disagreement(id=_did("scope-treatment", [a, b]), subject="people wounded: total vs still in treatment",
                         kind="scope", explanation=expl, values=[_dv(a), _dv(b)])]


def _latest(fs: list[_F]) -> Optional[_F]:
    return max(fs, key=lambda f: (f.t or _dt.date.min, f.seq)) if fs else None
