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
