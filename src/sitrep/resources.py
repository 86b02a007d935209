"""Where sitrep's data files live.

Domain knowledge (actor dictionary, ontology, lexicons, gazetteer supplement)
is kept in text files under the repository's ``data/`` folder; built artefacts
(the gazetteer index) go under ``build/`` unless ``SITREP_BUILD_DIR`` says
otherwise.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator, Optional

ROOT = Path(__file__).resolve().parent.parent.parent


def data_path(name: str) -> Path:
    """Path of a file under ``data/`` (``SITREP_DATA_DIR`` overrides the folder)."""
    base = Path(os.environ.get("SITREP_DATA_DIR", ROOT / "data"))
    return base / name


def data_rows(name: str, needs: Optional[tuple[str, ...]] = None, header: Optional[str] = None) -> Iterator[list[str]]:
    """The tab-separated rows of ``data/NAME``, blank lines and ``#`` comments skipped (and a header row opening with
    ``header``). ``needs`` names the columns every row must fill, in order ("word", "kind", "source"): a row whose last
    needed column is missing or empty is a ValueError naming the file, the line and the columns expected."""
    path = data_path(name)
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#") or (header and line.startswith(header + "\t")):
                continue
            cols = line.rstrip("\n").split("\t")
            if needs and (len(cols) < len(needs) or not cols[len(needs) - 1].strip()):
                raise ValueError(f"{path}:{i}: expected {', '.join(needs[:-1])} and {needs[-1]}")
            yield cols


def words_by_kind(name: str) -> dict[str, frozenset[str]]:
    """The words of a ``word<TAB>kind<TAB>source`` list under ``data/``, grouped by kind (nlp/aid_needs,
    nlp/held_people)."""
    out: dict[str, set[str]] = {}
    for row in data_rows(name, needs=("word", "kind", "source")):
        out.setdefault(row[1].strip(), set()).add(row[0].strip())
    return {k: frozenset(v) for k, v in out.items()}


def build_dir() -> Path:
    d = Path(os.environ.get("SITREP_BUILD_DIR", ROOT / "build"))
    d.mkdir(parents=True, exist_ok=True)
    return d
