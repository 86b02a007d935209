"""No decision: a comparison in words: a figure's value (:func:`fmt_value`), a day, who gives a figure (the
outlet citing its claimant: :class:`_Namer`), the quantity a disagreement is about (:func:`_subject`).
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sitrep.model import Article
from sitrep.stories.compare.ranges import _F
from sitrep.stories.describe import source_name


def fmt_value(low: Optional[float], high: Optional[float]) -> str:
    """A figure's range in words: "7", "at least 4", "up to 10", "855,000–950,000"."""
    def n(x: float) -> str:
        return f"{int(x):,}" if float(x).is_integer() else f"{x:,.1f}"

    if low is None and high is None:
        return "an unknown number"
    if high is None:
        return f"at least {n(low)}"  # type: ignore[arg-type]
    if low is None:
        return f"up to {n(high)}"
    if low == high:
        return n(low)
    return f"{n(low)}–{n(high)}"


def _day(d: Optional[_dt.date]) -> str:
    return f"{d.day} {d.strftime('%b %Y')}" if d else "an unknown date"


def _fv(f: _F) -> str:
    """A figure's value for an explanation; an open-ended one keeps its own words ("more than 300")."""
    if f.fig.high is None and f.fig.low is not None and f.fig.span.text and not f.fig.span.text.isdigit():
        return f"“{f.fig.span.text}”"
    return fmt_value(f.fig.low, f.fig.high)


class _Namer:
    def __init__(self, articles: dict[str, Article]) -> None:
        self.articles = articles

    def who(self, f: _F) -> str:
        src = source_name(self.articles.get(f.article_id), f.article_id)
        cl = f.fig.claimant_name or f.fig.claimant
        return f"{src} citing {cl}" if cl else src

    def val(self, f: _F) -> str:
        when = f" as of {_day(f.t)}" if f.t else ""
        return f"{_fv(f)}{when} ({self.who(f)})"

    def ival(self, f: _F) -> str:
        """An incident figure: value, the incident's date, source."""
        when = f" for {_day(f.when)}" if f.when else ""
        return f"{_fv(f)}{when} ({self.who(f)})"


def _subject(what: str, who: str, since: Optional[_dt.date]) -> str:
    s = what.replace("_", " ")
    if who:
        s = f"{who} {s}" if what in ("killed", "wounded", "displaced", "detained", "missing") else f"{s} ({who})"
    if since:
        s += f" since {_day(since)}"
    return s
