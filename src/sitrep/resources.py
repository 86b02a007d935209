"""Where sitrep's data files live.

Domain knowledge (actor dictionary, ontology, lexicons, gazetteer supplement)
is kept in text files under the repository's ``data/`` folder; built artefacts
(the gazetteer index) go under ``build/`` unless ``SITREP_BUILD_DIR`` says
otherwise.
"""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def data_path(name: str) -> Path:
    """Path of a file under ``data/`` (``SITREP_DATA_DIR`` overrides the folder)."""
    base = Path(os.environ.get("SITREP_DATA_DIR", ROOT / "data"))
    return base / name


def build_dir() -> Path:
    d = Path(os.environ.get("SITREP_BUILD_DIR", ROOT / "build"))
    d.mkdir(parents=True, exist_ok=True)
    return d
