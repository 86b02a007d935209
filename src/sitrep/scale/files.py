"""Input files for the distributed runner: the single-machine read order, and one file's bytes -> records.

``sitrep run`` reads its inputs in a fixed order (each argument in turn; a folder
walked with ``os.walk``: a folder's own files sorted by name, then its sub-folders
sorted by name, hidden names skipped). Which copy of an article wins exact
de-duplication, and which article a near-duplicate points to, depend on that order,
so the Spark job ranks the files it lists the same way (:func:`order_files`).
:func:`records_of` is :func:`sitrep.ingest.inputs.read_file` for bytes already read
(Spark's ``binaryFile`` source hands a task the whole file).
"""
from __future__ import annotations

import io
import os
from typing import Iterator, Optional, Sequence

from sitrep.ingest.inputs import (
    SUPPORTED, Item, Skipped, _ignore_patterns, _ignored, kind_of, load_stream, read_payload,
)


def qualify(path: str) -> str:
    """``path`` as Spark names files: ``file:/abs/path`` for local paths, URIs unchanged (no trailing ``/``)."""
    if path.startswith("file://"):
        path = "file:" + path[len("file://"):]
    elif "://" not in path and not path.startswith("file:"):
        path = "file:" + os.path.abspath(path)
    return path.rstrip("/") or path


def _walk_key(parts: Sequence[str]) -> tuple:
    """Sort key reproducing ``os.walk`` with sorted names: a folder's files come before its sub-folders."""
    return tuple((1, p) for p in parts[:-1]) + ((0, parts[-1]),)


def order_files(inputs: Sequence[str], files: Sequence[str]) -> list[tuple[str, str, bool]]:
    """Rank the files Spark listed as ``sitrep run inputs...`` would read them.

    Returns ``(spark path, source name, named)`` in read order; ``source name`` is what the
    single-machine run calls the file (the input as given, joined with the path below it), and
    ``named`` says the file was itself an argument (unknown types are then sniffed, not skipped).
    Files under a hidden folder or with a hidden name are dropped, as the single-machine walk does, and
    so is what a local folder's ``.sitrepignore`` names (on a cluster file system it is not read).
    """
    from pathlib import Path

    roots = [(i, p, qualify(p)) for i, p in enumerate(inputs)]
    ignore = {p: (_ignore_patterns(Path(p)) if "://" not in p and os.path.isdir(p) else []) for p in inputs}
    ranked: list[tuple[tuple, str, str, bool]] = []
    for f in files:
        for i, given, q in roots:
            if f == q:
                ranked.append(((i, ()), f, given, True))
                break
            if f.startswith(q + "/"):
                parts = f[len(q) + 1:].split("/")
                if any(p.startswith(".") for p in parts):
                    break
                pats = ignore[given]
                if pats and (any(_ignored("/".join(parts[:k]) + "/", pats) for k in range(1, len(parts)))
                             or _ignored("/".join(parts), pats)):
                    break
                if "://" in given:
                    source = given.rstrip("/") + "/" + "/".join(parts)
                else:
                    source = os.path.join(given, *parts)
                ranked.append(((i, _walk_key(parts)), f, source, False))
                break
    ranked.sort(key=lambda r: r[0])
    return [(f, source, named) for _, f, source, named in ranked]


def records_of(data: bytes, source: str, named: bool) -> Iterator[Item]:
    """All records (and per-input errors) of one file's bytes, exactly as ``read_file`` yields them."""
    name = source.rsplit("/", 1)[-1]
    kind: Optional[str] = kind_of(name)
    if kind is None and not named:
        yield Skipped(source, f"not a supported input type ({SUPPORTED}); not read")
        return
    payload = yield from load_stream(io.BufferedReader(io.BytesIO(data)), source, kind, len(data))  # type: ignore[arg-type]
    if payload is not None:
        yield from read_payload(payload, source, kind)
