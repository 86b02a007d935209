"""Per-field confidence of a merged event, from the evidence behind each field (DESIGN.md section 7).

- ``type``: the best confidence the extractor gave one of the event's mentions.
- ``place``: the gazetteer resolution's confidence; halved when no mention names the place in its own
  clause or sentence (the place then only comes from the article's main place).
- ``date``: ``type`` times the share of mentions that date the event with a time expression of their own
  (a date known only from the publication day is weak evidence of when it happened).
- ``actor1`` / ``actor2`` / ``fatalities``: ``type`` times the share of the mentions that name such a
  value and agree with the merged one.

A field with no value has no confidence (``None``). The outputs show a field below ``SHOWN`` as
unknown (the value stays in story.json with its confidence, so nothing is lost).
"""
from __future__ import annotations

from typing import Optional

from sitrep.model import Event

SHOWN = 0.5  # below this, reports and the map treat the field as unknown
FIELDS = ("type", "place", "date", "actor1", "actor2", "fatalities")


def _r(x: Optional[float]) -> Optional[float]:
    return None if x is None else round(max(0.0, min(1.0, x)), 2)


def field_confidence(e: Event) -> dict[str, Optional[float]]:
    """The confidence of each field of ``e`` (see the module docstring)."""
    ms = e.mentions
    kind = max((m.confidence for m in ms), default=0.5)
    out: dict[str, Optional[float]] = {k: None for k in FIELDS}
    out["type"] = _r(kind)
    if e.place is not None:
        own = not ms or any(m.place_source != "article" for m in ms)
        out["place"] = _r(e.place.confidence * (1.0 if own else 0.5))
    if e.date_start is not None:
        dated = sum(1 for m in ms if m.time is not None)
        out["date"] = _r(kind * (dated / len(ms) if ms else 0.0))
    for name in ("actor1", "actor2"):
        ref = getattr(e, name)
        if ref is None:
            continue
        naming = [getattr(m, name) for m in ms if getattr(m, name) is not None]
        agree = sum(1 for a in naming if a.entity_id == ref.entity_id)
        out[name] = _r(kind * (agree / len(naming) if naming else 0.5))
    if e.fatalities_best is not None:
        counting = [m for m in ms if m.fatalities is not None]
        out["fatalities"] = _r(kind * (len(counting) / len(ms) if ms else 0.0))
    return out


def shown(conf: dict[str, Optional[float]], name: str) -> bool:
    """Whether field ``name`` is confident enough to be shown as known."""
    c = conf.get(name)
    return c is not None and c >= SHOWN
