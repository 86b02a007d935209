"""Benchmarks key their kept parses on the pipeline's fingerprint: a parse made before the lemma exceptions
changed must not be reused."""
import shutil

from sitrep.nlp.models import pipeline_fingerprint
from sitrep.resources import data_path


class _FakePipeline:
    meta = {"lang": "en", "name": "core_web_sm", "version": "3.8.0"}


def test_names_the_model():
    assert pipeline_fingerprint(_FakePipeline()).startswith("en_core_web_sm-3.8.0:")


def test_changes_with_the_lemma_exceptions(tmp_path, monkeypatch):
    before = pipeline_fingerprint(_FakePipeline())
    folder = tmp_path / "data"
    folder.mkdir()
    for name in ("lemma_exceptions.tsv", "participle_tags.tsv"):
        shutil.copy(data_path(name), folder / name)
    monkeypatch.setenv("SITREP_DATA_DIR", str(folder))
    assert pipeline_fingerprint(_FakePipeline()) == before
    with open(folder / "lemma_exceptions.tsv", "a") as f:
        f.write("verb\tstag\t'staged' read as a form of 'stag'\n")
    assert pipeline_fingerprint(_FakePipeline()) != before
