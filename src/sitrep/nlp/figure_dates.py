"""A figure's as-of date and the start of the period it counts (:func:`_dates`; the rules are in the docstring of
:mod:`sitrep.nlp.figures`): the time expression of the figure's clause, a conjoined clause or the reporting clause
above it (:func:`_clause_time`, within ``MAX_TIME_HOPS`` arcs), periods ("since December", "in the past two months":
:func:`_is_period`) against points, unanchored durations counted back from the as-of date (:func:`_duration_days`), a
length told after the count that is an offset ("two days after a fire": :func:`offset_length`), a time word naming the
kind of deed ("a night attack"), a deed at least N years old (:func:`_deed_age_years`), and the start of the war a
cumulative count runs "since" (:func:`war_start`).
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Any, Optional

from sitrep.model import Figure, TimeExpr
from sitrep.nlp.doctext import doc_text
from sitrep.nlp.period_tally import noun_in
from sitrep.nlp.figure_background import BACKGROUND_PERIOD_DAYS, _CUMULATIVE
from sitrep.nlp.figure_parse import _VERB_POS, _attached_to, _clause_verb, _perfect_clause, _subjects_of, _tok_at
from sitrep.nlp.figure_words import _Action


MAX_TIME_HOPS = 2  # "since December" -> fled; "(for the first) time since 2012" is too far


def _governing_verb(tok: Any) -> Optional[Any]:
    """The verb a time expression modifies directly (within MAX_TIME_HOPS arcs), else None."""
    t = tok
    for _ in range(MAX_TIME_HOPS + 1):
        if t.pos_ in _VERB_POS or t.tag_.startswith("VB"):
            return t
        if t.head is t:
            return t
        t = t.head
    return None


def _under(tok: Any, head: Any) -> bool:
    """``tok`` hangs from ``head`` within MAX_TIME_HOPS + 2 arcs: a time phrase on a deed noun or on its victims
    ("the assassination of four mayors in the past few years": "years" -> "in" -> "assassination")."""
    t = tok
    for _ in range(MAX_TIME_HOPS + 2):
        if t.head is t:
            return False
        t = t.head
        if t.i == head.i:
            return True
    return False


def _kind_of_deed(doc: Any, te: TimeExpr) -> bool:
    """ "killed in a night attack", "a dawn raid": a time word that modifies the deed noun after it says what kind of
    deed it was, not a period the count covers (not any noun: "Last minute report: ... were killed")."""
    from sitrep.events.ontology import load_ontology

    sp = doc.char_span(te.span.start, te.span.end, alignment_mode="expand")
    tok = sp[-1] if sp is not None and len(sp) else None  # "a night": "night" (the parser hangs "a" on the noun)
    return tok is not None and tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN" \
        and tok.head.idx >= te.span.end and load_ontology().violent_noun(tok.head.lemma_.lower())


def is_duration_value(value: str) -> bool:
    """A TimeML duration ("P3D", "PT5H", "PXY"), never one of the reference values that also open with P
    ("PRESENT_REF" of "now", "PAST_REF" of "recently"): "Thirteen people are now known to have died" is a point,
    no count since today."""
    return value.startswith("P") and not value.endswith("_REF")


def _is_period(text: str, te: TimeExpr) -> bool:
    """'since December', 'in the past two months', 'over the last week': a span counted from a start."""
    before = text[max(0, te.span.start - 12) : te.span.start].lower()
    txt = te.span.text.lower()
    if te.type == "SET" and _ATTRIBUTIVE_SET.match(te.span.text) and _NOUN_AFTER.match(text, te.span.end):
        return False  # "at a weekly market": what kind of market, no span the count runs over (branch tolls44;
        # "thousands of killings a year" stays a rate)
    if txt.startswith("since") or before.rstrip().endswith("since"):
        return True
    if is_duration_value(te.value) or te.type == "DURATION":
        return True
    return any(w in txt for w in ("past ", "last few", "over the last", "in the last"))


# a word of frequency used as an adjective before a noun ("a weekly market", "the daily newspaper"), not after a count
_ATTRIBUTIVE_SET = re.compile(r"(?:weekly|daily|monthly|yearly|nightly|fortnightly)$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?!(?:in|on|at|and|or|for|since|across|over|during|from|to|by|with|this|last)\b)[a-z]")


_OFFSET_AFTER = re.compile(r"\s*(?:after|before|later|earlier)\b", re.I)
_PERIOD_BEFORE = re.compile(r"\b(?:in|over|during|within|for|the|first|next|past|last)\s*$", re.I)


def offset_length(text: str, te: TimeExpr, count_at: int) -> bool:
    """ "has died in hospital two days after a fire", "died a week later": a length told after the count (at
    ``count_at``) that measures off another time (an offset), not a period the count runs over ("in the two days
    after the quake" is one); a count inside the measured clause ("A week after a man was stabbed") is left as it was."""
    return te.span.start > count_at and _OFFSET_AFTER.match(text, te.span.end) is not None and not _PERIOD_BEFORE.search(
        text[max(0, te.span.start - 12):te.span.start])


def _is_since(text: str, te: TimeExpr) -> bool:
    before = text[max(0, te.span.start - 12) : te.span.start].lower()
    return te.span.text.lower().startswith("since") or before.rstrip().endswith("since")


# "a year-long war", "a decade-old feud": the length of a noun, not a period of the clause
_LENGTH_ADJ = re.compile(r"\s?[-\u2010\u2011]\s?(?:long|old)\b")


def _clause_time(doc: Any, verb: Optional[Any], sent_start: int, sent_end: int, times: list[TimeExpr]):
    """The time expression of the figure's clause (rank 0), of a conjoined clause (rank 1) or of the
    reporting clause above it (rank 2): returns (TimeExpr, rank) or (None, None)."""
    if verb is None:
        return None, None
    best = None
    anc = {a.i for a in verb.ancestors}
    for te in times:
        if te.span.start < sent_start or te.span.end > sent_end or te.future:
            continue
        tok = _tok_at(doc, te.span.start, te.span.end)
        if tok is None:
            continue
        tv = _governing_verb(tok)
        if tv is None and _under(tok, verb) and not _LENGTH_ADJ.match(doc_text(doc)[te.span.end:te.span.end + 8]):
            tv = verb  # a period on the deed noun itself, two arcs under it: the count's own period (not the
            # length of a noun further down: "killed four men, the latest victims of a year-long war")
        if tv is None:
            continue
        if tv.i == verb.i:
            rank = 0
        elif (tv.dep_ == "conj" and tv.head.i == verb.i) or (verb.dep_ == "conj" and verb.head.i == tv.i):
            rank = 1
        elif tv.i in anc:
            rank = 2
        else:
            continue
        if best is None or rank < best[1] or (rank == best[1] and abs(te.span.start - verb.idx) < abs(best[0].span.start - verb.idx)):
            best = (te, rank)
    return best if best is not None else (None, None)


def _dates(doc: Any, text: str, fig: Figure, action: _Action, sent: Any, times: list[TimeExpr], published: Optional[_dt.date]) -> None:
    """Set ``as_of`` and ``since`` from the clause's time expressions (see the module docstring)."""
    fig.as_of = published
    verb = action.verb
    if verb is None:
        return
    clause_times = [t for t in times if not t.future and sent.start_char <= t.span.start and t.span.end <= sent.end_char]
    if not clause_times:
        return
    # a "since"/period expression attached to the clause (or a conjoined clause) sets `since`
    periods = [t for t in clause_times if _is_period(text, t) and not _kind_of_deed(doc, t) and not offset_length(text, t, fig.span.start)]
    te, rank = _clause_time(doc, verb, sent.start_char, sent.end_char, periods)
    if te is not None and rank is not None and rank <= 1:
        if te.start is not None:
            fig.since = te.start
            if not _is_since(text, te) and te.end is not None:
                fig.as_of = _clamp(te.end, published)
        elif fig.as_of is not None:
            # an unanchored duration ("in a week", value P1W) counts back from the as-of date
            days = _duration_days(te.value)
            if days:
                fig.since = fig.as_of - _dt.timedelta(days=days)
        elif (_duration_days(te.value) or 0) >= BACKGROUND_PERIOD_DAYS:
            fig.background = True  # no date to count back from, but "in the past few years" is a running total
    years = _deed_age_years(doc, verb, periods) if fig.since is None else 0
    if years and fig.as_of is not None:
        fig.since = fig.as_of - _dt.timedelta(days=365 * years)
    elif years:
        fig.background = True
    points = [t for t in clause_times if not _is_period(text, t)]
    te, rank = _clause_time(doc, verb, sent.start_char, sent.end_char, points)
    if te is not None and (te.end or te.start) is not None:
        if fig.since is None or rank == 0:
            fig.as_of = _clamp(te.end or te.start, published)  # type: ignore[arg-type]
    if fig.since is None and fig.what in _CUMULATIVE:
        fig.since = war_start(doc, text, verb, sent, clause_times)


def war_start(doc: Any, text: str, verb: Any, sent: Any, times: list[TimeExpr]) -> Optional[_dt.date]:
    """The start of the war a count is told "since": "more than 1 million have crossed into South Sudan since the
    war in Sudan began in April 2023" counts from April 2023 (the date of the "since" phrase attached to the count's
    clause), a period's total, never this week's count. None when no such phrase or date."""
    from sitrep.events.running_words import SPAN_SINCE

    v = _clause_verb(verb)
    if v is None:
        return None
    for m in SPAN_SINCE.finditer(text, sent.start_char, sent.end_char):
        t = _tok_at(doc, m.start(), m.start() + 1)
        if t is None or not _attached_to(doc[t.i], v):
            continue
        te = next((x for x in times if m.start() <= x.span.start <= m.end() + 4 and x.start is not None), None)
        if te is not None:
            return te.start
    return _war_subject_start(v, times)


def _war_subject_start(v: Any, times: list[TimeExpr]) -> Optional[_dt.date]:
    """ "The war ..., which broke out in April 2023, has driven more than 12 million from their homes": a perfect
    clause whose subject is a war or campaign dated in its own phrase counts from that date."""
    from sitrep.events.running_words import SPAN_NOUNS

    if not _perfect_clause(v):
        return None
    for n in _subjects_of(v):
        if not noun_in(n, SPAN_NOUNS):
            continue
        lo, hi = n.left_edge.idx, n.right_edge.idx + len(n.right_edge)
        te = next((x for x in times if lo <= x.span.start and x.span.end <= hi and x.start is not None), None)
        if te is not None:
            return te.start
    return None


def _deed_age_years(doc: Any, deed: Any, periods: list[TimeExpr]) -> int:
    """Years a deed noun is known to be old by a span of years on the verb it is the argument of: "have failed to
    solve the killing of X in 12 years", "the killing has gone unpunished for ten years" (P12Y on "solve":
    the murder is at least 12 years old, its count no toll of the news). 0 when no such span."""
    if deed.pos_ != "NOUN" or deed.dep_ not in ("dobj", "obj", "nsubj", "nsubjpass") or deed.head.i == deed.i:
        return 0
    for te in periods:
        m = re.fullmatch(r"P(\d+)Y", te.value or "")
        tok = _tok_at(doc, te.span.start, te.span.end)
        tv = _governing_verb(tok) if tok is not None else None
        if m and int(m.group(1)) >= 1 and tv is not None and tv.i == deed.head.i:
            return int(m.group(1))
    return 0


_UNIT_DAYS = {"D": 1, "W": 7, "M": 30, "Y": 365}


def _duration_days(value: str) -> Optional[int]:
    """Days in a TimeML duration value ("P9D", "P2M", "P1W"); months count 30 days, years 365. A vague one ("PXY":
    "the past few years") counts at least two of its units."""
    m = re.fullmatch(r"P(\d+|X)([DWMY])", value or "")
    if not m:
        return None
    return (2 if m.group(1) == "X" else int(m.group(1))) * _UNIT_DAYS[m.group(2)]


def _clamp(d: _dt.date, published: Optional[_dt.date]) -> _dt.date:
    return min(d, published) if published is not None else d
