"""The comparison's order (:func:`find_disagreements`) and which figures are one quantity.

Decides from the prepared figures (:mod:`~sitrep.stories.compare.prepare`): headcounts that measure no outcome
(:data:`UNCOMPARED`: "thousands of people were at the station", "50% of residents") are never compared; a
cumulative figure is one quantity with the figures of its ``what`` and group; an incident figure with those of its
``what``, group and incident (background figures are left out). Each quantity is then compared by
:mod:`~sitrep.stories.compare.incident_tolls` or :mod:`~sitrep.stories.compare.cumulative`, and the quantities side
by side by :mod:`~sitrep.stories.compare.scopes` and :mod:`~sitrep.stories.compare.period_total`.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Optional

from sitrep.model import Article, Disagreement, Event, Figure
from sitrep.stories.compare.cumulative import _cumulative
from sitrep.stories.compare.incident_tolls import _incident
from sitrep.stories.compare.period_total import _period_vs_incidents
from sitrep.stories.compare.prepare import _prepare
from sitrep.stories.compare.ranges import _F
from sitrep.stories.compare.scopes import _scope_by_who, _scope_displacement, _scope_treatment
from sitrep.stories.compare.wording import _Namer


# headcounts that measure no outcome ("thousands of people were at the station", "50% of residents"): never compared
UNCOMPARED = {"people", "civilians", "children", "women", "percent"}


def find_disagreements(figures: list[tuple[Figure, str]], articles: dict[str, Article],
                       seq: Optional[dict[str, int]] = None,
                       events: Optional[list[Event]] = None) -> list[Disagreement]:
    """Disagreements among the figures of one story; ``figures`` are (figure, article id) pairs.

    ``events``: the story's merged events; a figure linked to one of them is that event's figure.
    """
    seq = seq or {}
    namer = _Namer(articles)
    items = _prepare(figures, articles, seq, events)
    cumulative: dict[tuple[str, str], list[_F]] = defaultdict(list)
    incidents: dict[tuple[str, str, str], list[_F]] = defaultdict(list)
    for f in items:
        if f.fig.what in UNCOMPARED:
            continue
        if f.incident is None:
            cumulative[(f.fig.what, f.group)].append(f)
        elif not f.fig.background:
            incidents[(f.fig.what, f.group, f.incident)].append(f)
    out: list[Disagreement] = []
    for (what, grp, _inc), fs in incidents.items():
        out.extend(_incident(what, grp, fs, namer))
    for (what, grp), fs in cumulative.items():
        out.extend(_cumulative(what, grp, fs, namer))
    out.extend(_scope_by_who(cumulative, namer))
    out.extend(_scope_displacement(cumulative, namer))
    out.extend(_scope_treatment(items, namer))
    out.extend(_period_vs_incidents(cumulative, incidents, namer))
    return out
