"""A period total next to the tolls of incidents that fall inside that period: a difference of ``scope``.

Decides from the cumulative figure's period (``since`` to its day) and the incident figures' dates, for the same
``what`` and group; one claim told by several reports is listed once, and the note says when the incident figures
add up to more than the period total.
"""
from __future__ import annotations

from collections import defaultdict

from sitrep.model import Disagreement
from sitrep.stories.compare.ranges import _F
from sitrep.stories.compare.records import _did, _dv
from sitrep.stories.compare.wording import _Namer, _day, _subject, fmt_value


def _period_vs_incidents(cumulative: dict[tuple[str, str], list[_F]],
                         incidents: dict[tuple[str, str, str], list[_F]], namer: _Namer) -> list[Disagreement]:
    """A period total next to the tolls of incidents inside that period: a difference of scope."""
    by_q: dict[tuple[str, str], list[_F]] = defaultdict(list)
    for (what, grp, _inc), fs in incidents.items():
        if grp:
            by_q[(what, grp)].extend(fs)
    out: list[Disagreement] = []
    for (what, grp), cfs in cumulative.items():
        inc = by_q.get((what, grp))
        if not inc:
            continue
        for c in cfs:
            if c.since is None or c.t is None:
                continue
            inside = [f for f in inc if f.when is not None and c.since <= f.when <= c.t]
            if not inside:
                continue
            seen: dict[object, _F] = {}
            claims: set[tuple] = set()
            for f in sorted(inside, key=lambda f: (f.when, f.seq)):
                claim = (f.value(), f.fig.claimant)
                if f.incident in seen or (f.fig.claimant and claim in claims):  # one claim, several reports
                    continue
                claims.add(claim)
                seen[f.incident] = f
            parts = "; ".join(namer.ival(f) for f in seen.values())
            total = sum(f.lo for f in seen.values())
            note = (" The incident figures add up to more than the period total."
                    if c.fig.high is not None and total > c.fig.high else "")
            expl = (f"{namer.who(c)} gives {fmt_value(c.fig.low, c.fig.high)} {grp} {what.replace('_', ' ')} "
                    f"from {_day(c.since)} to {_day(c.t)}, a period total; other figures count single incidents "
                    f"within it: {parts}.{note}")
            out.append(Disagreement(id=_did("scope-incidents", [c, *seen.values()]),
                                    subject=_subject(what, grp, c.since), kind="scope", explanation=expl,
                                    values=[_dv(c)] + [_dv(f) for f in seen.values()]))
    return out
