"""The shared reader of data/ lexicons (sitrep.resources.data_rows)."""
from __future__ import annotations

import pytest

from sitrep.resources import data_rows


def test_rows_skip_comments_blank_lines_and_the_header(tmp_path, monkeypatch):
    (tmp_path / "words.tsv").write_text("# where these come from\nword\tkind\tsource\n\nKeel\tstreet\tours\n", "utf-8")
    monkeypatch.setenv("SITREP_DATA_DIR", str(tmp_path))
    assert list(data_rows("words.tsv", ("word", "kind", "source"), header="word")) == [["Keel", "street", "ours"]]


def test_a_row_missing_a_needed_column_names_the_file_and_line(tmp_path, monkeypatch):
    (tmp_path / "words.tsv").write_text("Keel\tstreet\tours\nMarrow\ttown\t\n", "utf-8")
    monkeypatch.setenv("SITREP_DATA_DIR", str(tmp_path))
    with pytest.raises(ValueError, match=r"words\.tsv:2: expected word, kind and source"):
        list(data_rows("words.tsv", ("word", "kind", "source")))
