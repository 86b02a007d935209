"""Load the Parquet tables of a distributed run into a sitrep store (SQLite or PostgreSQL).

After ``load``, the store is what ``sitrep run`` would have left for the same inputs:
``sitrep serve``, ``sitrep export``, ``sitrep articles`` work on it. The tables are read
with pyarrow or DuckDB when one is installed (local folders), else with Spark.
"""
from __future__ import annotations

import os
from typing import Any, Iterator

from sitrep.model import Story

BATCH = 500


def _rows(out_dir: str, name: str, columns: list[str], spark=None) -> Iterator[dict[str, Any]]:  # type: ignore[no-untyped-def]
    """The rows of one table ordered by its first column's order key (``seq`` where it has one)."""
    path = os.path.join(out_dir, name)
    try:
        import pyarrow.parquet as pq  # optional
    except ImportError:
        pq = None
    local = out_dir[len("file:"):] if out_dir.startswith("file:") else out_dir
    if pq is not None and "://" not in out_dir:
        rows = pq.read_table(os.path.join(local, name), columns=columns).to_pylist()
        if "seq" in columns:
            rows.sort(key=lambda r: r["seq"])
        yield from rows
        return
    if spark is None and "://" not in out_dir:
        import duckdb  # optional; _reader() checked it is there

        glob = os.path.join(local, name, "*.parquet")
        q = f"SELECT {', '.join(columns)} FROM read_parquet(?)" + (" ORDER BY seq" if "seq" in columns else "")
        cur = duckdb.connect().execute(q, [glob])
        while True:
            chunk = cur.fetchmany(1000)
            if not chunk:
                return
            for r in chunk:
                yield dict(zip(columns, r))
    df = spark.read.parquet(path).select(*columns)
    if "seq" in columns:
        df = df.orderBy("seq")
    for r in df.toLocalIterator():
        yield r.asDict()


def _needs_spark(out_dir: str) -> bool:
    """Whether the tables can only be read with Spark (a cluster file system, or no pyarrow/DuckDB here)."""
    import importlib.util

    if "://" in out_dir:
        return True
    return importlib.util.find_spec("pyarrow") is None and importlib.util.find_spec("duckdb") is None


def load(out_dir: str, store, spark=None) -> list[Story]:  # type: ignore[no-untyped-def]
    """Add the articles, signatures, analyses and stories under ``out_dir`` to ``store``; returns the stories.

    Articles already in the store (same id) are left as they are. ``spark``: a session to read with
    (else pyarrow or DuckDB for a local folder, or a local Spark session started and stopped here).
    """
    from sitrep.scale.tables import analysis_of, article_of, story_of

    own = None
    if spark is None and _needs_spark(out_dir):
        from sitrep.scale.spark import session

        spark = own = session("local[1]", app="sitrep-load")
    try:
        def batched(name: str, cols: list[str]) -> Iterator[list[dict[str, Any]]]:
            batch: list[dict[str, Any]] = []
            for r in _rows(out_dir, name, cols, spark):
                batch.append(r)
                if len(batch) >= BATCH:
                    yield batch
                    batch = []
            if batch:
                yield batch

        for batch in batched("articles", ["seq", "data"]):
            with store.transaction():
                for r in batch:
                    store.add_article(article_of(r))
        for batch in batched("signatures", ["article_id", "sig"]):
            with store.transaction():
                for r in batch:
                    store.put_signature(r["article_id"], bytes(r["sig"]))
        for batch in batched("analyses", ["seq", "data"]):
            with store.transaction():
                for r in batch:
                    store.save_analysis(analysis_of(r))
        stories: list[Story] = [story_of(r) for r in _rows(out_dir, "stories", ["seq", "data"], spark)]
        store.replace_stories(stories)
        return stories
    finally:
        if own is not None:
            own.stop()

