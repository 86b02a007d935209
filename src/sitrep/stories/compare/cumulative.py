"""A cumulative count compared across time: a ``conflict`` on one day, an ``update`` from one day to a later one,
a ``scope`` between clearly different periods.

Decides from the figures' periods (:mod:`~sitrep.stories.compare.periods`, stale figures set aside by
:mod:`~sitrep.stories.compare.stale`), days, ranges and sources: on one day, non-overlapping values from two or
more sources with one period are a conflict; the chain of distinct values (:mod:`~sitrep.stories.compare.chain`)
over two or more days is an update.
"""
from __future__ import annotations

import datetime as _dt
from collections import defaultdict

from sitrep.model import Disagreement
from sitrep.stories.compare.chain import _chain
from sitrep.stories.compare.periods import _periods
from sitrep.stories.compare.ranges import _F, _overlap
from sitrep.stories.compare.records import _did, _dv
from sitrep.stories.compare.stale import _stale
from sitrep.stories.compare.wording import _Namer, _day, _subject, fmt_value


def _cumulative(what: str, grp: str, fs: list[_F], namer: _Namer) -> list[Disagreement]:
    out: list[Disagreement] = []
    periods = _periods(fs)
    live_periods: list[list[_F]] = []
    for pfs in periods:
        stale, stale_ids = _stale(what, grp, pfs, namer)
        out.extend(stale)
        live_periods.append([f for f in pfs if f.fig.id not in stale_ids])
    for pfs in live_periods:
        since = min((f.since for f in pfs if f.since), default=None)
        subject = _subject(what, grp, since)
        by_day: dict[_dt.date, list[_F]] = defaultdict(list)
        for f in pfs:
            if f.t is not None:
                by_day[f.t].append(f)
        chain: list[_F] = []
        for day in sorted(by_day):
            dfs = sorted(by_day[day], key=lambda f: (f.seq, f.fig.span.start))
            distinct: list[_F] = []
            for f in dfs:
                if not any(_overlap(f, g) for g in distinct):
                    distinct.append(f)
            sources = {f.article_id for f in distinct} | {f.fig.claimant for f in distinct}
            if len(distinct) >= 2 and len(sources) >= 2 and len({f.since for f in distinct}) == 1:
                vals = "; ".join(namer.val(f) for f in distinct)
                expl = f"Sources disagree on {subject} on {_day(day)}: {vals}."
                out.append(Disagreement(id=_did("conflict", distinct), subject=subject, kind="conflict",
                                        explanation=expl, values=[_dv(f) for f in distinct]))
            chain = _chain(dfs, chain)
        if len({f.t for f in chain}) >= 2:  # an update needs a later day; same-day splits are conflicts
            steps = ", then ".join(namer.val(f) + (f" since {_day(f.since)}" if f.since and f.since != since else "")
                                   for f in chain)
            latest = chain[-1]
            expl = (f"The figure for {subject} changes over time: {steps}; the latest, "
                    f"{fmt_value(latest.fig.low, latest.fig.high)}, supersedes the earlier ones.")
            out.append(Disagreement(id=_did("update", chain), subject=subject, kind="update", explanation=expl,
                                    values=[_dv(f) for f in chain]))
    if len(live_periods) >= 2:
        reps = [max(p, key=lambda f: (f.t or _dt.date.min, f.seq)) for p in live_periods if p]
        parts = []
        for f in reps:
            per = f"since {_day(f.since)}" if f.since else "with no period given"
            parts.append(f"{fmt_value(f.fig.low, f.fig.high)} {per} ({namer.who(f)})")
        expl = (f"Figures for {_subject(what, grp, None)} count different periods, so they are not comparable "
                f"as they stand: " + "; ".join(parts) + ".")
        out.append(Disagreement(id=_did("scope-period", reps), subject=_subject(what, grp, None), kind="scope",
                                explanation=expl, values=[_dv(f) for f in reps]))
    return out
