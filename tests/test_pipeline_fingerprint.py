"""Benchmarks key their kept parses on the pipeline's fingerprint: a parse made before the lemma exceptions or the
participle tags changed must not be reused."""
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
])
def test_changes_with_the_files_read_at_load(tmp_path, monkeypatch, changed, row):
    before = pipeline_fingerprint(_FakePipeline())
    folder = tmp_path / "data"
    folder.mkdir()
    for name in ("lemma_exceptions.tsv", "participle_tags.tsv"):
        shutil.copy(data_path(name), folder / name)
    monkeypatch.setenv("SITREP_DATA_DIR", str(folder))
    assert pipeline_fingerprint(_FakePipeline()) == before
    with open(folder / changed, "a") as f:
        f.write(row)
    assert pipeline_fingerprint(_FakePipeline()) != before
