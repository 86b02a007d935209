"""Figures of one incident: equal, a group counted apart (``scope``), a toll rising as reports come in
(``update``), or a ``conflict``.

Decides from the figures' ranges (overlapping ones agree), their siblings (the smaller figure plus the figures
listed beside it in its clause add up to the other: "seven soldiers and one contractor" vs "eight personnel"),
their days and report order (a toll that only rises over two or more days is an update), and their events (the
tolls of two events of one exchange never update each other).
"""
from __future__ import annotations

import datetime as _dt

from sitrep.model import Disagreement
from sitrep.stories.compare.chain import _chain
from sitrep.stories.compare.ranges import _F, _overlap
from sitrep.stories.compare.records import _did, _dv
from sitrep.stories.compare.wording import _Namer, _day, _fv, _subject, fmt_value


def _incident(what: str, grp: str, fs: list[_F], namer: _Namer) -> list[Disagreement]:
    """Figures of one incident: equal, a group counted apart (scope), or a conflict."""
    fs = sorted(fs, key=lambda f: (f.seq, f.fig.span.start))
    distinct: list[_F] = []
    for f in fs:
        if not any(_overlap(f, g) for g in distinct):
            distinct.append(f)
    if len(distinct) < 2:
        # "at least 30" on the first day and 52 the next are compatible as intervals, but the toll rose
        chain = _chain(sorted(fs, key=lambda f: (f.t or _dt.date.max, f.seq, f.fig.span.start)))
        if (len(chain) >= 2 and len({f.t for f in chain}) >= 2
                and all(b.lo > a.lo for a, b in zip(chain, chain[1:]))):
            distinct = chain
        else:
            return []
    subject = _subject(what, grp, None) + (f" on {_day(distinct[0].when)}" if distinct[0].when else "")
    small, big = sorted(distinct[:2], key=lambda f: f.lo)
    if small.siblings and len(distinct) == 2:
        total = small.lo + sum(s.lo for s in small.siblings)
        if big.lo <= total <= big.hi:
            parts = " and ".join([f"{fmt_value(small.fig.low, small.fig.high)} {small.fig.who or grp}"] + [
                f"{fmt_value(s.fig.low, s.fig.high)} {s.fig.who or s.group}" for s in small.siblings])
            expl = (f"{namer.who(small)} counts {parts} ({fmt_value(total, total)} in all), while {namer.who(big)} "
                    f"counts {fmt_value(big.fig.low, big.fig.high)} {big.fig.who or grp}: the totals agree, the "
                    f"sources differ in who they count among {grp or what.replace('_', ' ')}.")
            return [Disagreement(id=_did("scope-count", [small, big]), subject=subject, kind="scope",
                                 explanation=expl, values=[_dv(small), _dv(big)])]
    chain = _chain(sorted(fs, key=lambda f: (f.t or _dt.date.max, f.seq, f.fig.span.start)))
    one_event = len({f.event for f in distinct}) <= 1  # tolls of two events of one exchange never update each other
    if one_event and len({f.t for f in chain}) >= 2 and all(b.lo >= a.lo for a, b in zip(chain, chain[1:])):
        steps = ", then ".join(namer.val(f) for f in chain)
        expl = (f"The toll for {subject} rises as reports come in: {steps}; the latest, "
                f"{_fv(chain[-1])}, supersedes the earlier ones.")
        return [Disagreement(id=_did("update", chain), subject=subject, kind="update", explanation=expl,
                             values=[_dv(f) for f in chain])]
    vals = "; ".join(namer.ival(f) for f in distinct)
    expl = f"Sources disagree on {subject}: {vals}."
    return [Disagreement(id=_did("conflict", distinct), subject=subject, kind="conflict", explanation=expl,
                         values=[_dv(f) for f in distinct])]
