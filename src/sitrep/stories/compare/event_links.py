"""Which merged event a figure counts the toll of.

Decides from the event mentions: the figures a mention carries (``figures``, ``fatalities``); else, for a death or
wounded count the event layer did not attach, the one violent event told in the figure's sentence, or the
article's one violent event with a toll when its sentence tells none. Also which figures come from mentions with no
time expression of their own (such a figure may borrow the period of a figure in its clause).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Optional

from sitrep.model import VIOLENT_EVENT_TYPES, Event, Figure


def _event_links(events: Optional[list[Event]]) -> dict[str, Event]:
    out: dict[str, Event] = {}
    for e in events or []:
        for m in e.mentions:
            ids = list(m.figures) + ([m.fatalities.id] if m.fatalities is not None else [])
            for fid in ids:
                out.setdefault(fid, e)
    return out


def _undated_mention_figures(events: Optional[list[Event]]) -> set[str]:
    """Ids of figures carried by mentions with no time expression of their own ("claim to have killed scores"):
    such a figure may take the period of a figure in its clause ("lost 14 soldiers in the past nine days")."""
    out: set[str] = set()
    for e in events or []:
        for m in e.mentions:
            if m.time is None:
                out.update(m.figures)
                if m.fatalities is not None:
                    out.add(m.fatalities.id)
    return out


def _sentence_events(events: Optional[list[Event]]) -> dict[str, list[tuple[int, int, Event]]]:
    """article id -> (sentence start, end, event) of its violent event mentions."""
    out: dict[str, list[tuple[int, int, Event]]] = defaultdict(list)
    for e in events or []:
        if e.event_type in VIOLENT_EVENT_TYPES:
            for m in e.mentions:
                out[m.article_id].append((m.sentence.start, m.sentence.end, e))
    return out


def _event_of_sentence(index: dict[str, list[tuple[int, int, Event]]], aid: str, fig: Figure) -> Optional[Event]:
    """A toll the event layer did not attach ("the number killed in Friday's strike has risen to 57"): the one
    violent event told in the same sentence, if there is exactly one."""
    if fig.what not in ("killed", "wounded"):
        return None
    hits = {e.id: e for a, b, e in index.get(aid, ()) if a <= fig.span.start < b}
    if len(hits) == 1:
        return next(iter(hits.values()))
    if not hits:  # no event in the sentence: the article's one violent event that has a toll, if only one
        tolled = {e.id: e for _a, _b, e in index.get(aid, ()) if e.fatalities_best is not None}
        if len(tolled) == 1:
            return next(iter(tolled.values()))
    return None
