"""The Parquet tables the distributed runner writes, and model objects <-> their rows.

Every table keeps the whole object as JSON in ``data`` (what :func:`load` reads back,
lossless) next to flat, typed columns for querying (DuckDB, Spark SQL):

* ``articles``: id, seq (single-machine insertion order), status, duplicate_of, published, outlet,
  title, url, source_path, language, words, wires, data
* ``analyses``: article_id, seq, data (the whole :class:`~sitrep.model.Analysis`)
* ``mentions``: one row per event mention: id, article_id, event_type, sub_event_type, modality,
  date_start, date_end, place, lat, lon, country, admin1, actor1, actor2, fatalities, data
* ``events``: one row per merged event: id, story_id, event_type, sub_event_type, date_start,
  date_end, date_precision, place, lat, lon, country, admin1, actor1, actor2,
  fatalities_low/best/high, n_sources, n_independent_sources, article_ids, data
* ``stories``: id, seq (story order), title, summary, n_articles, n_events, article_ids, data
* ``disagreements``: id, story_id, subject, kind, explanation, data
* ``signatures``: article_id, sig (MinHash, 128 x uint32), for later incremental ingest
"""
from __future__ import annotations

import json
from typing import Any, Optional

from sitrep.model import ActorRef, Analysis, Article, Place, Story, from_dict, to_dict

TABLES = ("articles", "analyses", "mentions", "events", "stories", "disagreements", "signatures")


def _json(obj: Any) -> str:
    return json.dumps(to_dict(obj), ensure_ascii=False)


def _iso(d: Any) -> Optional[str]:
    return d.isoformat() if d is not None else None


def _f(x: Any) -> Optional[float]:
    return None if x is None else float(x)


def _actor(a: Optional[ActorRef]) -> Optional[str]:
    return None if a is None else (a.entity_id or a.name)


def _place(p: Optional[Place]) -> dict[str, Any]:
    if p is None:
        return {"place": None, "lat": None, "lon": None, "country": None, "admin1": None}
    return {"place": p.name, "lat": _f(p.lat), "lon": _f(p.lon), "country": p.country, "admin1": p.admin1}


def article_row(a: Article, seq: int) -> dict[str, Any]:
    return {"id": a.id, "seq": seq, "status": a.status, "duplicate_of": a.duplicate_of,
            "published": _iso(a.published), "outlet": a.outlet, "title": a.title, "url": a.url,
            "source_path": a.source_path, "language": a.language, "words": a.words,
            "wires": list(a.wires), "data": _json(a)}


def analysis_rows(an: Analysis, seq: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The ``analyses`` row and the ``mentions`` rows of one analysis."""
    mentions = []
    for m in an.events:
        mentions.append({"id": m.id, "article_id": an.article_id, "event_type": m.event_type,
                         "sub_event_type": m.sub_event_type, "modality": m.modality,
                         "date_start": _iso(m.date_start), "date_end": _iso(m.date_end), **_place(m.place),
                         "actor1": _actor(m.actor1), "actor2": _actor(m.actor2),
                         "fatalities": None if m.fatalities is None else _f(m.fatalities.low),
                         "data": _json(m)})
    return {"article_id": an.article_id, "seq": seq, "data": _json(an)}, mentions


def story_rows(s: Story, seq: int) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """The ``stories`` row, the ``events`` rows and the ``disagreements`` rows of one story."""
    events = []
    for e in s.events:
        events.append({"id": e.id, "story_id": s.id, "event_type": e.event_type,
                       "sub_event_type": e.sub_event_type, "date_start": _iso(e.date_start),
                       "date_end": _iso(e.date_end), "date_precision": e.date_precision, **_place(e.place),
                       "actor1": _actor(e.actor1), "actor2": _actor(e.actor2),
                       "fatalities_low": _f(e.fatalities_low), "fatalities_best": _f(e.fatalities_best),
                       "fatalities_high": _f(e.fatalities_high), "n_sources": e.n_sources,
                       "n_independent_sources": e.n_independent_sources,
                       "article_ids": sorted({m.article_id for m in e.mentions}), "data": _json(e)})
    dis = [{"id": d.id, "story_id": s.id, "subject": d.subject, "kind": d.kind, "explanation": d.explanation,
            "data": _json(d)} for d in s.disagreements]
    row = {"id": s.id, "seq": seq, "title": s.title, "summary": s.summary, "n_articles": len(s.article_ids),
           "n_events": len(s.events), "article_ids": list(s.article_ids), "data": _json(s)}
    return row, events, dis


def article_of(row: dict[str, Any]) -> Article:
    return from_dict(Article, json.loads(row["data"]))


def analysis_of(row: dict[str, Any]) -> Analysis:
    return from_dict(Analysis, json.loads(row["data"]))


def story_of(row: dict[str, Any]) -> Story:
    return from_dict(Story, json.loads(row["data"]))


def spark_schemas() -> dict[str, Any]:
    """Spark SQL schemas of the tables (explicit, so empty tables still have their columns)."""
    from pyspark.sql.types import (
        ArrayType, BinaryType, DoubleType, IntegerType, LongType, StringType, StructField, StructType,
    )

    S, D, L, I = StringType(), DoubleType(), LongType(), IntegerType()

    def st(*cols: tuple[str, Any]) -> StructType:
        return StructType([StructField(n, t, True) for n, t in cols])

    place = [("place", S), ("lat", D), ("lon", D), ("country", S), ("admin1", S)]
    return {
        "articles": st(("id", S), ("seq", L), ("status", S), ("duplicate_of", S), ("published", S),
                       ("outlet", S), ("title", S), ("url", S), ("source_path", S), ("language", S),
                       ("words", I), ("wires", ArrayType(S)), ("data", S)),
        "analyses": st(("article_id", S), ("seq", L), ("data", S)),
        "mentions": st(("id", S), ("article_id", S), ("event_type", S), ("sub_event_type", S), ("modality", S),
                       ("date_start", S), ("date_end", S), *place, ("actor1", S), ("actor2", S),
                       ("fatalities", D), ("data", S)),
        "events": st(("id", S), ("story_id", S), ("event_type", S), ("sub_event_type", S), ("date_start", S),
                     ("date_end", S), ("date_precision", S), *place, ("actor1", S), ("actor2", S),
                     ("fatalities_low", D), ("fatalities_best", D), ("fatalities_high", D), ("n_sources", I),
                     ("n_independent_sources", I), ("article_ids", ArrayType(S)), ("data", S)),
        "stories": st(("id", S), ("seq", L), ("title", S), ("summary", S), ("n_articles", I), ("n_events", I),
                      ("article_ids", ArrayType(S)), ("data", S)),
        "disagreements": st(("id", S), ("story_id", S), ("subject", S), ("kind", S), ("explanation", S),
                            ("data", S)),
        "signatures": st(("article_id", S), ("sig", BinaryType())),
    }
