"""Public entry points: find_times (recognise, anchor, resolve), resolve_relative (re-anchor on a story date) and the spaCy annotator."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, replace
from typing import Any, Callable, Optional

from sitrep.model import Span, TimeExpr
from sitrep.nlp.doctext import doc_text
from sitrep.nlp.time.absolute import _r_clock
from sitrep.nlp.time.anniversary import anniversary_years
from sitrep.nlp.time.clock_range import clock_range_days
from sitrep.nlp.time.eve import eve_days, eve_of_told_event
from sitrep.nlp.time.ran_into import ran_into
from sitrep.nlp.time.anchor import _anchor_date, dateline_dct, suggest_dct
from sitrep.nlp.time.calc import Told, _Ctx, _Res, _shift
from sitrep.nlp.time.patterns import Date, Interval, _LX, _SINCE
from sitrep.nlp.time.recognise import _Cand, _candidates
from sitrep.nlp.time.relative import _r_ago, _r_inday, _r_refday, _r_weekday, _r_year_ago
from sitrep.nlp.time.speech import quote_anchors
from sitrep.nlp.time.opening_before import opening_before_story
from sitrep.nlp.time.speech_ref import before_story, clock_from_story, earlier_than_story, past_from_story, same_as_story, speech_day
from sitrep.nlp.time.tense import _clause_tense, _future_oracle
from sitrep.nlp.time.told_weekday import TOLD_ANCHOR, named_day, told_anchor, told_of
from sitrep.nlp.time.dateline_weekday import dateline_weekday_dct
from sitrep.nlp.time.weekday_year import weekday_dated_dct
from sitrep.nlp.time.zone_clock import place_day


def _resolve(c: _Cand, text: str, dct: Optional[Date], future: bool, since: bool, ref: Optional[Date],
             past: bool = False, told: Optional[Told] = None, told_year: Optional[Told] = None) -> Optional[_Res]:
    return c.resolver(c.match, _Ctx(dct=dct, future=future, past=past, since=since, ref=ref, text=text, start=c.start,
                                    told=told, told_year=told_year))


_TOLD_PRECISIONS = ("day", "week", "month", "quarter", "year")


def _told_shape(e: TimeExpr) -> bool:
    """The expression tells a date (resolved or not): not a duration, set or vague reference."""
    return e.type in ("DATE", "TIME") and e.precision in _TOLD_PRECISIONS and not e.value.endswith("_REF")


def _told(e: TimeExpr) -> Optional[Told]:
    """The expression as a date told (what later ones may count from), or None (durations, sets, vague refs)."""
    if not _told_shape(e) or e.start is None or e.end is None:
        return None
    return Told(e.start, e.end, e.precision, e.value, e.span.end, named=not e.relative or named_day(e.span.text))


def _to_expr(r: _Res, span: Span, dct: Optional[Date], anchor_label: Optional[str], future: bool, since: bool) -> TimeExpr:
    start, end = r.start, r.end
    if since and start is not None and dct is not None and start <= dct:
        end = dct
    if not r.relative:
        anchor = None  # an absolute value needs no anchor
    elif r.anchor:
        anchor = r.anchor
    elif dct is None or start is None and r.value not in ("PAST_REF", "FUTURE_REF"):
        anchor = "unresolved" if start is None else anchor_label
    else:
        anchor = anchor_label
    fut = r.future if r.future is not None else (future and r.type in ("DATE", "TIME") and r.relative)
    return TimeExpr(span=span, value=r.value, type=r.type, start=start, end=end, precision=r.precision,
                    anchor=anchor, relative=r.relative, future=bool(fut))


def find_times(text: str, dct: Optional[Date], article_id: str = "", correct_dct: bool = True,
               future_at: Optional[Callable[[int, int], Optional[bool]]] = None) -> list[TimeExpr]:
    """Every time expression in ``text``, resolved against ``dct`` (None: relative ones stay unresolved).

    ``correct_dct``: apply :func:`dateline_dct` (a dated dateline days before the header) or :func:`suggest_dct`
    (a header date a day early) and say so in ``anchor``.
    ``future_at(start, end)``: an optional tense oracle (the parse); None falls back to the word cues.
    Offsets are into ``text``; ``anchor`` is "dct:YYYY-MM-DD", "dct-corrected:... (header ...)",
    "time:YYYY-MM-DD" (counted from another expression), None (absolute) or, without a DCT,
    "unresolved", "unresolved:since" (the interval will run to the anchor) or
    "unresolved:ref:<text>|<text>..." (counted from those unresolved expressions, first to last).
    """
    dct, anchor_label = _corrected_dct(text, dct, correct_dct)
    out: list[TimeExpr] = []
    trail = _Trail()
    for c in _candidates(text):
        tense = _tense_of(c, text, future_at)
        fut = tense is True
        since = bool(_SINCE.search(text[max(0, c.start - 8):c.start]))
        r = _resolve_on_trail(c, text, dct, tense, since, trail)
        if r is None:
            continue
        span = Span(article_id, c.start, c.end, text[c.start:c.end])
        e = _noted_anchor(_to_expr(r, span, dct, anchor_label, fut, since), c, since, trail)
        out.append(e)
        trail.advance(e, c, text, since)
    return _after_passes(text, out, dct, article_id)


def _corrected_dct(text: str, dct: Optional[Date], correct_dct: bool) -> tuple[Optional[Date], str]:
    """The DCT to count from and its anchor label: :func:`dateline_dct` or :func:`suggest_dct` may correct the
    header's date ("dct-corrected:... (header ...)")."""
    anchor_label = f"dct:{dct.isoformat()}" if dct else "unresolved"
    if dct is not None and correct_dct:
        fix = dateline_dct(text, dct) or dateline_weekday_dct(text, dct) or suggest_dct(text, dct)
        if fix is not None:
            anchor_label = f"dct-corrected:{fix[0].isoformat()} (header {dct.isoformat()})"
            dct = fix[0]
    elif dct is None and correct_dct:  # an undated text: "on Sunday, 12 July" tells the year (weekday_year)
        told = weekday_dated_dct(text) or dateline_weekday_dct(text, None)  # or "Oct 14 ... said on Wednesday"
        if told is not None:
            dct, anchor_label = told[0], f"dct-inferred:{told[0].isoformat()} ({told[1]})"
    return dct, anchor_label


@dataclass
class _Trail:
    """The dates told so far, in text order, that later expressions count from."""
    ref_expr: Optional[TimeExpr] = None  # the latest day-precision date (resolved or not): "the previous day" counts from it
    story_ref: Optional[TimeExpr] = None  # the same, leaving out a source's day ("said on Tuesday"): speech_ref.py
    told: Optional[Told] = None  # the latest date told, any precision: "seven months later" counts from it
    told_year: Optional[Told] = None  # the latest date told with its year: "August 6" after "August 1945"
    told_expr: Optional[TimeExpr] = None  # the expression of the latest date told, resolved or not (told_weekday.py)

    def advance(self, e: TimeExpr, c: _Cand, text: str, since: bool) -> None:
        """Take ``e`` (read from candidate ``c``) as the latest date told where it tells one."""
        if c.resolver is _r_clock or c.resolver is _r_year_ago:
            return  # a bare clock time tells no day of its own; a "year-ago quarter" is a comparison
        if e.type in ("DATE", "TIME") and e.precision == "day" and not since and (e.start is not None or e.relative):
            self.ref_expr = e
            if not speech_day(text, c.start):
                self.story_ref = e
        t = _told(e) if not since else None
        if t is not None and c.resolver is _r_ago and e.precision == "quarter":
            t = None  # "a year earlier" after a quarter: a comparison, not the next quarter told
        if not since and _told_shape(e) and not (c.resolver is _r_ago and e.precision == "quarter"):
            self.told_expr = e
        if t is not None:
            self.told = t
            if not e.relative:
                self.told_year = t


def _tense_of(c: _Cand, text: str, future_at: Optional[Callable[[int, int], Optional[bool]]]) -> Optional[bool]:
    """True (future), False (past) or None: the parse's oracle, else the clause's word cues."""
    tense = future_at(c.start, c.end) if future_at is not None else None
    if tense is None:
        tense = _clause_tense(text, c.start, c.end)
    if tense is None and _UNTIL.search(text, max(0, c.start - 8), c.start) and c.resolver is _r_weekday:
        tense = True  # "the curfew lasts until Thursday": the coming one (a past clause says so itself)
    return tense


def _resolve_on_trail(c: _Cand, text: str, dct: Optional[Date], tense: Optional[bool], since: bool,
                      trail: _Trail) -> Optional[_Res]:
    """Resolve ``c`` counting from the dates told before it: the latest day told, the deed's day for a clock time or
    "the same night" told after a source's day, the story's day for a past day counted from a source's day."""
    fut = tense is True
    ref_expr, story_ref = trail.ref_expr, trail.story_ref
    ref = ref_expr.start if ref_expr is not None else None
    clock = clock_from_story(ref_expr, story_ref) if c.resolver is _r_clock else None
    if clock is not None:  # "said in a statement on Sunday that the men arrived at about 8.30pm": the deed's day
        ref = clock.start
    same = same_as_story(text[c.start:c.end], ref_expr, story_ref) if c.resolver is _r_refday else None
    if same is not None:  # "prosecutors said on Monday. With four killed ... the same night": the deed's day
        ref = same
    earlier = before_story(text[c.start:c.end], text[c.end:c.end + 100], ref_expr, story_ref) \
        if c.resolver is _r_refday else None
    if earlier is None and c.resolver is _r_refday:  # "said on Thursday. ... The day before, a bomb killed": the deed's eve
        earlier = opening_before_story(text, c.start, text[c.start:c.end], ref_expr, story_ref)
    if earlier is None and c.resolver is _r_ago:
        earlier = earlier_than_story(text[c.start:c.end], ref_expr, story_ref)  # "said on Friday. Two days earlier, ..."
    if earlier is not None:  # "police said Saturday. The previous evening, armed men had ambushed": before the deed
        ref = earlier
    r = _resolve(c, text, dct, fut, since, ref, past=tense is False, told=clock or trail.told, told_year=trail.told_year)
    if r is not None and not fut and story_ref is not None and past_from_story(r, ref_expr, story_ref, dct):
        r = _resolve(c, text, dct, fut, since, story_ref.start, past=tense is False, told=trail.told,
                     told_year=trail.told_year)
    return r


def _noted_anchor(e: TimeExpr, c: _Cand, since: bool, trail: _Trail) -> TimeExpr:
    """An unresolved expression's anchor says what it waits for: the anchor a "since" interval runs to, the day
    with its month told just before a bare weekday, or the unresolved expression it counts from."""
    if since and e.relative and e.start is None and e.anchor == "unresolved":
        return replace(e, anchor="unresolved:since")  # resolve_relative keeps the interval open to its anchor
    told = told_anchor(e, c.resolver is _r_weekday and not c.match.group("rel"), trail.told_expr) if not since else None
    if told is not None:
        return replace(e, anchor=told)  # "February 3 ... on Thursday": that day when it is a Thursday (told_weekday.py)
    ref_expr = trail.ref_expr
    if e.start is None and ref_expr is not None and ref_expr.start is None and _counts_from_ref(c):
        # undated article: remember which expression this one counts from, so that
        # resolve_relative can resolve that one first ("on Thursday ... the previous day")
        return replace(e, anchor=_ref_anchor(ref_expr))
    return e


def _after_passes(text: str, out: list[TimeExpr], dct: Optional[Date], article_id: str) -> list[TimeExpr]:
    """The passes over all the expressions found: a quotation's own day, anniversaries, eves, nights that ran into
    the next day, clock times with their day."""
    if dct is not None:
        out = _speaker_now(text, out, dct)
    out = anniversary_years(text, out)  # "a year after the market bombing of 12 May": last year's 12 May
    out = eve_days(text, out)  # "on the eve of Sunday's vote": the Saturday
    out = eve_of_told_event(text, out, article_id)  # "on the eve of the election", the election told "on Sunday": the Saturday
    out = ran_into(text, out)  # "late on Friday, and fighting went on into the early hours of Saturday": both days
    return clock_range_days(text, _merge_clock_day(text, out, dct))  # "between 9.30pm and 10pm on 04/06/2026"


def _speaker_now(text: str, exprs: list[TimeExpr], dct: Date) -> list[TimeExpr]:
    """Inside a quotation told on another day, expressions counted from the DCT count from that day instead."""
    quotes = quote_anchors(text, exprs, dct)
    if not quotes:
        return exprs
    out = []
    for e in exprs:
        q = next((q for q in quotes if q[0] <= e.span.start and e.span.end <= q[1]), None)
        if q is not None and e.relative and (e.anchor or "").startswith(("dct:", "dct-corrected:")):
            r = resolve_relative(replace(e, anchor=None), q[2], text)
            if r is not e and r.start is not None:
                e = replace(r, anchor=f"time:{q[2].isoformat()} (speaker's day)")
        out.append(e)
    return out


_REF_ANCHOR = re.compile(r"unresolved:ref(?P<fut>-future)?:(?P<text>.+)$", re.S)


def _counts_from_ref(c: "_Cand") -> bool:
    """Whether the candidate's rule counts from the reference time (not from the DCT)."""
    if c.resolver is _r_refday or c.resolver is _r_inday:
        return True
    if c.resolver is _r_weekday:
        return (c.match.group("rel") or "").lower().startswith("the")
    if c.resolver is _r_ago:
        return " ".join(c.match.group("dir").lower().split()) in ("earlier", "later", "on")
    return False


def _ref_anchor(ref: TimeExpr) -> str:
    """``unresolved:ref:<text>``: the anchor of an expression that counts from the unresolved ``ref``.

    When ``ref`` itself counts from another expression, the chain is kept, texts
    joined by ``|`` ("unresolved:ref:Thursday|the previous day" for "a day earlier"
    after "on Thursday ... the previous day"), and :func:`resolve_relative` walks it.
    """
    if ref.anchor and ref.anchor.startswith("unresolved:ref"):
        return f"{ref.anchor}|{ref.span.text}"
    return f"unresolved:ref{'-future' if ref.future else ''}:{ref.span.text}"


def _probe(span_text: str) -> Optional[tuple["_Cand", str]]:
    """The rule match for an expression's text alone, re-read after a neutral preposition.

    Rules that look before the span (a bare "March" or "spring" wants "in"; a range
    "1 and 5 February" wants "between") see one; returns (candidate, probe text) or None.
    """
    words = span_text.lower().split()
    prefix = "between " if "and" in words else "from " if {"to", "through", "until", "till"} & set(words) else "in "
    probe = prefix + span_text
    cands = [c for c in _candidates(probe) if c.start == len(prefix)]
    if not cands:
        probe = span_text
        cands = [c for c in _candidates(probe) if c.start == 0]
    if not cands:
        return None
    return max(cands, key=lambda c: c.end), probe


def _resolve_chain(chain: list[str], anchor: Date, future: bool) -> Optional[Date]:
    """The day the first text of ``chain`` names against ``anchor``, then each next one counted from the last."""
    ref: Optional[Date] = None
    for i, t in enumerate(chain):
        found = _probe(t)
        if found is None:
            return None
        r = _resolve(found[0], found[1], anchor, future and i == 0, False, ref)
        if r is None or r.start is None:
            return None
        ref = r.start
    return ref


_CLOCK_VALUE = re.compile(r".*(T\d\d:\d\d)$")


_CLOCK_GAP = re.compile(r"\s*,?\s*(?:on\s+)?$", re.I)
_UNTIL = re.compile(r"\b(?:until|till|through)\s+$", re.I)
_POD_OF = re.compile(r"\bthe\s+(morning|afternoon|evening|night)\s+of\s+$", re.I)
_DAY_CLOCK_GAP = re.compile(r"\s+(?:at\s+)?", re.I)
_NIGHT_INTO_GAP = re.compile(r"\s+(?:into|to|on)\s+", re.I)  # "overnight into Sunday", "overnight on Tuesday"
# "on the night of Friday to Saturday", the Indian police's "on the intervening night of Saturday and Sunday", "the
# night between Saturday and Sunday"
_NIGHT_OF = re.compile(r"\bnight\s+(?:of|between)\s+(?:the\s+)?$", re.I)
_NIGHT_TO_GAP = re.compile(r"\s*(?:into|to|and|-|–)\s*", re.I)
# "on the night of 3 to 4 March", "the night of 9/10 October": the first day told by its number alone, before the day
# with its month
_NIGHT_OF_NUM = re.compile(r"\bnight\s+(?:of|between)\s+(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:into|to|and|-|–|/)\s*$",
                           re.I)


def _night_of_day(text: str, a: TimeExpr) -> bool:
    """A day told as a night's start: "the night of Friday" (one TIME), "night of 31 May" (a day after "night of")."""
    if a.start is None or a.precision != "day":
        return False
    return (a.type == "TIME" and a.value.endswith("TNI") and "night of" in a.span.text.lower()) or (
        _a_day(a) and _NIGHT_OF.search(text, max(0, a.span.start - 20), a.span.start) is not None)


def _night(text: str, at: int, first: Date, b: TimeExpr) -> TimeExpr:
    """The night from ``first`` into ``b``'s day, told from ``at`` to the end of ``b``: one TIME over both days."""
    span = Span(b.span.article_id, at, b.span.end, text[at:b.span.end])
    return replace(b, span=span, value=f"{first.isoformat()}TNI", type="TIME", start=first, end=b.start)


def _a_day(t: TimeExpr) -> bool:
    """A DATE of day precision with no clock time yet."""
    return t.type == "DATE" and t.precision == "day" and "T" not in t.value


def _on_day(text: str, a: TimeExpr, b: TimeExpr, clock: TimeExpr, day: TimeExpr) -> Optional[TimeExpr]:
    """``clock`` on ``day`` as one TIME spanning both (``a`` then ``b`` in the text); None when the clock has no
    hour value."""
    m = _CLOCK_VALUE.match(clock.value)
    if m is None:
        return None
    span = Span(a.span.article_id, a.span.start, b.span.end, text[a.span.start:b.span.end])
    return replace(day, span=span, value=day.value + m.group(1), type="TIME")


_NIGHT_ON_GAP = re.compile(r"\s+on\s+", re.I)


def _overnight_on(text: str, a: TimeExpr, b: TimeExpr, dct: Optional[Date]) -> TimeExpr:
    """"overnight on Sunday" (``a`` "overnight", ``b`` the day): the night of that day into the next, or, where the
    day named is the report's own (or later), the night that ended on it ("overnight on July 16" in a 16 July
    report): one TIME over both days."""
    first = b.start - _dt.timedelta(days=1) if dct is None or b.start >= dct else b.start
    span = Span(a.span.article_id, a.span.start, b.span.end, text[a.span.start:b.span.end])
    last = first + _dt.timedelta(days=1)
    return replace(b, span=span, value=f"{first.isoformat()}TNI", type="TIME", start=first, end=last)


def _merge_clock_day(text: str, exprs: list[TimeExpr], dct: Optional[Date] = None) -> list[TimeExpr]:
    """"9 p.m. Tuesday", "noon Friday", "4 p.m. EST Oct. 3", "overnight into Sunday": one TIME on that day."""
    out: list[TimeExpr] = []
    i = 0
    while i < len(exprs):
        a = exprs[i]
        b = exprs[i + 1] if i + 1 < len(exprs) else None
        joined = None
        if b is not None and _a_day(b) and b.start is not None and a.span.text.lower() == "overnight" \
                and _NIGHT_ON_GAP.fullmatch(text[a.span.end:b.span.start]):
            joined = _overnight_on(text, a, b, dct)  # "overnight on Sunday": the night of that day
        elif b is not None and _a_day(b) and a.type == "TIME" and _CLOCK_GAP.match(text[a.span.end:b.span.start]):
            joined = _on_day(text, a, b, clock=a, day=b)  # "10 p.m. Wednesday"
        elif b is not None and _a_day(a) and b.type == "TIME" and _DAY_CLOCK_GAP.fullmatch(text[a.span.end:b.span.start]):
            joined = _on_day(text, a, b, clock=b, day=a)  # "Tuesday noon", "Friday at 3 p.m."
        elif b is not None and _a_day(b) and a.span.text.lower() == "overnight" \
                and _NIGHT_INTO_GAP.fullmatch(text[a.span.end:b.span.start]):
            # "overnight into Sunday": the night that ends on the day named (Saturday night to Sunday), not the night
            # before the report; told as "overnight" alone is told (the evening's day to the morning's)
            span = Span(a.span.article_id, a.span.start, b.span.end, text[a.span.start:b.span.end])
            eve = b.start - _dt.timedelta(days=1) if b.start is not None else None
            joined = replace(b, span=span, value=f"{eve.isoformat()}TNI" if eve else b.value + "TNI", type="TIME",
                             start=eve, end=b.start)
        elif b is not None and _a_day(b) and _night_of_day(text, a) and b.start is not None \
                and b.start - a.start == _dt.timedelta(days=1) and _NIGHT_TO_GAP.fullmatch(text[a.span.end:b.span.start]):
            at = _NIGHT_OF.search(text, max(0, a.span.start - 20), a.span.start)
            joined = _night(text, at.start() if at else a.span.start, a.start, b)  # "the night of Friday to Saturday": both days
        if joined is not None:
            out.append(joined)
            i += 2
            continue
        nm = _NIGHT_OF_NUM.search(text, max(0, a.span.start - 40), a.span.start) if _a_day(a) and a.start else None
        if nm is not None and (prev := a.start - _dt.timedelta(days=1)).day == int(nm.group("d")) \
                and not (out and out[-1].span.end > nm.start()):
            out.append(_night(text, nm.start(), prev, a))  # "the night of 3 to 4 March"
            i += 1
            continue
        pm = _POD_OF.search(text, max(0, a.span.start - 30), a.span.start) if a.type == "DATE" else None
        if pm is not None and a.precision == "day" and "T" not in a.value and a.start is not None:
            # "the night of March 18": that day's part
            span = Span(a.span.article_id, pm.start(), a.span.end, text[pm.start():a.span.end])
            a = replace(a, span=span, value=f"{a.value}T{_LX.parts_of_day[pm.group(1).lower()]}", type="TIME")
        out.append(a)
        i += 1
    return out


def resolve_relative(expr: TimeExpr, anchor: Date, text: Optional[str] = None) -> TimeExpr:
    """Re-resolve a relative expression against ``anchor`` (a date inferred for its story).

    The rule is re-run on the span's text (after a neutral "in ", so that rules that
    want a preposition before a bare month or season still fire) with the
    expression's future flag; the result is recorded with
    ``anchor="story:YYYY-MM-DD"``. Absolute expressions and ones anchored on a
    resolved expression ("time:...") come back unchanged. What lay outside the span
    travels in the unresolved anchor: ``unresolved:since`` ("since early December":
    the interval runs to the anchor) and ``unresolved:ref:<chain>`` (counted from
    another expression, resolved first). A relative duration whose span alone reads
    as a plain length ("nine-year" in "the nine-year conflict") ends at the anchor.
    Pass the article ``text`` to read "since" from it; without either, a resolved
    "since" interval is recognised by its end at the old anchor.
    """
    if not expr.relative or (expr.anchor or "").startswith("time:"):
        return expr
    found = _probe(expr.span.text)
    if found is None:
        return expr
    c, probe = found
    refm = _REF_ANCHOR.match(expr.anchor or "")
    if refm is not None:
        # "the previous day" after an unresolved "on Thursday": resolve Thursday first, count from it
        base = _resolve_chain(refm.group("text").split("|"), anchor, bool(refm.group("fut")))
        if base is not None:
            r = _resolve(c, probe, anchor, expr.future, False, base)
            if r is not None and r.start is not None:
                e = _to_expr(r, expr.span, anchor, f"story:{anchor.isoformat()}", expr.future, False)
                return replace(e, anchor=f"story:{anchor.isoformat()} via time:{base.isoformat()}",
                               future=expr.future or e.future)
    if (expr.anchor or "").startswith(TOLD_ANCHOR):
        # "February 3 ... on Thursday": the told day first; the weekday is that day when it falls on it
        told = told_of(_resolve_chain([expr.anchor[len(TOLD_ANCHOR):]], anchor, False))
        r = _resolve(c, probe, anchor, expr.future, False, None, told=told)
        if r is not None and r.start is not None:
            e = _to_expr(r, expr.span, anchor, f"story:{anchor.isoformat()}", expr.future, False)
            return replace(e, future=expr.future or e.future)
    if text is not None:
        since = bool(_SINCE.search(text[max(0, expr.span.start - 8):expr.span.start]))
    elif expr.anchor == "unresolved:since":
        since = True
    else:
        since = False
        old = _anchor_date(expr.anchor)
        if old is not None and expr.end == old and expr.start is not None:
            r0 = _resolve(c, probe, old, expr.future, False, None)
            since = r0 is not None and r0.end != old
    r = _resolve(c, probe, anchor, expr.future, since, None)
    if r is None:
        return expr
    if expr.type == "DURATION" and not r.relative and r.type == "DURATION":
        iv = _ongoing_interval(r.value, anchor)  # "nine-year" of "the nine-year conflict": ends at the anchor
        if iv is not None:
            r.start, r.end, r.relative = iv[0], iv[1], True
    e = _to_expr(r, expr.span, anchor, f"story:{anchor.isoformat()}", expr.future, since)
    return replace(e, future=expr.future or e.future)


def _ongoing_interval(value: str, anchor: Date) -> Optional[Interval]:
    """``P9Y`` ending at ``anchor`` -> (anchor - 9 years, anchor); None for vague or clock durations."""
    m = re.fullmatch(r"P(\d+(?:\.\d+)?)(DE|Y|M|W|D)", value)
    if m is None:
        return None
    return _shift(anchor, m.group(2), -float(m.group(1))), anchor


def extract_times(doc: Any, ctx: Any, analysis: Any) -> list[TimeExpr]:
    """Annotator: time expressions of one parsed article (the parse decides the tense of a clause).

    When :func:`suggest_dct` finds the header date a day early, the times say so in
    their anchor and ``ctx.published`` (documented as the anchor for relative dates)
    becomes the corrected date, so the later annotators (figures' as-of date, the
    reported date of events) use the same anchor as the times.
    """
    dct = getattr(ctx, "published", None)
    times = find_times(doc_text(doc), dct, getattr(ctx, "article_id", ""), future_at=_future_oracle(doc))
    from sitrep.ingest.zone_day import dateline_offsets  # (ingest reads dates with nlp/time: imported here)

    offsets = dateline_offsets(getattr(ctx, "dateline", None))
    if offsets is not None:  # "at 2230 GMT on Saturday" in a Mogadishu story: the place's Sunday (zone_clock.py)
        times = [place_day(x, offsets) for x in times]
    if dct is not None:
        fixed = next((t.anchor for t in times if (t.anchor or "").startswith("dct-corrected:")), None)
        day = _anchor_date(fixed)
        if day is not None and day != dct:
            ctx.published = day
    return times
