"""Which period a key figure counts (issue 16 item 3): this story's count, or a count over a longer or an earlier
time that must never be grouped with it.

* A count of people uprooted, missing or held over a period that starts a few days before it ("15,000 driven from
  their homes since Saturday", the day of the attack) is the incident's own count: it is grouped with the same
  count told with no period.
* A count of people uprooted, missing or held as of a date weeks before its report ("more than 100,000 displaced in
  the first half of the year" in a September report) is a period's count, never the story's: its own key figure.
  So is a count of the wounded as of weeks before its report (an earlier incident recalled). Deaths have their own
  rule for war totals (``nlp.figure_background.war_total``).
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from sitrep.model import HUMANITARIAN_WHAT, Figure

NEAR_SINCE_DAYS = 7  # a period starting at most this many days before its count is the incident's (totals.UPDATE_DAYS)
EARLIER_DAYS = 28  # a count as of this many days or more before its report is of an earlier time
# (nlp.figure_background.BACKGROUND_PERIOD_DAYS: the span from which a count over a period is background)
STOCK_WHAT = HUMANITARIAN_WHAT | {"missing", "detained", "arrested", "abducted", "evacuated"}
EARLIER_HURT = frozenset({"wounded", "injured"})  # the hurt of an earlier incident recalled with its day


def incident_since(f: Figure, published: Optional[_dt.date]) -> Optional[_dt.date]:
    """The figure's ``since`` as a key figure groups it: None when the period starts at most NEAR_SINCE_DAYS before
    the count's as-of date (else its report's date): "since Saturday" counts the incident, not a period. Only for
    counts of people uprooted, missing or held (``STOCK_WHAT``): "has sent hundreds of troops since Monday" is a
    deployment's period, and "13 soldiers killed since Tuesday" may add up several attacks of the week."""
    end = f.as_of or published
    if f.what in STOCK_WHAT and f.since is not None and end is not None and 0 <= (end - f.since).days <= NEAR_SINCE_DAYS:
        return None
    return f.since


def earlier_count(f: Figure, published: Optional[_dt.date]) -> bool:
    """A count of people uprooted, missing, held or wounded (not deaths: ``nlp.figure_background.war_total``), with no
    period start, as of a date EARLIER_DAYS or more before its report's publication: a count of an earlier time, not the
    story's ("in September drone attacks ... killed two people and wounded nine", recalled in November)."""
    return f.what in STOCK_WHAT | EARLIER_HURT and f.since is None and f.as_of is not None and published is not None \
        and (published - f.as_of).days >= EARLIER_DAYS


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
# "Since gangs first began raiding the town in January last year, about 21,000 people have fled": a period told by
# the month or year it began, with no date the figure reader resolved
_SINCE_YEAR = re.compile(r"\bsince\b[^.;]{0,60}?\b(?:(" + "|".join(_MONTHS) + r")\s+)?(last\s+year|(?:19|20)\d\d)\b",
                         re.I)


def since_long_before(f: Figure, sentence: str, published: Optional[_dt.date]) -> bool:
    """A count of people uprooted, missing or held, with no period start read, whose sentence tells a period begun in
    a month or year EARLIER_DAYS or more before its report ("since ... in January last year", "since 2023"): a
    period's count, never the story's."""
    if f.what not in STOCK_WHAT or f.since is not None or published is None or "ince" not in sentence:
        return False
    m = _SINCE_YEAR.search(sentence)
    if not m:
        return False
    year = published.year - 1 if m.group(2).lower().startswith("last") else int(m.group(2))
    month = _MONTHS.index(m.group(1).lower()) + 1 if m.group(1) else 1
    return (published - _dt.date(year, month, 1)).days >= EARLIER_DAYS
