"""Readers (html, jsonl, warc, feeds, folders, stdin) and bad input: one clear error each, the run goes on."""
import datetime as dt
import gzip
import io
import json
import os

import pytest

from sitrep.ingest import ingest_paths
from sitrep.ingest.inputs import iter_inputs, read_stdin
from sitrep.ingest.records import Record
from sitrep.store import open_store

P1 = (
    "Firefighters contained the blaze at the grain terminal in Port Elwin late on Friday, "
    "the harbour authority said, after it burned for more than nine hours."
)
P2 = (
    "Two dock workers were treated for smoke inhalation and the terminal will stay closed "
    "while investigators look for the cause, officials added on Saturday morning."
)
HTML = f"""<!DOCTYPE html><html><head><title>Grain terminal fire contained | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times">
<meta property="article:published_time" content="2023-06-02T21:30:00Z">
<meta name="author" content="Sam Okafor"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Grain terminal fire contained</h1><p>{P1}</p><p>{P2}</p></article>
<footer>Copyright 2023 Harbour Times. All rights reserved.</footer></body></html>"""


def _records(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode())
    return list(iter_inputs([str(p)]))


def test_html_main_text_and_meta_date(tmp_path):
    (rec,) = _records(tmp_path, "page.html", HTML)
    assert isinstance(rec, Record)
    assert P1 in rec.text and P2 in rec.text and "Home" not in rec.text
    assert rec.published == dt.date(2023, 6, 2) and rec.published_how == "html-meta"
    assert rec.title.startswith("Grain terminal fire contained") and rec.outlet == "Harbour Times"


def test_html_without_date_is_unknown_not_today(tmp_path):
    (rec,) = _records(tmp_path, "page.htm", f"<html><body><article><p>{P1}</p><p>{P2}</p></article></body></html>")
    assert rec.published is None and rec.published_how == "unknown"


def test_truncated_html_still_gives_text_or_one_error(tmp_path):
    items = _records(tmp_path, "cut.html", HTML[: HTML.index(P2) + 40])
    assert len(items) == 1
    assert isinstance(items[0], Record) and P1 in items[0].text


def test_jsonl_lines_and_broken_line(tmp_path):
    lines = [
        json.dumps({"text": P1, "title": "Fire", "url": "https://www.trtworld.com/x", "date": "2023-06-02"}),
        "{not json",
        "",
        json.dumps({"title": "no text here"}),
        json.dumps({"text": P2, "outlet": "Harbour Times", "date": "2023-06"}),
    ]
    items = _records(tmp_path, "a.jsonl", "\n".join(lines) + "\n")
    recs = [i for i in items if isinstance(i, Record)]
    errs = [i for i in items if not isinstance(i, Record)]
    assert [e.source for e in errs] == [f"{tmp_path}/a.jsonl:2", f"{tmp_path}/a.jsonl:4"]
    assert "JSON" in errs[0].problem and "text" in errs[1].problem
    assert recs[0].outlet == "TRT World" and recs[0].published == dt.date(2023, 6, 2)
    assert recs[0].published_how == "header"
    assert recs[1].published_precision == "month" and recs[1].outlet == "Harbour Times"


def test_warc_html_responses(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        for url, body, ctype in [
            ("https://harbour.example/fire", HTML.encode(), "text/html; charset=utf-8"),
            ("https://harbour.example/logo.png", b"\x89PNG....", "image/png"),
        ]:
            hdrs = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=hdrs))
    items = list(iter_inputs([str(path)]))
    assert len(items) == 1 and isinstance(items[0], Record)
    assert items[0].url == "https://harbour.example/fire" and P1 in items[0].text


def test_rss_and_atom(tmp_path):
    rss = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Times</title>
<item><title>Fire contained</title><link>https://harbour.example/fire</link>
<pubDate>Fri, 02 Jun 2023 21:30:00 GMT</pubDate><description>&lt;p&gt;{P1}&lt;/p&gt;</description></item>
<item><title>Empty</title></item></channel></rss>"""
    items = _records(tmp_path, "feed.rss", rss)
    assert isinstance(items[0], Record) and P1 in items[0].text
    assert items[0].published == dt.date(2023, 6, 2) and items[0].outlet == "Harbour Times"
    assert not isinstance(items[1], Record) and "#2" in items[1].source
    atom = f"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Times</title>
<entry><title>Fire</title><link href="https://harbour.example/f"/><published>2023-06-03T08:00:00Z</published>
<content type="html">&lt;p&gt;{P2}&lt;/p&gt;</content></entry></feed>"""
    (rec,) = _records(tmp_path, "feed.atom", atom)
    assert P2 in rec.text and rec.published == dt.date(2023, 6, 3) and rec.url == "https://harbour.example/f"


def test_feed_xxe_is_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRETVALUE")
    xml = f"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>
<rss version="2.0"><channel><title>T</title><item><title>x</title>
<description>{P1} &xxe;</description></item></channel></rss>"""
    items = _records(tmp_path, "evil.xml", xml)
    assert all("TOPSECRETVALUE" not in getattr(i, "text", "") for i in items)


def test_folder_recursive_and_unsupported(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(P2)
    (tmp_path / "a.txt").write_text(P1)
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / ".hidden.txt").write_text(P1)
    items = list(iter_inputs([str(tmp_path)]))
    assert [getattr(i, "text", None) for i in items if isinstance(i, Record)] == [P1, P2]
    assert [type(i).__name__ for i in items if not isinstance(i, Record)] == ["Skipped"]


def test_stdin_is_sniffed():
    (rec,) = list(read_stdin(io.BytesIO(json.dumps({"text": P1}).encode() + b"\n")))
    assert rec.text == P1 and rec.source == "<stdin>:1"
    (rec,) = list(read_stdin(io.BytesIO(P2.encode())))
    assert rec.text == P2


def test_latin1_and_mojibake_are_decoded(tmp_path):
    (rec,) = _records(tmp_path, "l1.txt", "Le café de la gare a rouvert lundi matin.".encode("latin-1"))
    assert "café" in rec.text
    (rec,) = _records(tmp_path, "moji.txt", "The caf\u00c3\u00a9 reopened on Monday morning.".encode("utf-8"))
    assert "café" in rec.text
    (rec,) = _records(tmp_path, "u16.txt", "Le café a rouvert.".encode("utf-16"))
    assert rec.text == "Le café a rouvert."
    (rec,) = _records(tmp_path, "crlf.txt", b"Line one.\r\nLine two.\r\n")
    assert rec.text == "Line one.\nLine two.\n"


@pytest.mark.parametrize(
    "name,data,word",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "white space"),
        ("bin.txt", bytes(range(256)) * 20, "binary"),
        ("bomb.txt.gz", None, "bomb"),
        ("broken.txt.gz", b"\x1f\x8b\x08\x00garbage", "gzip"),
    ],
)
def test_bad_inputs_give_one_clear_error(tmp_path, name, data, word):
    if data is None:
        buf = io.BytesIO()
        with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9) as gz:
            chunk = b"\0" * (1 << 20)
            for _ in range(60):
                gz.write(chunk)
        data = buf.getvalue()
    items = _records(tmp_path, name, data)
    assert len(items) == 1 and not isinstance(items[0], Record)
    assert items[0].source.endswith(name) and word in items[0].problem


def test_huge_file_is_refused(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.truncate(50 * 1024 * 1024)
    (err,) = list(iter_inputs([str(p)]))
    assert "50.0 MB" in err.problem and err.source == str(p)


def test_missing_and_unreadable_paths(tmp_path):
    (err,) = list(iter_inputs([str(tmp_path / "nope.txt")]))
    assert "no such file" in err.problem
    p = tmp_path / "locked.txt"
    p.write_text(P1)
    os.chmod(p, 0)
    try:
        items = list(iter_inputs([str(p)]))
        if os.geteuid() != 0:  # root can read anything
            assert len(items) == 1 and "cannot be read" in items[0].problem
    finally:
        os.chmod(p, 0o644)


def test_bad_inputs_do_not_stop_the_run_or_lose_stored_articles(tmp_path):
    db = str(tmp_path / "s.db")
    good = tmp_path / "good.txt"
    good.write_text(P1)
    store = open_store(db)
    rep = ingest_paths(store, [str(good)])
    assert len(rep.stored) == 1
    (tmp_path / "empty.txt").write_bytes(b"")
    other = tmp_path / "other.txt"
    other.write_text(P2)
    rep = ingest_paths(store, [str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"), str(other)])
    assert len(rep.errors) == 2 and rep.failed and len(rep.stored) == 1
    assert store.count_articles() == 2
    store.close()


def test_html_page_ingested_with_metadata(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "fire.html").write_text(HTML)
    store = open_store(str(tmp_path / "s.db"))
    rep = ingest_paths(store, [str(tmp_path / "in")])
    (a,) = list(store.articles())
    store.close()
    assert rep.stored == [a.id] and a.published_how == "html-meta" and a.outlet == "Harbour Times"
    assert a.byline == "Sam Okafor" and a.text.startswith("Firefighters contained") and "Copyright" not in a.text


def test_sitrepignore_in_a_folder(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "answers.jsonl").write_text('{"event": 1}\n')
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "notes.txt").write_text(P2)
    (tmp_path / "README.md").write_text("# about these files")
    (tmp_path / "a.txt").write_text(P1)
    (tmp_path / ".sitrepignore").write_text("# not articles\ngold/\n*.md\nnotes.txt\n")
    items = list(iter_inputs([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["Record"] and items[0].text == P1
