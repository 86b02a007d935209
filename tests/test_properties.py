"""Property-based tests (hypothesis) for what other tests do not already cover.

Already covered elsewhere, not repeated here: the cleaner never invents text and its removed spans slice
the raw text (tests/test_ingest_clean.py); quantity bounds are ordered and scanned spans are exact
(tests/test_numbers.py); time-expression offsets slice the text and resolved intervals are ordered
(tests/test_time.py::test_property_*). This file adds: the cleaner's cuts never overlap and it adds no
new characters, decoding never corrupts text nor lets a lone surrogate or control character through,
every reader and date parser answers any input without raising, the store keeps any text exactly and its
search takes any query, the API never answers 5xx to any query string, and the whole per-article analysis
(figures, times, places, events) keeps every span inside the text and every low <= high.
"""
from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from sitrep.errors import InputError
from sitrep.ingest.clean import clean
from sitrep.ingest.dates import parse_date
from sitrep.ingest.decode import DecodeError, decode_bytes
from sitrep.ingest.readers.jsonl import read_jsonl
from sitrep.ingest.records import Record

# text as it comes: any script, punctuation, spaces and line breaks (no surrogates: not valid in UTF-8)
_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)
_LINES = st.lists(
    st.one_of(
        _TEXT,
        st.sampled_from([
            "The same sentence repeats here again and again.", "Read: another story", "Add new comment",
            "Share this article", "Photo: AFP", "The council said the road would reopen on Friday.",
            "Advertisement", "", " ", "By Ann Lee", "(With inputs from AP)",
        ]),
    ),
    max_size=14,
)


# --------------------------------------------------------------------------- cleaner


@settings(max_examples=200, deadline=None)
@given(_LINES, st.sampled_from(["\n", "\n\n", " ", "\r\n"]))
def test_cleaner_cuts_are_ordered_disjoint_and_add_no_characters(lines, sep):
    raw = sep.join(lines)
    text, removed = clean(raw)
    spans = sorted((r.start, r.end) for r in removed)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2, (spans, raw)  # no character is cut twice
    for r in removed:
        assert 0 <= r.start < r.end <= len(raw) and raw[r.start:r.end] == r.text and r.reason
    # the only characters the clean text may have that the raw text lacks are the white space it normalises to
    assert set(text) <= set(raw) | {" ", "\n"}


# --------------------------------------------------------------------------- decoding


_CONTROL = {chr(c) for c in range(32)} - {"\n", "\t", "\x0c"}  # form feed is white space the cleaner folds


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_decode_any_bytes_gives_text_or_a_decode_error(data):
    try:
        text, enc = decode_bytes(data)
    except DecodeError as e:
        assert str(e)
        return
    text.encode("utf-8")  # no lone surrogate can reach the store
    assert not (set(text) & _CONTROL), repr(text)
    assert enc in ("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1")


# words of several scripts as reports write them (ftfy rightly "repairs" arbitrary strings such as "À§", which is
# exactly what mojibake looks like, so the property is stated over real words, not over any code points)
_WORLD_WORDS = st.sampled_from([
    "Idlib", "Saraqib", "café", "naïve", "Straße", "señor", "Zürich", "Kraków", "São", "Tiraspol", "Ōsaka",
    "Харків", "Донецьк", "Москва", "إدلب", "حلب", "دمشق", "שלום", "ירושלים", "北京", "東京", "서울", "Αθήνα",
    "दिल्ली", "İstanbul", "Diyarbakır", "Hà", "Nội", "2020", "12,000", "said", "killed", "the", "—", "–", "(", ")",
    "“quoted”", "‘single’", "it’s", "…", ",", ".", "%", "€5", "£3", "°C",
])
_CP1252_WORDS = st.sampled_from([
    "café", "naïve", "Straße", "señor", "Zürich", "déjà", "vu", "garçon", "Müller", "Ærø", "façade", "the",
    "said", "2020", "—", "–", "“quoted”", "‘single’", "it’s", "…", "€5", "£3", "20°", ",", ".",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORLD_WORDS, min_size=1, max_size=40).map(" ".join))
def test_decode_keeps_good_utf8_text_exactly(s):
    text, enc = decode_bytes(s.encode("utf-8"))
    assert enc == "utf-8"
    assert text == s


@settings(max_examples=300, deadline=None)
@given(st.lists(_CP1252_WORDS, min_size=1, max_size=40).map(" ".join))
def test_decode_reads_cp1252_that_is_not_utf8(s):
    data = s.encode("cp1252")
    try:
        data.decode("utf-8")
        assume(False)  # valid UTF-8 as well (plain ASCII): read as UTF-8 by design
    except UnicodeDecodeError:
        pass
    text, enc = decode_bytes(data)
    assert enc == "cp1252"
    assert text == s


# --------------------------------------------------------------------------- readers and dates

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=10), kids, max_size=4),
    max_leaves=12,
)
_FIELDS = st.fixed_dictionaries(
    {},
    optional={k: _JSON | st.text(max_size=200) for k in
              ("text", "content", "title", "url", "date", "published", "outlet", "author", "byline", "lang")},
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_FIELDS, _JSON), st.booleans())
def test_jsonl_reader_answers_any_json_line_with_one_item(obj, surrogates):
    line = json.dumps(obj, ensure_ascii=surrogates)  # ensure_ascii keeps lone surrogates as \\udxxx escapes
    try:
        raw = line.encode("utf-8")
    except UnicodeEncodeError:
        raw = json.dumps(obj).encode("utf-8")
    items = list(read_jsonl(io.BytesIO(raw + b"\n"), "f.jsonl"))
    assert len(items) == 1
    it = items[0]
    if isinstance(it, InputError):
        assert it.source == "f.jsonl:1" and it.problem
        return
    assert isinstance(it, Record)
    for name in ("text", "title", "url", "byline", "outlet", "language"):
        v = getattr(it, name)
        assert v is None or isinstance(v, str)
        if v is not None:
            v.encode("utf-8")
    assert it.published is None or isinstance(it.published, dt.date)


@settings(max_examples=400, deadline=None)
@given(st.one_of(
    _JSON,
    st.text(alphabet="0123456789-/:TZ+ ,.JanFebMayDecSunMonGMT", max_size=40),
    st.from_regex(r"\A(Mon|Fri), \d{1,30} (Jan|Jun|Dec) \d{1,30} \d\d:\d\d:\d\d (GMT|\+\d{4})\Z"),
    st.from_regex(r"\A\d{1,6}-\d{1,3}(-\d{1,3})?\Z"),
))
def test_parse_date_never_raises(value):
    got = parse_date(value)
    if got is not None:
        d, precision = got
        assert isinstance(d, dt.date) and precision in ("day", "month")


# --------------------------------------------------------------------------- store and API


@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    from webstore import make_store

    return make_store(str(tmp_path_factory.mktemp("prop") / "p.db"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=500),
       st.text(max_size=60))
def test_store_keeps_any_text_exactly_and_search_takes_any_query(tmp_path, text, query):
    from sitrep.model import Article
    from sitrep.store import open_store

    st_ = open_store(str(tmp_path / "prop.db"))
    try:
        a = Article(id=f"a{abs(hash(text))}", text=text, raw_text=text, title=text[:50])
        with st_.transaction():
            st_.add_article(a)
        got = st_.get_article(a.id)
        assert got is not None and got.text == text and got.title == text[:50]
        assert isinstance(st_.search(query), list)
        assert isinstance(st_.search(text[:200]), list)
    finally:
        st_.close()


_PARAM = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["'; DROP TABLE events; --", '" OR 1=1', "%", "_", "NEAR(a b)", "a*", "^x", "\\", "../../etc",
                     "1e309", "-1", "9" * 30, "2022-02-30", "0000-00-00", "nan", "1,2,3,4", "-181,0,0,0"]),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["/api/events", "/api/search", "/api/figures", "/api/articles", "/api/disagreements",
                        "/api/stories"]),
       st.dictionaries(st.sampled_from(["q", "type", "actor", "story", "bbox", "date_from", "date_to", "limit",
                                        "offset", "what", "article"]), _PARAM, max_size=4),
       st.sampled_from(["", "/x", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/" + "a" * 300]))
def test_api_never_answers_5xx(small_store, path, params, suffix):
    c = _client(small_store)
    r = c.get(path + suffix, params=params)
    assert r.status_code < 500, (path, suffix, params, r.text[:300])
    assert r.headers["content-type"].startswith("application/json")


_CLIENTS: dict = {}


def _client(db):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from sitrep.web.app import create_app

    if db not in _CLIENTS:
        _CLIENTS[db] = TestClient(create_app(db))
    return _CLIENTS[db]


# --------------------------------------------------------------------------- the whole per-article analysis

_WORDS = st.sampled_from(
    ["At", "least", "more", "than", "nearly", "about", "between", "and", "up", "to", "12", "300", "1,200", "two",
     "dozens", "of", "hundreds", "a", "million", "people", "civilians", "soldiers", "were", "killed", "wounded",
     "displaced", "detained", "in", "Aleppo", "Idlib", "Kramatorsk", "on", "Tuesday", "last", "week", "since",
     "February", "2020", "the", "army", "said", "according", "monitor", ",", ".", "\n", "Russian", "forces",
     "shelled", "the", "town", "three", "days", "ago", "-", "%", "killing", "injuring", "rebels", "Turkey's",
     "defence", "ministry", "told", "reporters", "at", "least"])


@pytest.fixture(scope="module")
def annotator():
    from sitrep.nlp.annotate import Annotator

    try:
        return Annotator()
    except Exception as e:  # the model package is part of the install; say so instead of failing obscurely
        pytest.skip(f"spaCy model not available: {e}")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_WORDS, min_size=1, max_size=60).map(" ".join),
       st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))))
@example("dozens were At At At least told", None)  # a reporting verb that ends the text (found by this test)
def test_analysis_spans_inside_text_and_figures_ordered(annotator, text, published):
    from sitrep.nlp.annotate import DocContext

    an = annotator.annotate(text, DocContext(article_id="p", published=published))

    def inside(span) -> None:  # type: ignore[no-untyped-def]
        assert 0 <= span.start <= span.end <= len(text), (span, text)
        assert text[span.start:span.end] == span.text, (span, text)

    prev = 0
    for s in an.sentences:
        assert prev <= s.start <= s.end <= len(text)
        prev = s.end
    for m in an.entities:
        inside(m.span)
    for t in an.times:
        inside(t.span)
        if t.start is not None and t.end is not None:
            assert t.start <= t.end
    for p in an.places:
        inside(p.span)
        if p.lat is not None:
            assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180
    for a in an.attributions:
        inside(a.span)
    for f in an.figures:
        inside(f.span)
        assert f.low is None or f.low >= 0
        if f.low is not None and f.high is not None:
            assert f.low <= f.high, (f, text)
    for e in an.events:
        inside(e.sentence)
        if e.date_start is not None and e.date_end is not None:
            assert e.date_start <= e.date_end
