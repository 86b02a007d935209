"""The date of a dateline opening the text ("PESHAWAR, Pakistan, 14 November 2025 —", "CHICAGO (Nov 5, 2025) —",
"KYIV, March 3 (Reuters) -", "GUSAU, March 12 (2025) -", "IMPHAL, Nov 9 (PTI) Two ...") says when the copy was filed, never when its deeds happened: it dates no event.

It stays a time expression of the text (TimeML annotates it, and ``anchor.dateline_dct`` reads it as the day the
copy was written); the events leave it out, so that "— Militants attacked a checkpoint ... on Thursday" takes the
Thursday, not the dateline's day standing a few words before the verb."""
from __future__ import annotations

import re

from sitrep.model import TimeExpr

# before the date: an upper-case or capitalised place, its country or region ("Democratic Republic of Congo"), then
# a comma or an opening bracket; after it: an optional wire in brackets, then the dash or colon of the dateline
_WORD = r"[A-Z][A-Za-z'.\-]+"
_BEFORE = re.compile(
    rf"\s*{_WORD}(?:[ /-]+{_WORD}){{0,3}}(?:,\s*{_WORD}(?:\s+(?:of|and|the|{_WORD})){{0,4}})?\s*(?:,|\()\s*")
# (Indian wires write no dash after the bracket: "IMPHAL, Nov 9 (PTI) Two village volunteers were killed")
_AFTER = re.compile(r"\s*(?:,?\s*\d{4}|\(\d{4}\))?\s*\)?\s*(?:\([A-Za-z][A-Za-z .-]{0,30}\)\s*)?(?:[—–]|-{1,2}\s|:\s)|"
                    r"\s*\([A-Z][A-Za-z .-]{0,30}\)\s+(?=[A-Z\"“])")

# a day and month whose year follows in brackets, "March 12 (2025) -": the year is the dateline's too
_DAY_THEN_YEAR = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*\($")


def in_dateline(text: str, t: TimeExpr) -> bool:
    """``t`` is the date of the dateline opening ``text`` (its first line of prose, after a headline kept in the text)."""
    s, e = t.span.start, t.span.end
    line = text.rfind("\n", 0, s) + 1
    if line > 400 or s - line > 80:
        return False
    day = _DAY_THEN_YEAR.search(text, line, s)
    before = day.start() if day is not None else s
    return _BEFORE.fullmatch(text, line, before) is not None and _AFTER.match(text, e) is not None
