"""Publication dates for undated articles, inferred from their story.

Rule (documented so analysts can weigh it):

1. ``D_ev``: the latest absolute (not relative) day-precision date the article
   reports (its event mentions and time expressions). An article cannot be
   published before the last event it reports.
2. Candidate anchors: the publication dates of the story's dated articles (not
   themselves inferred) and the day after each, on or after ``D_ev``.
3. For each candidate, the article's relative time expressions ("on Thursday",
   "the previous day") are re-resolved against it (``sitrep.nlp.time.resolve_relative``)
   and its event mentions re-dated; the candidate scores one point per mention,
   dated by one of those expressions, that then matches an event mention of another
   (dated) article of the story - same coarse type, compatible sub-types,
   overlapping dates, places that coincide or contain one another - and half a
   point when the only match is an event known just by its report date.
4. The best-scoring candidate wins; ties go to the earliest candidate (the
   smallest lag between the events and the report). Precision ``day``.
5. When no candidate scores (no relative expression dates a shared event), the
   older rule applies: the earliest dated report of the same events on or after
   ``D_ev`` (``day`` when at most one day after ``D_ev``, else ``week``); with no
   ``D_ev``, the latest dated report sharing events, else the median of the
   story's dates (``week``).

The article is updated with ``published_how = "inferred"``; its relative time
expressions are re-resolved against the inferred date (anchor
``story:YYYY-MM-DD``), event mentions dated by a relative expression or by the
(unknown) publication date are re-dated, and a mention with no time whose evidence
sentence holds exactly one relative day- or week-precision expression gets that
expression (the event layer could not date it while the article had no date).
"""
from __future__ import annotations

import copy
import datetime as _dt
from collections import defaultdict
from typing import Callable, Optional

from sitrep.model import Analysis, Article, Event, EventMention, TimeExpr

MODALITIES_SCORED = {"asserted"}


def _resolver() -> Optional[Callable[..., TimeExpr]]:
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


def candidate_anchors(article: Article, story_articles: list[Article],
                      d_ev: Optional[_dt.date]) -> list[_dt.date]:
    """Dated reports' publication dates and the day after each, on or after ``d_ev``, sorted."""
    out: set[_dt.date] = set()
    for a in story_articles:
        if a.id == article.id or a.published is None or a.published_how == "inferred":
            continue
        for d in (a.published, a.published + _dt.timedelta(days=1)):
            if d_ev is None or d >= d_ev:
                out.add(d)
    return sorted(out)


def _other_mentions(article: Article, story_articles: list[Article],
                    analyses: dict[str, Analysis]) -> dict[str, list[EventMention]]:
    from sitrep.stories.merge import coarse_type

    out: dict[str, list[EventMention]] = defaultdict(list)
    for a in story_articles:
        if a.id == article.id or a.published is None or a.published_how == "inferred":
            continue
        an = analyses.get(a.id)
        for m in (an.events if an else []):
            if m.modality in MODALITIES_SCORED and m.date_start is not None:
                out[coarse_type(m)].append(m)
    return out


def score_anchor(an: Analysis, text: str, when: _dt.date,
                 others: dict[str, list[EventMention]], near_km: float = 25.0) -> float:
    """How well ``when`` as publication date lines the article's events up with the story's (rule 3)."""
    from sitrep.stories.merge import coarse_type, mention_interval, places_compatible, subtypes_compatible

    trial = copy.deepcopy(an)
    redate(trial, when, text)
    score = 0.0
    for m in trial.events:
        if m.modality not in MODALITIES_SCORED or m.time is None or not m.time.relative:
            continue
        if m.date_precision not in ("day", "week"):
            continue
        iv = mention_interval(m)
        if iv is None:
            continue
        best = 0.0
        for o in others.get(coarse_type(m), []):
            if not subtypes_compatible(m.sub_event_type, o.sub_event_type):
                continue
            ov = mention_interval(o)
            if ov is None or ov[1] < iv[0] or iv[1] < ov[0]:
                continue
            if not places_compatible(m.place, o.place, near_km):
                continue
            best = max(best, 0.5 if o.date_precision == "reported" else 1.0)
            if best == 1.0:
                break
        score += best
    return score


def infer_date(article: Article, an: Optional[Analysis], story_articles: list[Article],
               events: list[Event], analyses: Optional[dict[str, Analysis]] = None
               ) -> Optional[tuple[_dt.date, str]]:
    """(date, precision) for an undated article of a story, or None when nothing supports a date."""
    d_ev = latest_absolute_date(an)
    if an is not None and analyses is not None and _resolver() is not None:
        others = _other_mentions(article, story_articles, analyses)
        scored = [(score_anchor(an, article.text, c, others), c)
                  for c in candidate_anchors(article, story_articles, d_ev)]
        top = max((s for s, _ in scored), default=0.0)
        if top > 0:
            return min(c for s, c in scored if s == top), "day"
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


def redate(an: Analysis, when: _dt.date, text: Optional[str] = None) -> bool:
    """Re-resolve ``an``'s relative expressions against ``when`` and re-date its mentions; True if changed."""
    resolve = _resolver()
    anchor = f"story:{when.isoformat()}"
    changed = False
    new_times: dict[tuple[int, int], TimeExpr] = {}
    for i, t in enumerate(an.times):
        if not t.relative:
            continue
        if resolve is not None:
            try:
                try:
                    nt = resolve(t, when, text) if text is not None else resolve(t, when)
                except TypeError:  # a resolver that takes no article text
                    nt = resolve(t, when)
            except Exception:  # a time expression the resolver cannot handle stays as it was
                continue
            if nt.anchor is None or not nt.anchor.startswith("story:"):
                nt.anchor = anchor
            an.times[i] = nt
            new_times[(t.span.start, t.span.end)] = nt
            changed = True
    datable = [t for t in new_times.values() if t.type == "DATE" and t.start is not None
               and t.precision in ("day", "week")]
    for m in an.events:
        if m.time is None and datable:
            inside = [t for t in datable if m.sentence.start <= t.span.start and t.span.end <= m.sentence.end]
            if len(inside) == 1:
                m.time = inside[0]
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
    changed = _redate_figures(an, when, list(new_times.values()), text) or changed
    return changed


def _redate_figures(an: Analysis, when: _dt.date, resolved: list[TimeExpr], text: Optional[str]) -> bool:
    """Figures of an undated article: as-of the inferred date, and "since <relative date>" re-resolved."""
    changed = False
    sentences = [(s.start, s.end) for s in an.sentences]
    for f in an.figures:
        if f.as_of is None:
            f.as_of = when
            changed = True
        if f.since is None and text is not None:
            sent = next(((a, b) for a, b in sentences if a <= f.span.start < b), None)
            if sent is None:
                continue
            for t in resolved:
                if (sent[0] <= t.span.start < sent[1] and t.start is not None
                        and text[max(0, t.span.start - 6):t.span.start].strip().lower() == "since"):
                    f.since = t.start
                    changed = True
                    break
    return changed


def apply_inferred_date(article: Article, an: Optional[Analysis], when: _dt.date, precision: str) -> bool:
    """Set the inferred date on ``article`` and re-date its relative expressions; True if ``an`` changed."""
    article.published = when
    article.published_precision = precision
    article.published_how = "inferred"
    if an is None:
        return False
    return redate(an, when, article.text)
