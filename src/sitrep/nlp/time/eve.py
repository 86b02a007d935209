"""A day told after "the eve of" ("on the eve of Sunday's vote", "on the eve of 12 March") names the day after the
deed: the eve is the day before it. Without this the weekday or date dates the deed to the vote's day itself."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace

from sitrep.model import Span, TimeExpr
from sitrep.nlp.time.dateline_day import in_dateline
from sitrep.nlp.time.speech_ref import speech_day

_EVE_OF = re.compile(r"\bthe\s+eve\s+of\s+(?:the\s+)?$", re.I)  # "on the eve of the June 14 march" too


# "on the eve of a visit by the vice president to the area on Thursday": the day closes the eve's own noun phrase
# (a few words, no comma, no clause of their own: "the eve of the vote, gunmen ... on Thursday" is the deed's day)
_EVE_OF_PHRASE = re.compile(r"\bthe\s+eve\s+of\s+(?:a|an|the|this|his|her|its|their)\s+(?P<np>(?:[\w'’-]+\s+){1,9}?)on\s+$",
                            re.I)
_CLAUSE_WORD = re.compile(r"\b(?:and|but|or|who|which|that|when|where|while|as|after|before|since|said|says|\w+ed|\w+ing)\b",
                          re.I)


def _eve_phrase_day(text: str, e: TimeExpr) -> bool:
    """The day ``e`` is told at the end of a "the eve of <noun phrase> on <day>" phrase."""
    m = _EVE_OF_PHRASE.search(text, max(0, e.span.start - 90), e.span.start)
    return m is not None and _CLAUSE_WORD.search(m.group("np")) is None


def eve_days(text: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """``exprs`` with each single day told right after "the eve of", or closing its noun phrase, moved to the day
    before."""
    out = []
    for e in exprs:
        if (e.precision == "day" and e.start is not None and e.start == e.end
                and (_EVE_OF.search(text, max(0, e.span.start - 20), e.span.start) or _eve_phrase_day(text, e))):
            day = e.start - _dt.timedelta(days=1)
            e = replace(e, start=day, end=day, value=day.isoformat())
        out.append(e)
    return out


# "on the eve of the election", "on the eve of the summit": a named event with no day of its own in the phrase
_EVE_OF_NOUN = re.compile(r"\bthe\s+eve\s+of\s+(?:the|this|that|a|its|their)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]{4,})\b")
_SENT_END = re.compile(r"[.!?](?=\s)|\n\s*\n")


def _sentence_bounds(text: str, i: int) -> tuple[int, int]:
    """Start and end of the sentence holding offset ``i`` (a stop before a space, or a blank line, ends one)."""
    start = 0
    for m in _SENT_END.finditer(text, 0, i):
        start = m.end()
    m = _SENT_END.search(text, i)
    return start, m.start() if m else len(text)


def _told_day_of(text: str, noun: str, skip: tuple[int, int], exprs: list[TimeExpr]) -> _dt.date | None:
    """The one day the text tells for another mention of ``noun`` ("the by-election ... on Sunday"): a sentence
    naming the noun (not in the eve phrase itself) with a single day in it, and every such sentence agreeing
    (a dateline's day and "officials said on Monday" date no event)."""
    days = set()
    for m in re.finditer(r"\b(?:[a-z]+-)?" + re.escape(noun) + r"s?\b", text, re.I):
        if skip[0] <= m.start() < skip[1]:
            continue
        a, b = _sentence_bounds(text, m.start())
        told = {e.start for e in exprs if a <= e.span.start < b and e.precision == "day" and e.start is not None
                and e.start == e.end and not (skip[0] <= e.span.start < skip[1]) and not in_dateline(text, e)
                and not speech_day(text, e.span.start)}  # not the header's day, nor a day of telling
        if len(told) > 1:
            return None
        days |= told
    return days.pop() if len(days) == 1 else None


def eve_of_told_event(text: str, exprs: list[TimeExpr], article_id: str = "") -> list[TimeExpr]:
    """``exprs`` with a day added for each "the eve of the election" whose event the text dates elsewhere ("voters
    chose new councils on Sunday in a by-election overshadowed by the killing of a candidate on the eve of the
    election": the Saturday). Without it the deed told on the eve has no day and takes the report's."""
    added = []
    for m in _EVE_OF_NOUN.finditer(text):
        if any(m.start() <= e.span.start < m.end() + 3 for e in exprs):
            continue  # "the eve of the June 14 march": the day is in the phrase (eve_days)
        day = _told_day_of(text, m.group("noun").lower(), (m.start(), m.end()), exprs)
        if day is None:
            continue
        eve = day - _dt.timedelta(days=1)
        span = Span(article_id, m.start(), m.end(), text[m.start():m.end()])
        added.append(TimeExpr(span, eve.isoformat(), "DATE", eve, eve, "day", f"time:{day.isoformat()}", True))
    if not added:
        return exprs
    return sorted(exprs + added, key=lambda e: e.span.start)
