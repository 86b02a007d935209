"""The copy's local day under a GMT/UTC clock stamp, where its dateline's place is far from UTC.

"Monday 7 September 2026 14:30 GMT" over "HASTINGS, New Zealand — A man was shot dead ... shortly after 1am today":
14:30 GMT is 02:30 or 03:30 on Tuesday in New Zealand (UTC+12, +13 in summer), so the copy was written on the
local Tuesday and its "today", "last night" and weekdays count from that day, not from the stamp's Monday. The
dateline's place must be one whose zone is known whole (``data/dateline_zones.tsv``: a country or city keeping one
zone), the stamp must carry its hour in GMT/UTC, and the local day must be the same under the standard and the
summer offset and under any minute of the stamp's hour; else (or where the record gives another day than the
stamp's) None: the stamp's day stands."""
from __future__ import annotations

import datetime as _dt
import math
from functools import lru_cache
from typing import Optional

from sitrep.ingest.textmeta import TextMeta
from sitrep.resources import data_rows


@lru_cache(maxsize=1)
def zones() -> dict[str, tuple[float, float]]:
    """Place name (lower case) -> (standard, summer) UTC offset in hours."""
    return {r[0].strip(): (float(r[1]), float(r[2])) for r in data_rows("dateline_zones.tsv", ("name", "std", "summer", "source"), header="name")}


def dateline_offsets(dateline: Optional[str]) -> Optional[tuple[float, float]]:
    """The offsets of the place a dateline names: its last comma part ("HASTINGS, New Zealand": New Zealand), else
    its first ("HONIARA"); None when neither is listed."""
    if not dateline:
        return None
    parts = [" ".join(p.lower().split()) for p in dateline.split(",") if p.strip()]
    for p in (parts[-1], parts[0]) if parts else ():
        if p in zones():
            return zones()[p]
    return None


def far_zone_day(meta: TextMeta, record: Optional[_dt.date]) -> Optional[_dt.date]:
    """The local day of the header's GMT/UTC stamp at the dateline's place, when it is another day than the
    stamp's and every reading agrees on it; None otherwise (see the module docstring)."""
    if meta.utc_hour is None or meta.published is None or (record is not None and record != meta.published):
        return None
    offs = dateline_offsets(meta.dateline)
    if offs is None:
        return None
    shifts = {math.floor((meta.utc_hour + m + o) / 24) for o in offs for m in (0.0, 0.999)}
    if len(shifts) != 1:
        return None
    shift = shifts.pop()
    return meta.published + _dt.timedelta(days=shift) if shift else None
