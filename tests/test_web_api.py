"""The API through its real ASGI app (fastapi's TestClient), on a small real store."""
import pytest
from fastapi.testclient import TestClient

from sitrep.web.app import CSP, create_app
from webstore import HOSTILE, make_store


@pytest.fixture
def db(tmp_path):
    return make_store(str(tmp_path / "api.db"))


def test_read_endpoints_filters_and_pagination(db):
    c = TestClient(create_app(db))
    assert c.get("/api/stories").json()["items"][0]["n_events"] == 2
    assert c.get("/api/stories/s1").json()["title"] == "Kramatorsk"
    r = c.get("/api/events", params={"limit": 1})
    assert r.json()["total"] == 2 and len(r.json()["items"]) == 1 and r.json()["next_offset"] == 1
    assert [e["id"] for e in c.get("/api/events", params={"bbox": "37,48,38,49"}).json()["items"]] == ["e1"]
    assert [e["id"] for e in c.get("/api/events", params={"date_from": "2022-04-09"}).json()["items"]] == ["e2"]
    assert [e["id"] for e in c.get("/api/events", params={"type": "REJECT"}).json()["items"]] == []
    assert [e["id"] for e in c.get("/api/events", params={"actor": "russia"}).json()["items"]] == ["e1"]
    assert [e["id"] for e in c.get("/api/events", params={"q": "denial"}).json()["items"]] == ["e2"]
    assert c.get("/api/events/e1").json()["fatalities_high"] == 52
    art = c.get("/api/articles/art1").json()
    assert art["text"] == HOSTILE and "raw_text" not in art
    assert c.get("/api/figures", params={"what": "killed"}).json()["total"] == 1
    assert c.get("/api/disagreements").json()["items"][0]["kind"] == "update"
    assert c.get("/api/search", params={"q": "shelling"}).json()["items"][0]["article_id"] == "art1"


def test_an_event_id_renamed_by_a_relink_redirects_to_the_current_one(tmp_path):
    import datetime as dt

    from sitrep.model import Event, EventMention, Span, Story, event_id_of
    from sitrep.store import open_store

    path = make_store(str(tmp_path / "alias.db"))
    st = open_store(path)
    m = EventMention(id="art1:ev:0-5", article_id="art1", sentence=Span("art1", 0, 5, "Shell"), event_type="Battles",
                     date_start=dt.date(2022, 4, 8))
    st.replace_stories([Story(id="s2", title="t", article_ids=["art1"],
                              events=[Event(id="ev-renamed", event_type="Battles", mentions=[m], n_sources=1)])])
    st.close()
    c = TestClient(create_app(path))
    r = c.get(f"/api/events/{event_id_of(m.id)}", follow_redirects=False)
    assert r.status_code == 308 and r.headers["location"] == "/api/events/ev-renamed"
    assert c.get(f"/api/events/{event_id_of(m.id)}").json()["id"] == "ev-renamed"


def test_errors_are_json_4xx(db):
    c = TestClient(create_app(db))
    r = c.get("/api/events/nope")
    assert r.status_code == 404 and r.json()["error"].startswith("no event")
    r = c.get("/api/events", params={"bbox": "1,2,3"})
    assert r.status_code == 400 and "bbox" in r.json()["error"]
    r = c.get("/api/events", params={"limit": 100000})
    assert r.status_code == 400 and "limit" in r.json()["error"]
    r = c.get("/api/events", params={"date_from": "yesterday'; DROP TABLE events; --"})
    assert r.status_code == 400
    assert c.get("/api/events").json()["total"] == 2  # nothing was dropped


def test_every_response_has_csp_and_page_has_no_inline_script(db):
    c = TestClient(create_app(db))
    for path in ("/", "/api/events", "/static/app.js", "/api/events/nope"):
        r = c.get(path)
        assert r.headers["content-security-policy"] == CSP
        assert r.headers["x-content-type-options"] == "nosniff"
    html = c.get("/").text
    assert "<script>" not in html and "onclick" not in html  # only <script src=...> from our own origin
    assert "http://" not in html and "https://" not in html
    js = c.get("/static/app.js").text
    assert "innerHTML" not in js and "eval(" not in js


def test_ingest_needs_token_and_limits_size(db, monkeypatch):
    ro = TestClient(create_app(db))
    assert ro.post("/api/ingest", json={"articles": [{"text": "x"}]}).status_code == 403
    c = TestClient(create_app(db, token="s3cret"))
    assert c.post("/api/ingest", json={"articles": [{"text": "x"}]}).status_code == 401
    bad = c.post("/api/ingest", json={"articles": [{"text": "x"}]}, headers={"Authorization": "Bearer wrong"})
    assert bad.status_code == 401
    big = "a" * (5 * 1024 * 1024 + 10)
    r = c.post("/api/ingest", content=big, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 413
    r = c.post("/api/ingest", json={"nope": 1}, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 400 and "articles" in r.json()["error"]


def test_docs_labels_key_figures_and_counts_work_offline(db):
    c = TestClient(create_app(db))
    page = c.get("/api/docs").text
    assert "cdn.jsdelivr" not in page and "https://" not in page.split("<body>")[0]
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "LICENSE"):
        assert f"/static/vendor/swagger-ui/{asset}" in page or asset == "LICENSE"
        assert c.get(f"/static/vendor/swagger-ui/{asset}").status_code == 200
    # place names for the map: the most populous towns in view, from the offline GeoNames list
    names = [t["name"] for t in c.get("/api/labels?bbox=36.0,35.5,37.5,36.5&limit=5").json()["items"]]
    assert names[0] == "Aleppo" and len(names) == 5
    assert c.get("/api/labels?bbox=40,10,30,5").status_code == 400
    s = c.get("/api/stories").json()["items"][0]
    assert s["n_events"] == 2 and s["n_asserted_events"] == 2
    kf = c.get(f"/api/stories/{s['id']}/key-figures").json()
    assert kf["items"][0]["label"] == "People killed" and kf["items"][0]["headline"] == "50" and kf["totals"]


# --------------------------------------------------------------------------- one error shape, validated parameters


def _is_error(r, status: int) -> dict:  # type: ignore[no-untyped-def]
    """``r`` is an error in the documented shape, with the security headers."""
    assert r.status_code == status, (r.status_code, r.text)
    assert r.headers["content-type"].startswith("application/json"), r.headers
    body = r.json()
    assert set(body) == {"error", "status"} and body["status"] == status and isinstance(body["error"], str), body
    assert r.headers["content-security-policy"] == CSP and r.headers["x-content-type-options"] == "nosniff"
    return body


def test_every_error_has_the_one_json_shape_and_the_headers(db, monkeypatch):
    from sitrep.store.sqlite import Store
    from sitrep.web.app import LOOPBACK_HOSTS

    c = TestClient(create_app(db), raise_server_exceptions=False)
    assert "no such route" in _is_error(c.get("/api/nope"), 404)["error"]
    assert "no such route" in _is_error(c.get("/nothing/here"), 404)["error"]
    assert "DELETE" in _is_error(c.delete("/api/events"), 405)["error"]
    _is_error(c.get("/api/events", params={"limit": "many"}), 400)
    _is_error(c.get("/api/search"), 400)

    def broken(self, *a, **k):  # type: ignore[no-untyped-def]
        raise RuntimeError("a bug")

    monkeypatch.setattr(Store, "count_articles", broken)
    body = _is_error(c.get("/api/articles"), 500)
    assert "a bug" not in body["error"]  # no internals in the answer
    lb = TestClient(create_app(db, allowed_hosts=LOOPBACK_HOSTS), base_url="http://127.0.0.1:8765")
    _is_error(lb.get("/api/stories", headers={"Host": "evil.example"}), 400)
    assert lb.get("/api/stories", headers={"Host": "[::1]:8765"}).status_code == 200


@pytest.mark.parametrize("path", ["/api/events", "/api/articles", "/api/figures", "/api/search?q=x", "/api/stories",
                                  "/api/disagreements"])
def test_offsets_are_range_checked(db, path):
    """Regression: offset >= 2**63 was a plain-text 500 (SQLite's integer overflowed)."""
    c = TestClient(create_app(db), raise_server_exceptions=False)
    sep = "&" if "?" in path else "?"
    for off in (2**63, 2**64 + 5, -1):
        assert "offset" in _is_error(c.get(f"{path}{sep}offset={off}"), 400)["error"]
    assert c.get(f"{path}{sep}offset=1000000000").status_code == 200


def test_dates_are_validated_as_dates(db):
    c = TestClient(create_app(db))
    for bad in ("2020-13-01", "2020-02-30", "2020-1-01", "20200101"):
        assert "date_from" in _is_error(c.get("/api/events", params={"date_from": bad}), 400)["error"]
    assert "date_to" in _is_error(c.get("/api/events", params={"date_to": "2021-00-10"}), 400)["error"]
    assert c.get("/api/events", params={"date_from": "2020-02-29"}).status_code == 200


def test_pages_echo_the_limit_and_offset_asked(db):
    c = TestClient(create_app(db))
    r = c.get("/api/stories", params={"limit": 5}).json()
    assert r["limit"] == 5 and r["offset"] == 0 and len(r["items"]) == 1
    r = c.get("/api/stories", params={"offset": 1}).json()
    assert r["total"] == 1 and r["items"] == [] and r["offset"] == 1
    assert c.get("/api/disagreements", params={"limit": 3}).json()["limit"] == 3


def test_token_follows_rfc_6750(db):
    """Regression: a bare token (no scheme) was accepted, and a lowercase ``bearer`` refused."""
    c = TestClient(create_app(db, token="s3cret"))
    for header in ("s3cret", "Basic s3cret", "Bearer", "Bearer s3cret extra", "Bearers3cret"):
        r = c.post("/api/ingest", content=b"{}", headers={"Authorization": header})
        assert _is_error(r, 401) and r.headers["www-authenticate"].startswith("Bearer"), header
    for header in ("Bearer s3cret", "bearer s3cret", "BEARER  s3cret"):
        r = c.post("/api/ingest", content=b"{}", headers={"Authorization": header})
        assert r.status_code == 400, header  # past the token: the empty body is what is refused


def _asgi_post(app, headers: list[tuple[bytes, bytes]], chunks: list[dict]) -> tuple[int, list[dict]]:  # type: ignore[no-untyped-def]
    """POST /api/ingest straight through ASGI: ``chunks`` are the receive messages, then the client waits forever."""
    import asyncio

    sent: list[dict] = []
    queue = list(chunks)

    async def receive():  # type: ignore[no-untyped-def]
        if queue:
            return queue.pop(0)
        await asyncio.sleep(3600)  # a client that announced more and never sends it

    async def send(msg):  # type: ignore[no-untyped-def]
        sent.append(msg)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": "/api/ingest", "raw_path": b"/api/ingest", "query_string": b"", "root_path": "",
             "headers": [(b"host", b"127.0.0.1"), *headers], "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80)}
    asyncio.run(asyncio.wait_for(app(scope, receive, send), 10))
    return next(m["status"] for m in sent if m["type"] == "http.response.start"), sent


def test_a_huge_content_length_is_refused_at_once(db):
    """Regression: 10 GB announced, a short body sent: the server held the connection waiting for the rest."""
    app = create_app(db, token="t")
    status, _ = _asgi_post(app, [(b"authorization", b"Bearer t"), (b"content-length", b"10000000000")],
                           [{"type": "http.request", "body": b'{"articles": []', "more_body": True}])
    assert status == 413


def test_a_client_that_disconnects_mid_body_is_not_logged_as_an_exception(db, caplog):
    app = create_app(db, token="t")
    status, _ = _asgi_post(app, [(b"authorization", b"Bearer t"), (b"content-length", b"100")],
                           [{"type": "http.request", "body": b'{"arti', "more_body": True},
                            {"type": "http.disconnect"}])
    assert status == 400
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")], caplog.records


def test_the_docs_page_keeps_a_content_security_policy(db):
    r = TestClient(create_app(db)).get("/api/docs")
    csp = r.headers["content-security-policy"]
    assert r.status_code == 200 and "script-src 'self';" in csp and "<script>" not in r.text
    assert "/static/vendor/swagger-ui/init.js" in r.text
