"""Which figure an article repeats stale: of two values of one cumulative count in one article, the older.

Decides from the figures' days (an earlier ``as_of``) and first appearance (first reported by an earlier article),
and their ranges: values that overlap are consistent, except a bare "more than N" next to a count at least
:data:`STALE_FLOOR_RATIO` times larger. The stale figure is called out in an ``update`` and left out of the
period's comparison.
"""
from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from typing import Optional

from sitrep.model import Disagreement
from sitrep.stories.compare.ranges import _F, _overlap
from sitrep.stories.compare.records import _did, _dv
from sitrep.stories.compare.wording import _Namer, _day, _fv, _subject
from sitrep.stories.describe import source_name

STALE_FLOOR_RATIO = 1.25  # "more than N" repeated next to a count at least this much larger is stale


def _stale(what: str, grp: str, fs: list[_F], namer: _Namer) -> tuple[list[Disagreement], set[str]]:
    out: list[Disagreement] = []
    stale_ids: set[str] = set()
    first_seen: dict[tuple[Optional[float], Optional[float]], _F] = {}
    for f in sorted(fs, key=lambda f: (f.t or _dt.date.max, f.seq)):
        first_seen.setdefault(f.value(), f)
    by_article: dict[str, list[_F]] = defaultdict(list)
    for f in fs:
        by_article[f.article_id].append(f)
    for aid, afs in by_article.items():
        if len({f.value() for f in afs}) < 2:
            continue

        def age(f: _F) -> tuple:
            first = first_seen[f.value()]
            return (f.t or _dt.date.max, first.t or _dt.date.max, first.seq, -f.hi if f.hi != float("inf") else -f.lo)

        ordered = sorted(afs, key=age)
        old, new = ordered[0], ordered[-1]
        if old.value() == new.value():
            continue
        if _overlap(old, new) and not (old.fig.high is None and new.lo >= STALE_FLOOR_RATIO * old.lo):
            continue  # consistent values; but a bare "more than N" far below the new count is stale
        fo = first_seen[old.value()]
        if not ((old.t and new.t and old.t < new.t) or (fo.article_id != aid and (fo.t and new.t and fo.t < new.t))):
            continue
        stale_ids.add(old.fig.id)
        src = source_name(namer.articles.get(aid), aid)
        since_txt = f" (dated {_day(old.t)})" if old.t and old.t != new.t else ""
        earlier = ""
        if fo.article_id != aid:
            earlier = f", first reported by {namer.who(fo)}" + (f" on {_day(fo.t)}" if fo.t else "")
        expl = (f"{src} repeats a stale figure for {_subject(what, grp, old.since)}: "
                f"{_fv(old)}{since_txt}{earlier}, next to the newer "
                f"{namer.val(new)}; the newer figure supersedes it.")
        out.append(Disagreement(id=_did("stale", [old, new]), subject=_subject(what, grp, old.since),
                                kind="update", explanation=expl, values=[_dv(old), _dv(new)]))
    return out, stale_ids
