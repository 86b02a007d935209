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

import os
import zlib
from typing import Iterator, Optional, Sequence

from sitrep.ingest.inputs import (
    GZIP_MAGIC, SUPPORTED, Item, Skipped, _ignore_patterns, _ignored, _mb, gunzip_capped, kind_of, read_bytes,
    sniff,
)
from sitrep.errors import InputError
from sitrep.ingest.records import MAX_TEXT_BYTES


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
    gz = data[:2] == GZIP_MAGIC
    if kind == "warc" or (kind == "jsonl" and not gz):
        yield from read_bytes(data, source, kind)
        return
    if gz:
        try:
            data = gunzip_capped(data)
        except (OSError, EOFError, zlib.error) as e:
            yield InputError(source, f"broken gzip file ({e})")
            return
        except ValueError as e:
            yield InputError(source, str(e))
            return
    elif len(data) > MAX_TEXT_BYTES:
        yield InputError(
            source,
            f"file is {_mb(len(data))}; text, HTML and feed files over {_mb(MAX_TEXT_BYTES)} are not read "
            "(split it, or convert it to JSONL, which is streamed)",
        )
        return
    if not data:
        yield InputError(source, "empty file (no text)")
        return
    yield from read_bytes(data, source, kind or sniff(data))
