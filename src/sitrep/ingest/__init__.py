"""Ingest: inputs (files, folders, stdin) -> clean, deduplicated Articles in the store.

Scaffold version: plain .txt files only, no cleaning. The ingest issue replaces
the inside of :func:`ingest_paths`; its signature and :class:`IngestReport`
are the contract the pipeline and CLI rely on.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from sitrep.errors import InputError
from sitrep.model import Article


@dataclass
class IngestReport:
    stored: list[str] = field(default_factory=list)  # ids of articles newly stored
    already: int = 0  # inputs seen in an earlier run, or identical to a stored article
    duplicates: int = 0  # near-duplicates linked with duplicate_of (stored, flagged)
    skipped: list[InputError] = field(default_factory=list)  # e.g. non-English
    errors: list[InputError] = field(default_factory=list)  # unreadable inputs

    @property
    def failed(self) -> bool:
        return bool(self.errors)


def ingest_paths(
    store, paths: Iterable[str], progress: Optional[Callable[[int], None]] = None  # type: ignore[no-untyped-def]
) -> IngestReport:
    rep = IngestReport()
    for p in paths:
        for f in sorted(Path(p).rglob("*.txt")) if Path(p).is_dir() else [Path(p)]:
            try:
                raw = f.read_bytes()
            except OSError as e:
                rep.errors.append(InputError(str(f), f"cannot be read ({e.strerror})"))
                continue
            key = hashlib.sha256(raw).hexdigest()
            text = raw.decode("utf-8", "replace").strip()
            aid = hashlib.sha256(" ".join(text.split()).encode()).hexdigest()[:16]
            with store.transaction():
                if store.source_seen(key):
                    rep.already += 1
                    continue
                a = Article(id=aid, text=text, raw_text=text, source_path=str(f), language="en")
                if store.add_article(a):
                    rep.stored.append(aid)
                else:
                    rep.already += 1
                store.record_source(key, str(f), aid, "stored")
            if progress:
                progress(1)
    return rep
