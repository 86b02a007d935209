"""Benchmarks key their kept parses on the pipeline's fingerprint: a parse made before the lemma exceptions, the
participle tags, the token special cases or the line-break component (nlp/line_breaks.py) changed must not be reused."""
import shutil

import pytest

from sitrep.nlp.models import pipeline_fingerprint
from sitrep.resources import data_path


class _FakePipeline:
    meta = {"lang": "en", "name": "core_web_sm", "version": "3.8.0"}


def test_names_the_model():
    assert pipeline_fingerprint(_FakePipeline()).startswith("en_core_web_sm-3.8.0:")


@pytest.mark.parametrize("changed, row", [
    ("lemma_exceptions.tsv", "verb\tstag\t'staged' read as a form of 'stag'\n"),
    ("participle_tags.tsv", "stricken\tstrike\tJJ\toprd\ta test row\n"),
    ("token_specials.tsv", "RJD(X)\ta test row\n"),
    ("noun_verb_tags.tsv", "stab\tstab\tNN\tdead\ta test row\n"),
])
def test_changes_with_the_files_read_at_load(tmp_path, monkeypatch, changed, row):
    before = pipeline_fingerprint(_FakePipeline())
    folder = tmp_path / "data"
    folder.mkdir()
    for name in ("lemma_exceptions.tsv", "participle_tags.tsv", "token_specials.tsv", "noun_verb_tags.tsv"):
        shutil.copy(data_path(name), folder / name)
    monkeypatch.setenv("SITREP_DATA_DIR", str(folder))
    assert pipeline_fingerprint(_FakePipeline()) == before
    with open(folder / changed, "a") as f:
        f.write(row)
    assert pipeline_fingerprint(_FakePipeline()) != before


class _WithLineBreaks(_FakePipeline):
    pipe_names = ["tok2vec", "tagger", "sitrep_line_breaks", "parser"]


class _WithoutLineBreaks(_FakePipeline):
    pipe_names = ["tok2vec", "tagger", "parser"]


def test_changes_with_the_line_break_component(monkeypatch):
    """A parse made without the sentence starts of nlp/line_breaks.py, or under other rules of it, is not reused."""
    import sitrep.nlp.line_breaks as lb

    with_it = pipeline_fingerprint(_WithLineBreaks())
    assert with_it != pipeline_fingerprint(_WithoutLineBreaks())
    monkeypatch.setattr(lb, "rules_fingerprint", lambda: "other-rules")
    assert pipeline_fingerprint(_WithLineBreaks()) != with_it


def test_the_loaded_pipeline_has_the_component():
    from sitrep.nlp.line_breaks import NAME
    from sitrep.nlp.models import load_pipeline

    assert NAME in load_pipeline().pipe_names
