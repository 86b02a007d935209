import datetime as dt

import pytest

from sitrep.errors import StoreError
from sitrep.model import Analysis, Article, Disagreement, Event, EventMention, Figure, Span, Story, event_id_of
from sitrep.store import SCHEMA_VERSION, open_store
import pgserver


@pytest.fixture(scope="module")
def pg():
    reason = pgserver.why_not()
    if reason:
        yield None
        return
    srv = pgserver.PgServer()
    srv.start()
    yield srv
    srv.stop()


_n = [0]


@pytest.fixture(params=["sqlite", "postgresql"])
def tmp_db(request, tmp_path, pg):
    """The same tests on both backends (PostgreSQL skipped with a reason where it is not installed)."""
    if request.param == "sqlite":
        return str(tmp_path / "t.db")
    if pg is None:
        pytest.skip(f"PostgreSQL tests skipped: {pgserver.why_not()}")
    _n[0] += 1
    return pg.new_db(f"sitrep_test_{_n[0]}")


def _article(i, text=None):
    return Article(id=f"id{i:04d}", text=text or f"Article number {i} about shelling.", raw_text="raw",
                   published=dt.date(2020, 2, 1 + i % 27), published_how="header", published_precision="day")


def test_add_is_idempotent_and_survives_reopen(tmp_db):
    st = open_store(tmp_db)
    with st.transaction():
        assert st.add_article(_article(1))
        assert not st.add_article(_article(1))
    st.close()
    st = open_store(tmp_db)
    assert st.count_articles() == 1
    a = st.get_article("id0001")
    assert a.published == dt.date(2020, 2, 2) and a.text.startswith("Article number 1")
    assert st.get_article("id00") is not None  # unique prefix
    assert st.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    assert st.integrity_check() == []


def test_failed_batch_rolls_back_and_keeps_earlier_data(tmp_db):
    st = open_store(tmp_db)
    with st.transaction():
        st.add_article(_article(1))
    with pytest.raises(RuntimeError):
        with st.transaction():
            st.add_article(_article(2))
            raise RuntimeError("crash in the middle of a batch")
    assert [a.id for a in st.articles()] == ["id0001"]
    assert st.integrity_check() == []


def test_sources_make_reingest_a_no_op(tmp_db):
    st = open_store(tmp_db)
    with st.transaction():
        st.record_source("k1", "a.txt", "id0001", "stored")
        st.record_source("k1", "a.txt", "id0001", "stored")
    assert st.source_seen("k1") and not st.source_seen("k2")


def test_analysis_and_stories_round_trip(tmp_db):
    st = open_store(tmp_db)
    a = _article(3)
    sp = Span(a.id, 0, 7, "Article")
    em = EventMention(id="m1", article_id=a.id, sentence=sp, event_type="Battles", date_start=dt.date(2020, 2, 4))
    fig = Figure(id="f1", span=sp, what="killed", low=2, high=2)
    with st.transaction():
        st.add_article(a)
        st.save_analysis(Analysis(article_id=a.id, events=[em], figures=[fig]))
    assert st.unanalysed_ids() == []
    assert st.get_analysis(a.id).events[0].date_start == dt.date(2020, 2, 4)
    # replacing an analysis does not leave stale rows behind
    with st.transaction():
        st.save_analysis(Analysis(article_id=a.id, events=[em]))
    assert st.execute("SELECT COUNT(*) FROM figures").fetchone()[0] == 0
    ev = Event(id="e1", event_type="Battles", mentions=[em], n_sources=1)
    story = Story(id="s1", title="t", article_ids=[a.id], events=[ev],
                  disagreements=[Disagreement(id="d1", subject="killed", kind="conflict", explanation="x")])
    st.replace_stories([story])
    st.replace_stories([story])
    got = st.get_story("s1")
    assert got.events[0].mentions[0].id == "m1" and got.disagreements[0].kind == "conflict"
    assert st.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 1


def test_an_event_id_from_before_a_relink_still_finds_its_event(tmp_db):
    """A later report whose mention sorts first renames the event (ids come from the first mention); the old
    id, already handed out in an export or a link, still answers with the event that holds its mention."""
    st = open_store(tmp_db)
    a, b = _article(5), _article(6)
    ma = EventMention(id="m-later", article_id=a.id, sentence=Span(a.id, 0, 7, "Article"), event_type="Battles")
    mb = EventMention(id="m-earlier", article_id=b.id, sentence=Span(b.id, 0, 7, "Article"), event_type="Battles")
    old = Event(id=event_id_of(ma.id), event_type="Battles", mentions=[ma], n_sources=1)
    st.replace_stories([Story(id="s1", title="t", article_ids=[a.id], events=[old])])
    new = Event(id=event_id_of(mb.id), event_type="Battles", mentions=[ma, mb], n_sources=2)
    st.replace_stories([Story(id="s1", title="t", article_ids=[a.id, b.id], events=[new])])
    assert st.get_event(old.id).id == new.id  # the old id leads to the event that now holds its mention
    assert st.get_event(new.id).id == new.id
    assert st.get_event("ev-000000000000") is None
    assert st.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 1


def test_search_treats_query_as_words_not_syntax(tmp_db):
    st = open_store(tmp_db)
    with st.transaction():
        st.add_article(_article(1, "Shelling hit Saraqeb on Thursday."))
        st.add_article(_article(2, "Talks in Ankara ended."))
    assert [r["article_id"] for r in st.search("saraqeb")] == ["id0001"]
    assert st.search('" OR 1=1 --') == [] or isinstance(st.search('" OR 1=1 --'), list)
    assert st.search("NEAR(") == []


def test_not_a_database_is_a_clear_error(tmp_path):
    """(SQLite only: a file that is not a database.)"""
    bad = tmp_path / "junk.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        open_store(str(bad))
    with pytest.raises(StoreError, match="folder"):
        open_store(str(tmp_path))
