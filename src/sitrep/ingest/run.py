"""The ingest stage: inputs -> clean, deduplicated Articles in the store, in batches.

Per input: skip it when its source key is already in the store; otherwise
build the article, link it to an earlier near-duplicate (MinHash LSH), and
store it together with its source key and signature in the same
transaction. A batch of inputs is one transaction, so a killed run leaves
the store as it was after the last full batch and the next run completes it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from sitrep.errors import InputError
from sitrep.ingest.article import build_article
from sitrep.ingest.dedup import NearDuplicates
from sitrep.ingest.inputs import Skipped, iter_inputs
from sitrep.ingest.records import Record
from sitrep.model import Article

BATCH_SIZE = 250


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


def _flush(store, batch: list[tuple[Record, Article]], index: NearDuplicates, rep: IngestReport) -> None:  # type: ignore[no-untyped-def]
    if not batch:
        return
    with store.transaction():
        for rec, a in batch:
            sig = index.signature(a.text) if a.status == "ok" else None
            if sig is not None:
                dup = index.match(sig)
                if dup is not None:
                    a.status, a.duplicate_of = "duplicate", dup
                    a.status_reason = f"near-duplicate of {dup}"
            if store.add_article(a):
                rep.stored.append(a.id)
                status = a.status if a.status != "ok" else "stored"
                if a.status == "duplicate":
                    rep.duplicates += 1
                elif a.status == "skipped":
                    rep.skipped.append(InputError(rec.source, a.status_reason or "skipped"))
                elif sig is not None:
                    store.put_signature(a.id, index.to_bytes(sig))
                    index.add(a.id, sig)
            else:
                rep.already += 1
                status = "same-as"
            store.record_source(rec.key, rec.source, a.id, status, a.status_reason)


def ingest_paths(
    store, paths: Iterable[str], progress: Optional[Callable[[int], None]] = None, batch_size: int = BATCH_SIZE,  # type: ignore[no-untyped-def]
    follow_links: bool = False,
) -> IngestReport:
    """Read ``paths`` (files, folders, ``-``) into ``store``; returns what happened to each input.

    ``follow_links``: read links in folders whose targets lie outside the folders given (skipped otherwise)."""
    rep = IngestReport()
    index = NearDuplicates().load(store.signatures())
    batch: list[tuple[Record, Article]] = []
    keys: set[str] = set()  # source keys met in this run (the same input named twice)
    db = getattr(store, "path", None)
    own = [db + suffix for suffix in ("", "-wal", "-shm", "-journal")] if isinstance(db, str) else []
    for item in iter_inputs(paths, exclude=own, follow_links=follow_links):
        if isinstance(item, Skipped):
            rep.skipped.append(item)
        elif isinstance(item, InputError):
            rep.errors.append(item)
        elif item.key in keys or store.source_seen(item.key):
            rep.already += 1
        else:
            keys.add(item.key)
            try:
                batch.append((item, build_article(item)))
            except InputError as e:
                rep.errors.append(e)
            if len(batch) >= batch_size:
                _flush(store, batch, index, rep)
                batch = []
        if progress:
            progress(1)
    _flush(store, batch, index, rep)
    return rep
