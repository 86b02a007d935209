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
4. The best-scoring candidate wins; among ties, the one that puts the article's
   past-tense weekdays ("workers on Saturday swept up...") fewest days back
   (a report's weekdays name its last few days; ``sitrep.nlp.time.past_weekdays``),
   then the earliest (the smallest lag between the events and the report). Precision ``day``.
5. When no candidate scores (no relative expression dates a shared event), the
   older rule applies: the earliest dated report of the same events on or after
   ``D_ev`` (``day`` when at most one day after ``D_ev``, else ``week``); with no
   ``D_ev``, the latest dated report sharing events, else the median of the
   story's dates (``week``). A ``day`` found so gives way to the day after it
   when that puts the article's past-tense weekdays fewer days back.

The article is updated with ``published_how = "inferred"``; its relative time
expressions are re-resolved against the inferred date (anchor
``story:YYYY-MM-DD``), event mentions dated by a relative expression or by the
(unknown) publication date are re-dated, and a mention with no time whose evidence
sentence holds exactly one relative day- or week-precision expression gets that
expression (the event layer could not date it while the article had no date).
"""
from __future__ import annotations

import bisect
import copy
import dataclasses
import datetime as _dt
import re
from collections import defaultdict
from typing import Callable, Optional

from sitrep.events.date import OFFSET_ANCHOR
from sitrep.model import Analysis, Article, Event, EventMention, TimeExpr

_CORRECTED = re.compile(r"dct-corrected:(\d{4}-\d\d-\d\d)")

MODALITIES_SCORED = {"asserted"}


def corrected_dct(an: Optional[Analysis]) -> Optional[_dt.date]:
    """The publication date the time annotator corrected the header to (anchor "dct-corrected:..."), or None."""
    for t in an.times if an is not None else ():
        m = _CORRECTED.match(t.anchor or "")
        if m:
            return _dt.date.fromisoformat(m.group(1))
    return None


def apply_corrected_date(article: Article, an: Optional[Analysis]) -> bool:
    """Make the article carry the date its analysis was anchored on; True when the article changed.

    A header date the text shows to be a day early (``sitrep.nlp.time.suggest_dct``)
    becomes ``published`` with ``published_how = "corrected"``, the header's date kept in
    ``published_header``; an article corrected before whose new analysis no longer
    corrects it goes back to its header date. Every later stage reads ``published``.
    """
    fixed = corrected_dct(an)
    header = article.published_header if article.published_how == "corrected" else article.published
    if fixed is not None and header is not None and fixed != header:
        if (article.published, article.published_how, article.published_header) == (fixed, "corrected", header):
            return False
        article.published, article.published_how, article.published_header = fixed, "corrected", header
        article.published_precision = "day"
        return True
    if article.published_how == "corrected":  # the correction no longer holds
        article.published, article.published_how, article.published_header = header, "header", None
        return True
    return False


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


class _Others:
    """The dated articles' event mentions, by coarse type and ISO week: the candidates a mention is scored
    against are those of its type in the weeks its dates touch."""

    def __init__(self) -> None:
        self.by: dict[tuple[str, int], list[EventMention]] = defaultdict(list)

    def add(self, m: EventMention) -> None:
        from sitrep.stories.merge import coarse_type, mention_interval

        iv = mention_interval(m)
        if iv is None:
            return
        for w in _weeks_of(iv):
            self.by[(coarse_type(m), w)].append(m)

    def near(self, ctype: str, iv: tuple[int, int]) -> list[EventMention]:
        seen: dict[int, EventMention] = {}
        for w in _weeks_of(iv):
            for m in self.by.get((ctype, w), ()):
                seen.setdefault(id(m), m)
        return list(seen.values())


def _weeks_of(iv: tuple[int, int]) -> list[int]:
    w0, w1 = iv[0] // 7, iv[1] // 7
    return [w0, w1] if w1 - w0 > 6 else list(range(w0, w1 + 1))  # a month or coarser: its first and last weeks


def _trial(an: Analysis) -> Analysis:
    """A copy of ``an`` that :func:`redate` may change without touching ``an`` (it replaces time expressions
    and sets dates on mentions and figures: copying those objects is enough; spans stay shared)."""
    return Analysis(article_id=an.article_id, sentences=an.sentences, entities=an.entities,
                    times=list(an.times), places=an.places, figures=[copy.copy(f) for f in an.figures],
                    attributions=an.attributions, events=[copy.copy(m) for m in an.events])


def score_anchor(an: Analysis, text: str, when: _dt.date, others: _Others, near_km: float = 25.0) -> float:
    """How well ``when`` as publication date lines the article's events up with the story's (rule 3)."""
    from sitrep.stories.merge import coarse_type, mention_interval, places_compatible, subtypes_compatible

    trial = _trial(an)
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
        for o in others.near(coarse_type(m), iv):
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


class StoryDating:
    """What date inference needs from one story, computed once: inferring the date of each undated article
    then costs O(its own mentions x candidate days), not O(story size) - a story with many undated articles
    stays linear. Inferred dates are never used as evidence, so this stays valid while the undated articles
    of the story are dated one after the other."""

    def __init__(self, story_articles: list[Article], events: list[Event],
                 analyses: Optional[dict[str, Analysis]]) -> None:
        dated = [a for a in story_articles if a.published is not None and a.published_how != "inferred"]
        self.dated = sorted(a.published for a in dated)  # type: ignore[type-var]
        self.anchors = sorted({d for a in dated for d in (a.published, a.published + _dt.timedelta(days=1))})  # type: ignore[operator]
        self.others = _Others()
        for a in dated:
            an = (analyses or {}).get(a.id)
            for m in (an.events if an else []):
                if m.modality in MODALITIES_SCORED and m.date_start is not None:
                    self.others.add(m)
        pub = {a.id: a.published for a in dated}
        self.event_pubs: list[list[_dt.date]] = []  # per event: its dated reports' publication dates, sorted
        self.events_of: dict[str, list[int]] = defaultdict(list)  # article id -> events it reports
        for e in events:
            ids = {m.article_id for m in e.mentions}
            self.event_pubs.append(sorted(pub[i] for i in ids if i in pub))  # type: ignore[misc]
            for i in ids:
                self.events_of[i].append(len(self.event_pubs) - 1)

    def candidates(self, d_ev: Optional[_dt.date]) -> list[_dt.date]:
        return self.anchors if d_ev is None else self.anchors[bisect.bisect_left(self.anchors, d_ev):]

    def first_shared_on_or_after(self, article_id: str, d: _dt.date) -> Optional[_dt.date]:
        best = None
        for k in self.events_of.get(article_id, ()):
            ps = self.event_pubs[k]
            i = bisect.bisect_left(ps, d)
            if i < len(ps) and (best is None or ps[i] < best):
                best = ps[i]
        return best

    def shared_bounds(self, article_id: str) -> Optional[tuple[_dt.date, _dt.date]]:
        """Earliest and latest dated report that shares an event with the article."""
        lo = hi = None
        for k in self.events_of.get(article_id, ()):
            ps = self.event_pubs[k]
            if ps:
                lo = ps[0] if lo is None or ps[0] < lo else lo
                hi = ps[-1] if hi is None or ps[-1] > hi else hi
        return (lo, hi) if lo is not None and hi is not None else None


def infer_date(article: Article, an: Optional[Analysis], story_articles: list[Article],
               events: list[Event], analyses: Optional[dict[str, Analysis]] = None,
               ctx: Optional[StoryDating] = None) -> Optional[tuple[_dt.date, str]]:
    """(date, precision) for an undated article of a story, or None when nothing supports a date.

    ``ctx``: the story's :class:`StoryDating`, when several articles of one story are dated in turn."""
    ctx = ctx or StoryDating([a for a in story_articles if a.id != article.id], events, analyses)
    d_ev = latest_absolute_date(an)
    if an is not None and analyses is not None and _resolver() is not None:
        scored = [(score_anchor(an, article.text, c, ctx.others), c) for c in ctx.candidates(d_ev)]
        top = max((s for s, _ in scored), default=0.0)
        if top > 0:
            weekdays = _past_weekdays(article.text)
            return min((c for s, c in scored if s == top), key=lambda c: (_weekday_lag(weekdays, c), c)), "day"
    bounds = ctx.shared_bounds(article.id)
    if d_ev is not None:
        after = ctx.first_shared_on_or_after(article.id, d_ev) if bounds else None
        if after is None and not bounds:
            i = bisect.bisect_left(ctx.dated, d_ev)
            after = ctx.dated[i] if i < len(ctx.dated) else None
        when = after if after is not None else d_ev
        if (when - d_ev).days > 1:
            return when, "week"
        weekdays, nxt = _past_weekdays(article.text), when + _dt.timedelta(days=1)
        return (nxt if _weekday_lag(weekdays, nxt) < _weekday_lag(weekdays, when) else when), "day"
    if bounds:
        return bounds[1], "week"
    if ctx.dated:
        return ctx.dated[len(ctx.dated) // 2], "week"
    return None

def _past_weekdays(text: str) -> list[int]:
    try:
        from sitrep.nlp.time import past_weekdays
    except ImportError:
        return []
    return past_weekdays(text)


def _weekday_lag(weekdays: list[int], when: _dt.date) -> int:
    """Total days back from ``when`` to the weekdays a report names."""
    return sum((when.weekday() - wd) % 7 for wd in weekdays)


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
                nt = dataclasses.replace(nt, anchor=anchor)  # never change the given object: trials share it
            an.times[i] = nt
            new_times[(t.span.start, t.span.end)] = nt
            changed = True
    datable = [t for t in new_times.values() if t.type == "DATE" and t.start is not None
               and t.precision in ("day", "week")]
    for m in an.events:
        if m.time is None and datable and m.date_precision == "unknown":  # "reported": its sentence's date is not its own
            inside = [t for t in datable if m.sentence.start <= t.span.start and t.span.end <= m.sentence.end]
            if len(inside) == 1:
                m.time = inside[0]
        if m.time is not None and m.time.relative:
            nt = new_times.get((m.time.span.start, m.time.span.end))
            if nt is not None and nt.start is not None and (m.time.anchor or "").startswith(OFFSET_ANCHOR):
                # "on Saturday ..., a day after a missile attack killed 52" in an undated report: Saturday less one
                d = _dt.timedelta(days=int(m.time.anchor[len(OFFSET_ANCHOR):]))  # type: ignore[index]
                nt = dataclasses.replace(nt, start=nt.start + d, end=(nt.end or nt.start) + d,
                                         value=(nt.start + d).isoformat(), anchor=f"{nt.anchor} ({m.time.anchor})")
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
