"""Which reports tell a count of an incident's dead: the articles of the mentions that carry a death count, read
by the story totals (``totals``), a far dateline's day (``own_day``) and recaps (``recaps``)."""
from __future__ import annotations

from sitrep.model import Event

__all__ = ["counting_articles"]


def counting_articles(g: list[Event]) -> set[str]:
    """The ids of the articles whose mentions of the events ``g`` carry a death count."""
    return {m.article_id for e in g for m in e.mentions if m.fatalities is not None}
