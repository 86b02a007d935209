"""The JSON shape of ``sitrep annotate`` (DESIGN.md §4): one object per text, spans flattened.

Every annotation's own span becomes ``start``/``end``/``text`` (offsets into
the text given); nested objects keep their shape from :func:`sitrep.model.to_dict`.
Also the readers of ``sitrep annotate`` inputs: raw files, the ingest layer
(clean text and publication date) when it is present, and ``--jsonl`` lines.
"""
from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Optional

from sitrep.errors import InputError
from sitrep.model import Analysis, to_dict


@dataclass
class AnnotateInput:
    """One text to annotate: its id, the text, its publication date (or None)."""

    id: str
    text: str
    published: Optional[_dt.date]


def _flat(obj: Any, span_field: str = "span") -> dict[str, Any]:
    d = to_dict(obj)
    sp = d.pop(span_field, None) or {}
    out = {"start": sp.get("start"), "end": sp.get("end"), "text": sp.get("text")}
    out.update(d)
    return out


def analysis_json(text: str, published: Optional[_dt.date], an: Analysis, id: Optional[str] = None) -> dict[str, Any]:
    """The ``sitrep annotate`` object for one analysed text."""
    obj: dict[str, Any] = {}
    if id is not None:
        obj["id"] = id
    obj["text"] = text
    obj["published"] = published.isoformat() if published else None
    obj["entities"] = [
        {"start": m.span.start, "end": m.span.end, "text": m.span.text, "kind": m.kind, "entity_id": m.entity_id,
         "name": m.name}
        for m in an.entities
    ]
    obj["times"] = [
        {"start": t.span.start, "end": t.span.end, "text": t.span.text, "value": t.value, "type": t.type,
         "date_start": t.start.isoformat() if t.start else None, "date_end": t.end.isoformat() if t.end else None,
         "precision": t.precision, "anchor": t.anchor, "relative": t.relative, "future": t.future}
        for t in an.times
    ]
    obj["places"] = [
        {"start": p.span.start, "end": p.span.end, "text": p.span.text, "name": p.name, "lat": p.lat, "lon": p.lon,
         "geonameid": p.geonameid, "country": p.country, "admin1": getattr(p, "admin1", None),
         "precision": p.precision, "confidence": p.confidence, "mention": p.mention}
        for p in an.places
    ]
    obj["figures"] = [_flat(f) for f in an.figures]
    obj["attributions"] = [_flat(a) for a in an.attributions]
    obj["events"] = [_flat(e, "sentence") for e in an.events]
    return obj


def parse_date(s: Any) -> Optional[_dt.date]:
    """``"2020-02-27"`` (or a longer ISO timestamp) -> date; None or "" -> None; anything else raises ValueError."""
    if s is None or s == "":
        return None
    return _dt.date.fromisoformat(str(s)[:10])


def read_raw(path: str) -> AnnotateInput:
    """The file's text exactly as given (UTF-8, undecodable bytes replaced), so offsets match the file."""
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot be read ({e.strerror or e})") from e
    return AnnotateInput(path, data.decode("utf-8", "replace"), None)


def read_clean(path: str) -> list[AnnotateInput]:
    """The file through the ingest layer (clean text, publication date from its metadata); raw without it."""
    try:
        from sitrep.ingest.article import build_article  # type: ignore[import-not-found]
        from sitrep.ingest.inputs import read_file  # type: ignore[import-not-found]
    except ImportError:
        return [read_raw(path)]
    out = []
    for item in read_file(Path(path), named=True):
        if isinstance(item, InputError):
            raise item
        a = build_article(item)
        out.append(AnnotateInput(path if not out else f"{path}#{len(out)}", a.text, a.published))
    if not out:
        raise InputError(path, "no article in this file")
    return out


def read_jsonl(path: str) -> Iterator[AnnotateInput]:
    """Lines ``{"id", "text", "published"}`` of a JSON Lines file (``-`` = stdin)."""
    import sys

    f = sys.stdin if path == "-" else open(path, encoding="utf-8")
    try:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                yield AnnotateInput(str(rec.get("id", n)), str(rec["text"]), parse_date(rec.get("published")))
            except (ValueError, KeyError, TypeError, AttributeError) as e:
                raise InputError(path, f"line {n}: not a {{\"id\", \"text\", \"published\"}} object ({e})") from e
    finally:
        if f is not sys.stdin:
            f.close()
