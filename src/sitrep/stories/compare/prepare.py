"""Which figures are compared and as what: each figure's day, group, period and incident.

Decides, per article: figures with no value are left out, a restatement in another unit is dropped
(:mod:`~sitrep.stories.compare.restatement`); a figure's day is its ``as_of``, else the article's publication
date; a figure with no period takes the period of a figure of its clause with the same ``what`` and claimant;
a figure with no period that counts no stock (:data:`STOCKS`) is an *incident* figure: the incident of its event
(:mod:`~sitrep.stories.compare.event_links`, :mod:`~sitrep.stories.compare.incident_ids`,
:mod:`~sitrep.stories.compare.exchanges`), else its day; the other figures are *cumulative*. Incident figures of
the same ``what`` in one clause are siblings (a group counted apart).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Optional

from sitrep.model import Article, Event, Figure
from sitrep.stories.compare.clauses import _same_clause
from sitrep.stories.compare.event_links import (
    _event_links, _event_of_sentence, _sentence_events, _undated_mention_figures,
)
from sitrep.stories.compare.exchanges import _exchange_ids
from sitrep.stories.compare.groups import group_of
from sitrep.stories.compare.incident_ids import _incident_ids
from sitrep.stories.compare.ranges import _F
from sitrep.stories.compare.restatement import _is_restatement


STOCKS = {"displaced", "troops", "vehicles", "refugees", "returnees", "detained_total"}


def _text_of(articles: dict[str, Article], aid: str) -> str:
    a = articles.get(aid)
    return a.text if a else ""


def _prepare(figures: list[tuple[Figure, str]], articles: dict[str, Article], seq: dict[str, int],
             events: Optional[list[Event]]) -> list[_F]:
    links = _event_links(events)
    undated_links = _undated_mention_figures(events)
    incident_of = _incident_ids(events)
    exchange_joined = _exchange_ids(events, incident_of)
    sentence_events = _sentence_events(events)
    by_article: dict[str, list[Figure]] = defaultdict(list)
    for fig, aid in figures:
        if fig.low is None and fig.high is None:
            continue
        by_article[aid].append(fig)
    out: list[_F] = []
    for aid, figs in by_article.items():
        text = _text_of(articles, aid)
        figs = sorted(figs, key=lambda f: f.span.start)
        kept: list[Figure] = []
        for f in figs:
            if kept and _is_restatement(kept[-1], f, text):
                continue
            kept.append(f)
        a = articles.get(aid)
        fs: list[_F] = []
        for f in kept:
            t = f.as_of or (a.published if a else None)
            fs.append(_F(f, aid, t, seq.get(aid, 0), group=group_of(f, text), since=f.since))
        # a figure with no period takes the period of a figure of its clause (same what and claimant)
        for x in fs:
            if x.since is None and (x.fig.id not in links or x.fig.id in undated_links):
                for y in fs:
                    if (y is not x and y.fig.since is not None and y.fig.what == x.fig.what
                            and y.fig.claimant == x.fig.claimant and _same_clause(x.fig, y.fig, text)):
                        x.since = y.fig.since
                        break
        for x in fs:
            ev = links.get(x.fig.id) or _event_of_sentence(sentence_events, aid, x.fig)
            if x.since is None and x.fig.what not in STOCKS:
                if ev is not None:
                    x.incident, x.when = incident_of.get(ev.id, ev.id), ev.date_start
                    x.event = ev.id if ev.id in exchange_joined else x.incident
                else:
                    x.incident, x.when = f"day:{x.t}", x.t
        for x in fs:  # incident figures of the same what listed in the same clause
            if x.incident is not None:
                x.siblings = [y for y in fs if y is not x and y.fig.what == x.fig.what and y.incident is not None
                              and _same_clause(x.fig, y.fig, text)]
        out.extend(fs)
    return out
