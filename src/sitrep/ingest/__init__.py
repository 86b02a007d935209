"""Ingest: inputs (files, folders, stdin) -> clean, deduplicated Articles in the store.

Layout (one job per module): ``inputs`` walks paths and picks a reader from
``readers/`` (txt, html, jsonl, warc, feed); ``decode`` turns bytes into text;
``textmeta`` reads dates, bylines, datelines and credits written in the text;
``clean`` cuts page junk and repeated blocks; ``lang`` detects the language;
``dedup`` links near-duplicates; ``run`` stores everything in batches.
:func:`ingest_paths` and :class:`IngestReport` are the contract the pipeline
and the CLI rely on.
"""
from sitrep.ingest.run import IngestReport, ingest_paths

__all__ = ["IngestReport", "ingest_paths"]
