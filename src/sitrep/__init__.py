"""sitrep: a sourced, geolocated, dated record of events from overlapping news reports."""
from __future__ import annotations

from typing import Iterable

__version__ = "0.1.0"


def process(paths: Iterable[str], db: str = ":memory:") -> list:
    """Run the whole pipeline on ``paths`` and return the stories (for notebooks).

    With the default ``db`` nothing is written to disk.
    """
    from sitrep import pipeline
    from sitrep.store import open_store

    store = open_store(db)
    try:
        pipeline.ingest(store, paths)
        pipeline.analyze(store)
        return pipeline.link(store)
    finally:
        store.close()
