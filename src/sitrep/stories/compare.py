"""Figures and disagreements: figures about the same quantity, compared across and inside articles.

Figures of one story are grouped by *quantity*: the same ``what`` (killed,
displaced, targets_hit…) and the same normalised ``who`` (lower case, articles
and number words dropped, simple plurals folded). Groups are found with a dict,
never by comparing all pairs. Inside a group each figure has a *time* (its
``as_of``, else its article's publication date) and a *period* (its ``since``).

* ``conflict``: two or more figures of one quantity, one period and one day whose
  ranges do not overlap ("different values at the same time"), or the same value
  range given by claimants who contradict a third.
* ``update``: the value of one quantity and period changes from one day to a later
  one: the later figure supersedes the earlier. One disagreement per chain, listing
  each distinct value at its first appearance.
* ``scope``: the same ``what`` counted over another period (different ``since``)
  or for a wider/narrower group (one ``who`` a sub-phrase of the other:
  "soldiers" vs "Turkish soldiers").
* stale: an article that gives two values of one quantity where one is older - an
  earlier ``as_of``, marked background, or first reported by an earlier article -
  is called out in an ``update`` whose explanation says the article repeats the
  stale figure next to the newer one.

Background figures (old context such as "the 2018 deal") take part only in the
stale check; they never make a conflict.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Optional

from sitrep.model import Article, Disagreement, DisagreementValue, Figure
from sitrep.stories.describe import source_name

_DROP = {"the", "a", "an", "of", "some", "other", "more", "its", "their", "his", "her", "at", "least", "about"}
_NUMWORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens",
             "hundred", "hundreds", "thousand", "thousands", "million", "millions"}


def who_key(who: Optional[str]) -> str:
    """Normalised group phrase: "the Turkish soldiers" -> "turkish soldier"."""
    if not who:
        return ""
    words = [w for w in re.findall(r"[\w'-]+", who.lower()) if w not in _DROP and w not in _NUMWORDS
             and not w.isdigit()]
    out = []
    for w in words:
        if len(w) > 3 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return " ".join(out)


@dataclass
class _F:
    fig: Figure
    article_id: str
    t: Optional[_dt.date]  # as_of or publication date
    seq: int  # article order (tie-breaker: which report came first)

    @property
    def lo(self) -> float:
        return self.fig.low if self.fig.low is not None else (self.fig.high or 0.0)

    @property
    def hi(self) -> float:
        return self.fig.high if self.fig.high is not None else float("inf")

    def value(self) -> tuple[Optional[float], Optional[float]]:
        return (self.fig.low, self.fig.high)


def fmt_value(low: Optional[float], high: Optional[float]) -> str:
    def n(x: float) -> str:
        return f"{int(x):,}" if float(x).is_integer() else f"{x:,.1f}"

    if low is None and high is None:
        return "an unknown number"
    if high is None:
        return f"more than {n(low - 1) if float(low).is_integer() else n(low)}"  # type: ignore[operator]
    if low is None:
        return f"up to {n(high)}"
    if low == high:
        return n(low)
    return f"{n(low)}–{n(high)}"


def _overlap(a: _F, b: _F) -> bool:
    return a.lo <= b.hi and b.lo <= a.hi


def _did(kind: str, figs: Iterable[_F]) -> str:
    h = hashlib.sha1((kind + "|" + "|".join(sorted(f.fig.id for f in figs))).encode("utf-8")).hexdigest()
    return "dis-" + h[:12]


def _dv(f: _F) -> DisagreementValue:
    return DisagreementValue(low=f.fig.low, high=f.fig.high, as_of=f.t, claimant=f.fig.claimant_name or f.fig.claimant,
                             article_id=f.article_id, figure_id=f.fig.id)


class _Namer:
    def __init__(self, articles: dict[str, Article]) -> None:
        self.articles = articles

    def who(self, f: _F) -> str:
        src = source_name(self.articles.get(f.article_id), f.article_id)
        cl = f.fig.claimant_name or f.fig.claimant
        return f"{src} citing {cl}" if cl else src

    def val(self, f: _F) -> str:
        when = f" as of {f.t.day} {f.t.strftime('%b %Y')}" if f.t else ""
        return f"{fmt_value(f.fig.low, f.fig.high)}{when} ({self.who(f)})"


def _subject(what: str, who: str, since: Optional[_dt.date]) -> str:
    s = what.replace("_", " ")
    if who:
        s = f"{who} {s}" if what in ("killed", "wounded", "displaced", "detained", "missing") else f"{s} ({who})"
    if since:
        s += f" since {since.day} {since.strftime('%b %Y')}"
    return s


def find_disagreements(figures: list[tuple[Figure, str]], articles: dict[str, Article],
                       seq: Optional[dict[str, int]] = None) -> list[Disagreement]:
    """Disagreements among the figures of one story; ``figures`` are (figure, article id) pairs."""
    seq = seq or {}
    namer = _Namer(articles)
    groups: dict[tuple[str, str], list[_F]] = defaultdict(list)
    for fig, aid in figures:
        if fig.low is None and fig.high is None:
            continue
        a = articles.get(aid)
        t = fig.as_of or (a.published if a else None)
        groups[(fig.what, who_key(fig.who))].append(_F(fig, aid, t, seq.get(aid, 0)))
    out: list[Disagreement] = []
    for (what, who), fs in groups.items():
        out.extend(_in_group(what, who, fs, namer))
    out.extend(_scope_by_who(groups, namer))
    return out


def _in_group(what: str, who: str, fs: list[_F], namer: _Namer) -> list[Disagreement]:
    out: list[Disagreement] = []
    by_since: dict[Optional[_dt.date], list[_F]] = defaultdict(list)
    for f in fs:
        by_since[f.fig.since].append(f)
    # stale figures repeated next to newer ones inside one article
    stale_ids: set[str] = set()
    first_seen: dict[tuple[Optional[float], Optional[float]], _F] = {}
    for f in sorted(fs, key=lambda f: (f.t or _dt.date.max, f.seq)):
        first_seen.setdefault(f.value(), f)
    by_article: dict[str, list[_F]] = defaultdict(list)
    for f in fs:
        by_article[f.article_id].append(f)
    for aid, afs in by_article.items():
        values = {f.value() for f in afs}
        if len(values) < 2:
            continue

        def age(f: _F) -> tuple:
            first = first_seen[f.value()]
            return (f.t or _dt.date.max, not f.fig.background, first.t or _dt.date.max, first.seq)

        ordered = sorted(afs, key=age)
        old, new = ordered[0], ordered[-1]
        if old.value() == new.value() or _overlap(old, new) or old.fig.since != new.fig.since:
            continue
        fo = first_seen[old.value()]
        if not (old.fig.background or (old.t and new.t and old.t < new.t)
                or (fo.article_id != aid and (fo.t and new.t and fo.t < new.t))):
            continue
        stale_ids.update({old.fig.id})
        src = source_name(namer.articles.get(aid), aid)
        since_txt = f" (dated {old.t.day} {old.t.strftime('%b %Y')})" if old.t and old.t != new.t else ""
        earlier = ""
        if fo.article_id != aid:
            earlier = f", first reported by {namer.who(fo)}" + (
                f" on {fo.t.day} {fo.t.strftime('%b %Y')}" if fo.t else "")
        expl = (f"{src} repeats a stale figure for {_subject(what, who, old.fig.since)}: "
                f"{fmt_value(old.fig.low, old.fig.high)}{since_txt}{earlier}, next to the newer "
                f"{namer.val(new)}; the newer figure supersedes it.")
        out.append(Disagreement(id=_did("stale", [old, new]), subject=_subject(what, who, old.fig.since),
                                kind="update", explanation=expl, values=[_dv(old), _dv(new)]))
    # conflicts (same period, same day) and updates (later day) per period
    for since, sfs in by_since.items():
        live = [f for f in sfs if not f.fig.background and f.fig.id not in stale_ids]
        by_day: dict[Optional[_dt.date], list[_F]] = defaultdict(list)
        for f in live:
            by_day[f.t].append(f)
        subject = _subject(what, who, since)
        chain: list[_F] = []
        for day in sorted((d for d in by_day if d is not None)):
            dfs = sorted(by_day[day], key=lambda f: (f.seq, f.fig.span.start))
            distinct: list[_F] = []
            for f in dfs:
                if not any(_overlap(f, g) for g in distinct):
                    distinct.append(f)
            if len(distinct) >= 2:
                vals = "; ".join(namer.val(f) for f in distinct)
                expl = (f"Sources disagree on {subject} on {day.day} {day.strftime('%b %Y')}: {vals}.")
                out.append(Disagreement(id=_did("conflict", distinct), subject=subject, kind="conflict",
                                        explanation=expl, values=[_dv(f) for f in distinct]))
            # the day's value for the update chain: the highest-count figure of the day
            rep = max(dfs, key=lambda f: (f.hi if f.hi != float("inf") else f.lo, -f.seq))
            if not chain or not _overlap(chain[-1], rep):
                chain.append(rep)
        if len(chain) >= 2:
            steps = ", then ".join(namer.val(f) for f in chain)
            latest = chain[-1]
            expl = (f"The figure for {subject} changes over time: {steps}; the latest, "
                    f"{fmt_value(latest.fig.low, latest.fig.high)}, supersedes the earlier ones.")
            out.append(Disagreement(id=_did("update", chain), subject=subject, kind="update", explanation=expl,
                                    values=[_dv(f) for f in chain]))
    # the same quantity over different periods
    periods = [s for s in by_since if any(not f.fig.background for f in by_since[s])]
    if len(periods) >= 2:
        reps = []
        for s in sorted(periods, key=lambda d: (d is not None, d or _dt.date.min)):
            live = [f for f in by_since[s] if not f.fig.background]
            reps.append(max(live, key=lambda f: (f.t or _dt.date.min, f.seq)))
        parts = []
        for f in reps:
            per = f"since {f.fig.since.day} {f.fig.since.strftime('%b %Y')}" if f.fig.since else "with no period given"
            parts.append(f"{fmt_value(f.fig.low, f.fig.high)} {per} ({namer.who(f)})")
        expl = (f"Figures for {_subject(what, who, None)} count different periods, so they are not comparable "
                f"as they stand: " + "; ".join(parts) + ".")
        out.append(Disagreement(id=_did("scope-period", reps), subject=_subject(what, who, None), kind="scope",
                                explanation=expl, values=[_dv(f) for f in reps]))
    return out


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
            nw = set(narrow.split())
            for wide in whos[:i]:
                ww = set(wide.split())
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


def _latest(fs: list[_F]) -> Optional[_F]:
    live = [f for f in fs if not f.fig.background]
    return max(live, key=lambda f: (f.t or _dt.date.min, f.seq)) if live else None
