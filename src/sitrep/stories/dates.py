"""Publication dates for undated articles, inferred from their story.

Rule (documented so analysts can weigh it):

1. ``D_ev``: the latest absolute (not relative) day-precision date the article
   reports (its event mentions and time expressions). An article cannot be
   published before the last event it reports.
2. ``P``: publication dates of the story's dated articles that report one of the
   same events (after event merging); if there are none, of all dated articles
   of the story.
3. The inferred date is the earliest date in ``P`` on or after ``D_ev`` (the first
   dated report of the same news); with no such date, ``D_ev`` itself; with no
   ``D_ev``, the latest date in ``P`` that shares events, else the median of ``P``.
4. Precision: ``day`` when the inferred date is at most one day after ``D_ev``
   (the article's own dates pin it), otherwise ``week``.

The article is updated with ``published_how = "inferred"``; its relative time
expressions are re-resolved against the inferred date (anchor
``story:YYYY-MM-DD``) with the time layer's ``resolve_relative`` when it is
available, and event mentions that were dated by a relative expression or had
only the (unknown) publication date are re-dated.
"""
from __future__ import annotations

import datetime as _dt
from typing import Callable, Optional

from sitrep.model import Analysis, Article, Event, TimeExpr


def _resolver() -> Optional[Callable[[TimeExpr, _dt.date], TimeExpr]]:
    try:
        from sitrep.nlp.time import resolve_relative  # type: ignore[attr-defined]
    except ImportError:
        return None
    return resolve_relative  # type: ignore[no-any-return]


def latest_absolute_date(an: Optional[Analysis]) -> Optional[_dt.date]:
    if an is None:
        return None
    days: list[_dt.date] = []
    for t in an.times:
        if not t.relative and not t.future and t.precision == "day" and t.start is not None:
            days.append(t.end or t.start)
    for m in an.events:
        if m.date_precision == "day" and m.date_start is not None and not (m.time and m.time.relative):
            days.append(m.date_end or m.date_start)
    return max(days) if days else None


def infer_date(article: Article, an: Optional[Analysis], story_articles: list[Article],
               events: list[Event]) -> Optional[tuple[_dt.date, str]]:
    """(date, precision) for an undated article of a story, or None when nothing supports a date."""
    d_ev = latest_absolute_date(an)
    by_id = {a.id: a for a in story_articles}
    shared: list[_dt.date] = []
    for e in events:
        ids = {m.article_id for m in e.mentions}
        if article.id in ids:
            shared.extend(by_id[i].published for i in ids if i in by_id and by_id[i].published  # type: ignore[misc]
                          and by_id[i].published_how != "inferred")
    dated = sorted(a.published for a in story_articles if a.published and a.id != article.id
                   and a.published_how != "inferred")
    pool = sorted(shared) or dated
    if d_ev is not None:
        after = [p for p in pool if p >= d_ev]
        when = after[0] if after else d_ev
        return when, ("day" if (when - d_ev).days <= 1 else "week")
    if shared:
        return max(shared), "week"
    if dated:
        return dated[len(dated) // 2], "week"
    return None


def apply_inferred_date(article: Article, an: Optional[Analysis], when: _dt.date, precision: str) -> bool:
    """Set the inferred date on ``article`` and re-date its relative expressions; True if ``an`` changed."""
    article.published = when
    article.published_precision = precision
    article.published_how = "inferred"
    if an is None:
        return False
    resolve = _resolver()
    anchor = f"story:{when.isoformat()}"
    changed = False
    new_times: dict[tuple[int, int], TimeExpr] = {}
    for i, t in enumerate(an.times):
        if not t.relative:
            continue
        if resolve is not None:
            try:
                nt = resolve(t, when)
            except Exception:  # a time expression the resolver cannot handle stays as it was
                continue
            nt.anchor = anchor
            an.times[i] = nt
            new_times[(t.span.start, t.span.end)] = nt
            changed = True
    for m in an.events:
        if m.time is not None and m.time.relative:
            nt = new_times.get((m.time.span.start, m.time.span.end))
            if nt is not None and nt.start is not None:
                m.time = nt
                m.date_start, m.date_end, m.date_precision = nt.start, nt.end or nt.start, nt.precision
                changed = True
        elif m.time is None and m.date_precision in ("reported", "unknown"):
            m.date_start = m.date_end = when
            m.date_precision = "reported"
            changed = True
    return changed
