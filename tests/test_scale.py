"""The Spark runner (sitrep.scale) against the single-machine run on the team's example set.

One Spark session in local mode for the whole module (it takes tens of seconds to start).
"""
from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from conftest import EXAMPLES

pytestmark = pytest.mark.slow

if importlib.util.find_spec("pyspark") is None:
    pytest.skip("pyspark is not installed (pip install 'sitrep[spark]')", allow_module_level=True)
if shutil.which("java") is None:
    import os

    if not os.environ.get("JAVA_HOME"):
        pytest.skip("no Java runtime (java on PATH or JAVA_HOME): Spark needs one", allow_module_level=True)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """(single-machine out dir, single-machine db, Spark out dir, Spark result, spark session)."""
    from sitrep import pipeline
    from sitrep.scale.spark import run, session

    base = tmp_path_factory.mktemp("scale")
    ex = base / "examples"
    shutil.copytree(EXAMPLES, ex)
    # a second copy of one report under a sub-folder, and an unreadable file: order and errors must match
    (ex / "zz").mkdir()
    shutil.copy(ex / "05_wire_copy_site_a.txt", ex / "zz" / "copy_of_05.txt")
    (ex / "zz" / "empty.txt").write_bytes(b"")
    single = base / "single"
    ref = pipeline.run([str(ex)], str(base / "single.db"), single)
    spark = session("local[2]", app="sitrep-test")
    try:
        res = run([str(ex)], str(base / "spark"), spark=spark, partitions=3)
        res.reference = ref  # type: ignore[attr-defined]
        yield single, str(base / "single.db"), base / "spark", res, spark
    finally:
        spark.stop()


def _events(story_json: dict) -> dict:
    out = {}
    for s in story_json["stories"] if "stories" in story_json else [story_json]:
        for e in s.get("events", []):
            out[e["id"]] = e
    return out


def _load(p: Path) -> dict:
    return json.loads(p.read_text(encoding="utf-8"))


def test_same_events_event_for_event(runs):
    single, _, spark_out, _, _ = runs
    a, b = _load(single / "story.json"), _load(spark_out / "story.json")
    ea, eb = _events(a), _events(b)
    assert ea, "the example set gives events"
    assert sorted(ea) == sorted(eb)
    for eid, e in ea.items():
        f = eb[eid]
        for k in ("event_type", "sub_event_type", "date_start", "date_end", "date_precision", "place",
                  "fatalities_best", "fatalities_low", "fatalities_high", "actor1", "actor2"):
            if k in e or k in f:
                assert e.get(k) == f.get(k), (eid, k)
        assert json.dumps(e, sort_keys=True) == json.dumps(f, sort_keys=True), eid  # sources, evidence too
    assert a == b  # the whole export: stories, timeline, disagreements


def test_same_articles_and_duplicates(runs):
    single, _, spark_out, res, _ = runs
    a, b = _load(single / "articles.json"), _load(spark_out / "articles.json")
    assert [x["id"] for x in a] == [x["id"] for x in b]
    assert {x["id"]: (x["status"], x["duplicate_of"], x["published"]) for x in a} == \
        {x["id"]: (x["status"], x["duplicate_of"], x["published"]) for x in b}
    assert any(x["status"] == "duplicate" for x in b), "the example set has a wire copy"
    assert res.duplicates == sum(1 for x in b if x["status"] == "duplicate")
    # the exact copy under zz/ is not a second article; the empty file is an error named by its path
    assert len(b) == len({x["id"] for x in b})
    assert any(str(e.source).endswith("zz/empty.txt") for e in res.errors)
    # every problem reported as the single-machine run reports it, in the same order
    assert [str(e) for e in res.errors] == [str(e) for e in res.reference.ingest.errors]
    assert [str(e) for e in res.skipped] == [str(e) for e in res.reference.ingest.skipped
                                             if "not English" not in str(e)]


def test_parquet_tables_and_load_into_a_store(runs, tmp_path):
    _, single_db, spark_out, res, spark = runs
    from sitrep.scale.load import load
    from sitrep.store import open_store

    ev = spark.read.parquet(str(spark_out / "events"))
    assert ev.count() == res.events > 0
    row = ev.orderBy("id").first()
    assert row.event_type and row.story_id.startswith("story-") and len(row.article_ids) >= 1
    assert spark.read.parquet(str(spark_out / "mentions")).count() >= res.events

    db = str(tmp_path / "loaded.db")
    st = open_store(db)
    try:
        stories = load(str(spark_out), st, spark=spark)
        ref = open_store(single_db)
        try:
            assert [s.id for s in stories] == [s.id for s in ref.stories()]
            assert [a.id for a in st.articles()] == [a.id for a in ref.articles()]
            loaded = {an.article_id: an for an in st.analyses()}
            assert {an.article_id for an in ref.analyses()} == set(loaded)
            from sitrep.store.sqlite import EventFilter

            n1, e1 = st.list_events(EventFilter(), limit=1000)
            n2, e2 = ref.list_events(EventFilter(), limit=1000)
            assert n1 == n2 and sorted(e.id for e in e1) == sorted(e.id for e in e2)
        finally:
            ref.close()
    finally:
        st.close()
