"""Which way a report writes a numeric date: day-month ("dmy", British and most non-US copy) or month-day ("mdy", US
copy), told by the writing habits listed in ``data/date_order_cues.tsv`` ("9.30pm" against "9:30 p.m.", "centre"
against "center", a constabulary against a sheriff's deputies). None when no cue is found or cues of both kinds are:
an ambiguous numeric date ("06/05/2026") is then read as before (blank in a header, month-first in prose unless only
the day-first reading is a recent day)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from sitrep.resources import data_rows


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[re.Pattern, str], ...]:  # type: ignore[type-arg]
    rows = data_rows("date_order_cues.tsv", ("pattern", "order", "source"), header="pattern")
    out = []
    for cols in rows:
        if cols[1] not in ("dmy", "mdy"):
            raise ValueError(f"date_order_cues.tsv: order {cols[1]!r} is neither dmy nor mdy")
        out.append((re.compile(cols[0], re.I), cols[1]))
    return tuple(out)


@lru_cache(maxsize=16)
def numeric_order(text: str) -> Optional[str]:
    """"dmy" or "mdy" when every cue found in ``text`` says that order, else None."""
    found = {order for pat, order in _cues() if pat.search(text)}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _country_orders() -> dict[str, str]:
    out = {}
    for cols in data_rows("date_order_countries.tsv", ("country", "order", "source"), header="country"):
        if cols[1] not in ("mdy", "none"):
            raise ValueError(f"date_order_countries.tsv: order {cols[1]!r} is neither mdy nor none")
        out[cols[0]] = cols[1]
    return out


def country_order(country: str) -> Optional[str]:
    """How the outlets of ``country`` (ISO code) write a numeric date: "mdy" for the US and the Philippines (see
    ``data/date_order_countries.tsv``), None where the country writes both (Canada) or is unknown (""), else
    "dmy"."""
    if not country:
        return None
    order = _country_orders().get(country, "dmy")
    return None if order == "none" else order
