"""The security review's claims (SECURITY.md), each proved here or in the test it names.

Token on every write, constant-time compare, no client path reaching the file system, SQL only with
parameters, upload size limits, CSP, no network during ingest (no SSRF, no XXE), 127.0.0.1 by default,
untrusted text escaped in every rendered output.
"""
from __future__ import annotations

import ast
import io
import json
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from sitrep.web.app import CSP, MAX_INGEST_BYTES, create_app
from webstore import HOSTILE, make_store

SRC = Path(__file__).resolve().parent.parent / "src" / "sitrep"
TEXT = ("Officials said the depot survey at Marden ended on Monday without incident.\n\n"
        "The survey team will publish its findings next month, a council spokesman said.\n")


@pytest.fixture
def db(tmp_path):
    return make_store(str(tmp_path / "sec.db"))


# --------------------------------------------------------------------------- token on every write


def test_every_write_route_needs_the_token(db):
    app = create_app(db, token="s3cret")
    ro = TestClient(create_app(db))
    c = TestClient(app)
    writes = []
    for route in app.routes:
        methods = set(getattr(route, "methods", None) or ()) - {"GET", "HEAD", "OPTIONS"}
        for m in methods:
            path = route.path.replace("{", "").replace("}", "")
            writes.append((m, path))
            assert c.request(m, path, json={"articles": [{"text": TEXT}]}).status_code == 401, (m, path)
            assert c.request(m, path, json={"articles": [{"text": TEXT}]},
                             headers={"Authorization": "Bearer s3cre"}).status_code == 401, (m, path)
            assert ro.request(m, path, json={"articles": [{"text": TEXT}]},
                              headers={"Authorization": "Bearer s3cret"}).status_code == 403, (m, path)
    assert writes == [("POST", "/api/ingest")]  # a new write route must be added to this review
    # nothing else accepts a write method
    for path in ("/api/events", "/api/articles", "/api/stories", "/", "/static/app.js", "/api/export/json"):
        for m in ("POST", "PUT", "DELETE", "PATCH"):
            assert c.request(m, path).status_code in (401, 403, 404, 405), (m, path)


def test_token_is_compared_in_constant_time(db, monkeypatch):
    import sitrep.web.ingest as webapp

    calls = []
    real = webapp.hmac.compare_digest

    def spy(a, b):  # type: ignore[no-untyped-def]
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(webapp.hmac, "compare_digest", spy)
    c = TestClient(create_app(db, token="s3cret"))
    c.post("/api/ingest", json={"articles": []}, headers={"Authorization": "Bearer guess"})
    assert calls == [(b"guess", b"s3cret")]


# --------------------------------------------------------------------------- no client path reaches the file system


@pytest.mark.parametrize("path", [
    "/static/../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2fapp.py",
    "/static/%2e%2e%2fapp.py", "/static//etc/passwd", "/api/export/..%2f..%2fetc%2fpasswd",
    "/api/articles/..%2f..%2fetc%2fpasswd", "/static/vendor/../../app.py",
])
def test_no_path_traversal(db, path):
    c = TestClient(create_app(db))
    r = c.get(path)
    assert r.status_code in (400, 404), (path, r.status_code)
    assert "root:" not in r.text and "create_app" not in r.text


def test_ingest_never_uses_a_client_path_or_url(db, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-41")
    c = TestClient(create_app(db, token="t"))
    art = {"text": TEXT, "source_path": str(secret), "path": str(secret), "url": f"file://{secret}",
           "title": "../../../etc/passwd", "outlet": str(secret)}
    r = c.post("/api/ingest", json={"articles": [art]}, headers={"Authorization": "Bearer t"})
    assert r.status_code == 201, r.text
    (aid,) = r.json()["stored"]
    got = c.get(f"/api/articles/{aid}").json()
    assert got["source_path"] != str(secret) and got["source_path"].endswith("api-ingest.jsonl")
    assert not Path(got["source_path"]).exists()  # the server's own temporary file, already gone
    assert "TOPSECRET" not in json.dumps(got)


# --------------------------------------------------------------------------- SQL only with parameters

# Every f-string that builds SQL may only interpolate these expressions, each a constant of the code
# (column lists, table names from a literal tuple, WHERE clauses assembled from literal strings with ``?``).
SQL_INTERPOLATION_ALLOWED = {
    "self._ARTICLE_COLS",  # store/sqlite.py: a class constant (column names)
    "self._COLS",  # geo/gazetteer.py: a class constant (column names of the gazetteer's place table)
    "', '.join(cols)",  # cols: a literal list of column names in the same function
    "where",  # EventFilter.where() / list_figures: " AND ".join of literal clauses with ? placeholders
    "table",  # for table in ("events", "disagreements", "story_articles")
    "', '.join(columns)",  # scale/load.py: column lists written in the code (the table readers' literal lists)
}
_SQL_WORDS = ("SELECT ", "INSERT ", "UPDATE ", "DELETE ", "CREATE ", "DROP ", " WHERE ", "MATCH ")


def _sql_fstrings() -> list[tuple[str, int, str]]:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                lit = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
                if any(w in lit.upper() for w in _SQL_WORDS) and "?" in lit or lit.upper().startswith(_SQL_WORDS[:6]):
                    for v in node.values:
                        if isinstance(v, ast.FormattedValue):
                            found.append((str(path.relative_to(SRC)), node.lineno, ast.unparse(v.value)))
            # "..." % x and "...".format(x) on SQL text are not allowed at all
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant) \
                    and isinstance(node.left.value, str) and node.left.value.upper().lstrip().startswith(_SQL_WORDS[:6]):
                found.append((str(path.relative_to(SRC)), node.lineno, "%-formatting"))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format" \
                    and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str) \
                    and node.func.value.value.upper().lstrip().startswith(_SQL_WORDS[:6]):
                found.append((str(path.relative_to(SRC)), node.lineno, ".format()"))
    return found


def test_sql_fstrings_interpolate_only_constants():
    found = _sql_fstrings()
    assert found, "the scan found no SQL f-strings at all: it is broken"
    bad = [f for f in found if f[2] not in SQL_INTERPOLATION_ALLOWED]
    assert not bad, f"SQL built from non-constant values (use ? parameters, or review and allow): {bad}"


def test_hostile_filter_values_are_data_not_sql(db):
    c = TestClient(create_app(db))
    for params in ({"type": "x' OR '1'='1"}, {"actor": "%' OR 1=1 --"}, {"story": "s1' --"},
                   {"q": "\"; DROP TABLE events; --"}):
        r = c.get("/api/events", params=params)
        assert r.status_code == 200 and r.json()["total"] == 0, params
    assert c.get("/api/search", params={"q": "shelling\" OR \"x"}).status_code == 200
    assert c.get("/api/events").json()["total"] == 2


# --------------------------------------------------------------------------- upload size limits


def test_chunked_upload_over_the_limit_is_refused_while_streaming(db):
    c = TestClient(create_app(db, token="t"))
    sent = {"n": 0}

    def body():  # no Content-Length: the cap must hold while reading the stream
        chunk = b"x" * (1 << 20)
        for _ in range(64):
            sent["n"] += len(chunk)
            yield chunk

    r = c.post("/api/ingest", content=body(), headers={"Authorization": "Bearer t"})
    assert r.status_code == 413
    assert MAX_INGEST_BYTES < 64 << 20


def test_deeply_nested_json_body_is_a_400_not_a_500(db):
    """Regression: json.loads raised RecursionError on a body nested 100k deep (an unhandled 500)."""
    c = TestClient(create_app(db, token="t"), raise_server_exceptions=False)
    r = c.post("/api/ingest", content=b'{"articles": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
               headers={"Authorization": "Bearer t"})
    assert r.status_code == 400


# --------------------------------------------------------------------------- CSP and escaping of untrusted text


def test_csp_on_every_kind_of_response(db):
    c = TestClient(create_app(db))
    for path in ("/", "/healthz", "/static/app.css", "/api/stories", "/api/export/html", "/static/nope.js",
                 "/api/nope"):
        r = c.get(path)
        assert r.headers.get("content-security-policy") == CSP, path
        assert r.headers.get("x-frame-options") == "DENY"
    assert "script-src 'self'" in CSP and "object-src 'none'" in CSP and "frame-ancestors 'none'" in CSP


def test_exports_escape_untrusted_text(db):
    c = TestClient(create_app(db))
    html = c.get("/api/export/html").text
    low = html.lower()
    assert "<script" not in low and "<img" not in low and 'href="javascript' not in low
    assert 'http-equiv="Content-Security-Policy"' in html and "default-src 'none'" in html
    assert "<b>Title</b>" not in html
    md = c.get("/api/export/md").text
    assert "<b>" not in md and "<script" not in md
    js = c.get("/api/export/json").json()
    assert any(a.get("title") == "<b>Title</b>" for a in js["articles"])  # JSON keeps the data exactly


def test_article_text_is_returned_as_json_data_only(db):
    c = TestClient(create_app(db))
    r = c.get("/api/articles/art1")
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["text"] == HOSTILE
    assert r.headers["x-content-type-options"] == "nosniff"


# --------------------------------------------------------------------------- no network while ingesting


def _warc(url: str, body: bytes) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    return buf.getvalue()


def test_ingest_opens_no_network_connection(tmp_path, monkeypatch):
    """Regression: htmldate downloads a *string* that starts with "http", so an .html file (or WARC response)
    holding only "http://169.254.169.254/..." made sitrep fetch that address. Now no reader connects anywhere."""
    from sitrep.ingest import ingest_paths
    from sitrep.store import open_store

    attempts = []

    def no_connect(self, address):  # type: ignore[no-untyped-def]
        attempts.append(address)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", no_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", no_connect)
    monkeypatch.setattr(socket, "create_connection", lambda addr, *a, **k: no_connect(None, addr))
    d = tmp_path / "in"
    d.mkdir()
    (d / "url.html").write_text("http://169.254.169.254/latest/meta-data/iam", encoding="utf-8")
    (d / "link.html").write_text("<html><head><link rel='canonical' href='http://127.0.0.1:9/x'>"
                                 "<meta http-equiv='refresh' content='0;url=http://127.0.0.1:9/'></head><body>"
                                 f"<img src='http://127.0.0.1:9/p.png'><p>{TEXT}</p></body></html>", encoding="utf-8")
    (d / "crawl.warc").write_bytes(_warc("http://127.0.0.1:9/a", b"http://127.0.0.1:9/b"))
    (d / "feed.xml").write_text('<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://127.0.0.1:9/x.dtd">'
                                '<rss><channel><title>T</title><item><link>http://127.0.0.1:9/i</link>'
                                f"<description>{TEXT}</description></item></channel></rss>", encoding="utf-8")
    (d / "lines.jsonl").write_text(json.dumps({"text": TEXT + "x", "url": "http://127.0.0.1:9/j"}) + "\n",
                                   encoding="utf-8")
    st = open_store(str(tmp_path / "n.db"))
    try:
        ingest_paths(st, [str(d)])
    finally:
        st.close()
    assert attempts == []


# --------------------------------------------------------------------------- binding


def test_serve_binds_loopback_by_default(tmp_path, monkeypatch):
    import uvicorn

    from sitrep.cli import main

    db = make_store(str(tmp_path / "b.db"))
    seen = {}

    def fake_run(self, sockets=None):  # type: ignore[no-untyped-def]
        seen["host"] = sockets[0].getsockname()[0]
        sockets[0].close()

    monkeypatch.setattr(uvicorn.Server, "run", fake_run)
    monkeypatch.delenv("SITREP_TOKEN", raising=False)
    r = CliRunner().invoke(main, ["serve", "--db", db, "--port", "0"])
    assert r.exit_code == 0, r.output
    assert seen["host"] == "127.0.0.1"
    assert "read-only" in r.output and "warning" not in r.output


def test_serve_warns_when_bound_to_a_non_loopback_address(tmp_path, monkeypatch):
    import uvicorn

    from sitrep.cli import main

    db = make_store(str(tmp_path / "w.db"))
    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets=None: sockets[0].close())
    r = CliRunner().invoke(main, ["serve", "--db", db, "--host", "0.0.0.0", "--port", "0"])
    assert r.exit_code == 0, r.output
    assert "warning: 0.0.0.0 is not a loopback address" in r.output


def test_loopback_server_refuses_foreign_host_names(db):
    """DNS rebinding: a page on evil.example re-points its name to 127.0.0.1 and reads the API; the Host
    header still says evil.example, so a loopback server refuses it."""
    from sitrep.web.app import LOOPBACK_HOSTS

    c = TestClient(create_app(db, allowed_hosts=LOOPBACK_HOSTS), base_url="http://127.0.0.1:8765")
    assert c.get("/api/stories").status_code == 200
    assert c.get("/api/stories", headers={"Host": "localhost:8765"}).status_code == 200
    assert c.get("/api/stories", headers={"Host": "evil.example:8765"}).status_code == 400
