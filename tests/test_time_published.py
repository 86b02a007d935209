"""A header date the text shows to be a day early: the article carries the corrected date, visibly."""
import datetime as dt
import json
import sqlite3
from pathlib import Path

import jsonschema

from sitrep import pipeline
from sitrep.export.brief import published_note
from sitrep.export.jsonexport import article_json
from sitrep.model import Analysis, Article, Span, TimeExpr
from sitrep.store import open_store
from sitrep.stories.dates import apply_corrected_date, corrected_dct

SCHEMA = Path(__file__).resolve().parent.parent / "src" / "sitrep" / "export" / "story.schema.json"
WED, THU = dt.date(2021, 3, 10), dt.date(2021, 3, 11)

# Written for these tests: a report filed on Thursday whose header still says Wednesday.
TEXT = ("Rebels shelled the market of the town on Thursday, killing four people, officials said. "
        "On Wednesday the army had moved two battalions to the front.")


def _an(anchor):
    t = TimeExpr(span=Span("a", 0, 8, "Thursday"), value="2021-03-11", type="DATE", start=THU, end=THU,
                 precision="day", anchor=anchor, relative=True)
    return Analysis(article_id="a", times=[t])


def test_a_corrected_analysis_moves_the_date_and_keeps_the_header():
    a = Article(id="a", text=TEXT, published=WED, published_precision="day", published_how="header")
    assert corrected_dct(_an("dct-corrected:2021-03-11 (header 2021-03-10)")) == THU
    assert apply_corrected_date(a, _an("dct-corrected:2021-03-11 (header 2021-03-10)"))
    assert (a.published, a.published_how, a.published_header) == (THU, "corrected", WED)
    assert not apply_corrected_date(a, _an("dct-corrected:2021-03-11 (header 2021-03-10)"))  # idempotent


def test_an_uncorrected_analysis_leaves_the_article_alone_or_reverts_it():
    a = Article(id="a", text=TEXT, published=WED, published_precision="day", published_how="html-meta")
    assert corrected_dct(_an("dct:2021-03-10")) is None
    assert not apply_corrected_date(a, _an("dct:2021-03-10"))
    assert (a.published, a.published_how, a.published_header) == (WED, "html-meta", None)
    b = Article(id="b", text=TEXT, published=THU, published_how="corrected", published_header=WED)
    assert apply_corrected_date(b, _an("dct:2021-03-10"))  # the new analysis no longer corrects it
    assert (b.published, b.published_how, b.published_header) == (WED, "header", None)


def test_export_schema_and_sources_show_the_correction():
    a = Article(id="a" * 16, text=TEXT, published=THU, published_precision="day", published_how="corrected",
                published_header=WED)
    row = article_json(a)
    assert row["published"] == "2021-03-11" and row["published_header"] == "2021-03-10"
    schema = json.loads(SCHEMA.read_text())
    jsonschema.validate({"articles": [row], "events": [], "figures": [], "disagreements": [], "timeline": []}, schema)
    note = published_note(row)
    assert note.startswith("2021-03-11") and "2021-03-10" in note and "corrected" in note
    plain = article_json(Article(id="b" * 16, text=TEXT, published=WED, published_how="header"))
    assert plain["published_header"] is None and published_note(plain) == "2021-03-10"


def test_a_version_1_store_gets_the_column_in_place(tmp_path):
    db = tmp_path / "old.db"
    st = open_store(str(db))
    st.close()
    con = sqlite3.connect(db)  # make it look like a store written before the column existed
    con.execute("ALTER TABLE articles DROP COLUMN published_header")
    con.execute("UPDATE meta SET value='1' WHERE key='schema_version'")
    con.commit()
    con.close()
    st = open_store(str(db))
    a = Article(id="c" * 16, text=TEXT, published=THU, published_how="corrected", published_header=WED)
    with st.transaction():
        st.add_article(a)
    back = st.get_article(a.id)
    assert (back.published, back.published_how, back.published_header) == (THU, "corrected", WED)
    st.close()


def test_the_pipeline_stores_the_corrected_date_and_analyses_from_the_header(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "r1", "text": TEXT, "published": "2021-03-10"}) + "\n", encoding="utf-8")
    st = open_store(str(tmp_path / "p.db"))
    pipeline.ingest(st, [str(f)])
    assert pipeline.analyze(st, workers=1) == 1
    (a,) = list(st.articles())
    assert (a.published, a.published_how, a.published_header) == (THU, "corrected", WED)
    row = [r for r in st.article_rows() if r["id"] == a.id][0]
    assert row["published_how"] == "corrected" and row["published_header"] == "2021-03-10"
    an = st.get_analysis(a.id)
    assert any((t.anchor or "").startswith("dct-corrected:2021-03-11") for t in an.times)
    st.close()
