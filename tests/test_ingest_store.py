"""Ingest into the store: idempotence, near-duplicates across runs, batches, a killed run."""
import json

import pytest

import sitrep.ingest.run as run_mod
from sitrep.ingest import ingest_paths
from sitrep.store import open_store

STORY = (
    "Heavy rain caused the Linden river to burst its banks overnight, flooding low streets in the old town. "
    "Emergency crews moved about three hundred residents to a sports hall, the mayor said on Tuesday. "
    "Forecasters expect more rain on Wednesday, and the army has sent two boats to help with rescues. "
    "Schools in the district will stay shut until the water recedes, according to the education office. "
    "Power was cut to several hundred homes as a precaution, the local utility company said in a statement."
)
# the same wire story as another site runs it: a new first line, a few words changed
COPY = (
    "Heavy rain caused the Linden river to burst its banks overnight, flooding several low streets in the old town. "
    "Emergency crews moved about 300 residents to a sports hall, the mayor said on Tuesday. "
    "Forecasters expect more rain on Wednesday, and the army has sent two boats to help with rescues. "
    "Schools in the district will stay shut until the water recedes, according to the education office. "
    "Power was cut to several hundred homes as a precaution, the local utility company said in a statement."
)
OTHER = (
    "The city council voted on Thursday to build a new library beside the central market square. "
    "Construction is due to start next spring and will take about two years to complete, officials said. "
    "The old library building will be turned into a museum of local history once the move is finished."
)


@pytest.fixture
def store(tmp_path):
    s = open_store(str(tmp_path / "s.db"))
    yield s
    s.close()


def test_reingest_adds_nothing(tmp_path, store):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text(OTHER)
    rep = ingest_paths(store, [str(tmp_path)])
    assert len(rep.stored) == 2 and not rep.errors
    rep = ingest_paths(store, [str(tmp_path)])
    assert rep.stored == [] and rep.already == 2
    assert store.count_articles() == 2


def test_identical_text_from_two_files_is_stored_once(tmp_path, store):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text("\n" + STORY.replace(". ", ".  ") + "\n\n")
    rep = ingest_paths(store, [str(tmp_path)])
    assert len(rep.stored) == 1 and rep.already == 1


def test_near_duplicate_linked_within_and_across_runs(tmp_path, store):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text(COPY)
    rep = ingest_paths(store, [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert rep.duplicates == 1
    first, second = list(store.articles())
    assert first.status == "ok" and second.status == "duplicate" and second.duplicate_of == first.id
    # a third copy in a later run finds the first through the stored signatures
    (tmp_path / "c.txt").write_text(COPY.replace("Tuesday", "Tuesday evening"))
    rep = ingest_paths(store, [str(tmp_path / "c.txt")])
    assert rep.duplicates == 1
    assert list(store.articles())[-1].duplicate_of == first.id


def test_unrelated_article_is_not_a_duplicate(tmp_path, store):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text(OTHER)
    rep = ingest_paths(store, [str(tmp_path)])
    assert rep.duplicates == 0


def test_non_english_stored_as_skipped(tmp_path, store):
    (tmp_path / "fr.txt").write_text(
        "De fortes pluies ont fait déborder la rivière pendant la nuit, inondant les rues basses de la vieille "
        "ville. Les secours ont évacué environ trois cents habitants vers un gymnase, a indiqué le maire mardi."
    )
    rep = ingest_paths(store, [str(tmp_path)])
    assert len(rep.skipped) == 1 and "not English (fr)" in rep.skipped[0].problem
    (a,) = list(store.articles())
    assert a.status == "skipped" and "fr" in a.status_reason


def test_jsonl_lines_are_separate_sources(tmp_path, store):
    p = tmp_path / "x.jsonl"
    p.write_text(json.dumps({"text": STORY}) + "\n" + json.dumps({"text": OTHER}) + "\n")
    assert len(ingest_paths(store, [str(p)]).stored) == 2
    assert ingest_paths(store, [str(p)]).already == 2


def test_batches_are_transactions(tmp_path, store, monkeypatch):
    for i in range(7):
        (tmp_path / f"{i}.txt").write_text(f"Report number {i} of the series. " + OTHER.replace("library", f"library {i}"))
    commits = []
    orig = store.transaction

    def counting():
        commits.append(1)
        return orig()

    monkeypatch.setattr(store, "transaction", counting)
    monkeypatch.setattr(run_mod, "BATCH_SIZE", 3)
    rep = ingest_paths(store, [str(tmp_path)], batch_size=3)
    assert len(rep.stored) + rep.duplicates >= 1
    assert len(commits) == 3  # 7 inputs in batches of 3: 3 transactions


def test_killed_run_leaves_consistent_store_and_next_run_completes(tmp_path, store, monkeypatch):
    texts = [f"Item {i}: " + (OTHER if i % 2 else STORY).replace("the", f"the{i}") for i in range(9)]
    for i, t in enumerate(texts):
        (tmp_path / f"{i}.txt").write_text(t)
    real = run_mod.build_article
    calls = {"n": 0}

    def dying(rec):
        calls["n"] += 1
        if calls["n"] == 6:
            raise KeyboardInterrupt
        return real(rec)

    monkeypatch.setattr(run_mod, "build_article", dying)
    with pytest.raises(KeyboardInterrupt):
        ingest_paths(store, [str(tmp_path)], batch_size=2)
    assert store.count_articles() == 4  # two full batches committed, the third lost
    assert store.integrity_check() == []
    monkeypatch.setattr(run_mod, "build_article", real)
    rep = ingest_paths(store, [str(tmp_path)], batch_size=2)
    assert rep.already == 4 and len(rep.stored) == 5
    assert store.count_articles() == 9
    assert ingest_paths(store, [str(tmp_path)]).stored == []


def test_mixed_folder_end_to_end(tmp_path, store):
    from test_ingest_readers import HTML

    d = tmp_path / "mixed"
    d.mkdir()
    (d / "1_wire.txt").write_text(" date 2021-07-06 World\n\nLINDEN (AP) — " + STORY + "\n\n12 users have voted.\n")
    (d / "2_copy.txt").write_text("Linden: " + COPY + "\n\n(With inputs from AP)\nAdd new comment\n")
    (d / "3_page.html").write_text(HTML)
    (d / "4_feed.jsonl").write_text(json.dumps({"text": OTHER, "date": "2021-07-07", "outlet": "TRTWorld"}) + "\n")
    (d / "5_fr.txt").write_text(
        "De fortes pluies ont fait déborder la rivière pendant la nuit, inondant les rues basses de la vieille "
        "ville. Les secours ont évacué environ trois cents habitants vers un gymnase, a indiqué le maire mardi."
    )
    rep = ingest_paths(store, [str(d)])
    assert not rep.errors and len(rep.stored) == 5 and rep.duplicates == 1 and len(rep.skipped) == 1
    wire, copy, page, line, fr = list(store.articles())
    assert wire.wires == ["AP"] and wire.dateline == "LINDEN" and wire.published_how == "header"
    assert copy.status == "duplicate" and copy.duplicate_of == wire.id and copy.wires == ["AP"]
    assert page.published_how == "html-meta" and line.outlet == "TRT World" and line.published_how == "header"
    assert fr.status == "skipped" and fr.language == "fr"
    assert all("voted" not in a.text and "comment" not in a.text for a in (wire, copy))


def test_a_file_name_with_bytes_that_are_not_utf8_is_stored_escaped(tmp_path):
    """The store's guard: a source path holding surrogate escapes (bytes 0xFF, 0xC3 of a file name) is stored
    as ``\\xff`` text instead of failing the INSERT (which rolled the whole batch back)."""
    from sitrep.model import Article
    from sitrep.store import open_store

    st = open_store(str(tmp_path / "n.db"))
    text = "The ferry board met on Monday and agreed the new timetable for the season.\n"
    with st.transaction():
        st.add_article(Article(id="n1", text=text, raw_text=text, source_path="in/caf\udcff\udcc3.txt"))
        st.record_source("k1", "in/caf\udcff\udcc3.txt", "n1", "stored")
    assert st.get_article("n1").source_path == "in/caf\\xff\\xc3.txt"
    st.close()
