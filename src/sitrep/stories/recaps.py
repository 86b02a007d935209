"""An earlier incident told in passing (issue 16, story totals): a report of today's bombing recalls another
("On 17 March a suicide car bomb at a checkpoint in Lakki Marwat killed nine people") with its own day and toll. It is
an incident of its own, but not of this story: its own reports tell it, and a story total that adds it counts its dead
in two stories (5 + 9 for 5).

:func:`recap_only` tells such an incident: dated at least :data:`RECAP_DAYS` days before the story's first
report (a story told over weeks keeps its first days' deeds), each report that counts it telling a deed of the story
(an asserted violent event) at least that many days later, the one the report is about, and counting it after its
lede (a report about an old deed, "security forces killed 31 civilians ... in April" in June, tells it in its lede).
Such incidents are listed apart, never added.

:func:`recap_told` tells one whose day the reading missed (dated on the report's day) by its words: every count of it
opens with an earlier month ("In May, six police reservists were killed ...", "Last month's blast in Lafey killed
six", "a guard died in a March attack"), after its report's lede, in a report that tells a deed of the story of its
own (an asserted violent event with no such words). An earlier time of the story's own weeks ("Earlier in the week,
a drone attack on the city's east killed two", in a report of Saturday's strike) tells one too, when the incident is
dated before every dated deed of its report (branch stories15).
"""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import Optional

from sitrep.model import Article, Event
from sitrep.stories.tellers import counting_articles

__all__ = ["RECAP_DAYS", "recap_only", "recap_told"]

RECAP_DAYS = 7  # a week before the report and before its own deed: no toll update of the story's days
LEDE_WORDS = 15  # a paragraph longer than a headline or a date line


def _lede_end(text: str) -> int:
    """Where the report's lede ends: the end of its first paragraph of more than :data:`LEDE_WORDS` words (the
    headline and a date line before it are shorter)."""
    at = 0
    for para in re.split(r"(\n\s*\n)", text):
        at += len(para)
        if len(para.split()) > LEDE_WORDS:
            return at
    return at


def recap_only(g: list[Event], date: Optional[_dt.date], events: list[Event], articles: dict[str, Article],
               tolled: frozenset[str]) -> bool:
    """Whether the incident of events ``g`` dated ``date`` is an earlier incident that the story's reports only recall
    (see the module docstring); ``events``: the story's events, ``tolled``: the event types a total counts."""
    if date is None:
        return False
    ids = counting_articles(g)
    if not ids:
        return False
    later = _dt.timedelta(days=RECAP_DAYS)
    first = min((a.published for a in articles.values() if a.published is not None), default=None)
    if first is None or first - date < later:
        return False  # within the story's own weeks (a story told over a month counts its first days' deeds)
    for aid in ids:
        art = articles.get(aid)
        if art is None or art.published is None or art.published - date < later:
            return False
        lede = _lede_end(art.text or "")
        if any(m.article_id == aid and m.sentence.start < lede for e in g for m in e.mentions if m.fatalities is not None):
            return False  # the report's own subject, however old ("killed 31 civilians ... in April", a June report)
        own = [e for e in events if e.modality == "asserted" and e.event_type in tolled and e.date_start is not None
               and e.date_start - date >= later and any(m.article_id == aid for m in e.mentions)]
        if not own:
            return False
    return True


_MONTH = {name.lower(): k for k, name in enumerate(calendar.month_name) if name}
# an earlier time named before a count: "last month('s)", "last year", "in May" / "a March attack" (no day after it)
_EARLIER = re.compile(r"\b(?:last|previous)\s+(?:month|year)\b|\b(" + "|".join(_MONTH) + r")\b(?!\s+\d)", re.I)


def _earlier_words(sentence: str, published: _dt.date) -> bool:
    """The sentence names a time before its report's month: "last month", "last year", or a month name of this year
    before the report's month ("In May" in a June report; "In December" in a January report is last year's too)."""
    for m in _EARLIER.finditer(sentence):
        if m.group(1) is None or _MONTH[m.group(1).lower()] != published.month:
            return True
    return False


# an earlier time within the story's own weeks: "earlier in the week", "earlier this month", "last week"
_EARLIER_NEAR = re.compile(r"\bearlier\s+(?:in\s+the|this)\s+(?:week|month)\b|\b(?:last|previous)\s+week\b", re.I)


def _near_earlier(sentence: str) -> bool:
    """The sentence names an earlier time of the story's own weeks (:data:`_EARLIER_NEAR`)."""
    return _EARLIER_NEAR.search(sentence) is not None


def _before_own(g: list[Event], own: list[Event]) -> bool:
    """The incident ``g`` is dated before every dated deed ``own`` of its report: "Earlier in the week, a drone attack
    ... killed two" (Monday) in a report of Saturday's strike; "last week's attack" that is the report's own deed is
    not."""
    mine = [e.date_start for e in g if e.date_start is not None]
    theirs = [e.date_start for e in own if e.date_start is not None]
    return bool(mine and theirs) and max(mine) < min(theirs)


def recap_told(g: list[Event], events: list[Event], articles: dict[str, Article], tolled: frozenset[str]) -> bool:
    """Whether the incident of events ``g`` is an earlier incident recalled in words (see the module docstring); an
    earlier time of the story's own weeks ("earlier in the week") tells one only when ``g`` is dated before the
    report's own deeds."""
    ids = counting_articles(g)
    if not ids:
        return False
    mine = {id(e) for e in g}
    for aid in ids:
        art = articles.get(aid)
        if art is None or art.published is None:
            return False
        lede = _lede_end(art.text or "")
        counted = [m for e in g for m in e.mentions if m.article_id == aid and m.fatalities is not None]
        near = [m for m in counted if not _earlier_words(m.sentence.text, art.published)]
        if any(m.sentence.start < lede or not _near_earlier(m.sentence.text) for m in near) or \
                any(m.sentence.start < lede for m in counted):
            return False

        def earlier(s: str) -> bool:
            return _earlier_words(s, art.published) or bool(near) and _near_earlier(s)

        own = [e for e in events if id(e) not in mine and e.modality == "asserted" and e.event_type in tolled
               and any(m.article_id == aid and not earlier(m.sentence.text) for m in e.mentions)]
        if not own or near and not _before_own(g, own):
            return False
    return True
