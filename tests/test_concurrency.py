"""The API under concurrent readers and one ingest writer (a short run of bench/load.py): no errors, nothing lost.

`sitrep serve` runs in its own process on 127.0.0.1; the load comes from a second process. No timing is
asserted: only that every request succeeded, the store passes its integrity check, and every article the
writer was told was stored is in the store.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from webstore import make_store

LOAD = Path(__file__).resolve().parent.parent / "bench" / "load.py"


def _load_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("sitrep_bench_load", LOAD)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


@pytest.mark.slow
def test_readers_and_a_writer_concurrently(tmp_path):
    load = _load_module()
    db = make_store(str(tmp_path / "c.db"))
    res = load.run_load(db, seconds=3, readers=4, write_every=0.5, max_requests=5000)
    assert res["errors"] == 0, res["error_samples"]
    reads = {e["endpoint"]: e["requests"] for e in res["endpoints"]}
    assert all(reads.get(n, 0) > 0 for n in ("/api/events", "/api/articles", "/api/search", "/api/stories")), reads
    assert len(res["stored"]) >= 1  # at least one ingest finished (the first loads the language model)
    assert res["missing"] == []
    assert res["integrity"] == []
    assert res["articles_after"] == res["articles_before"] + len(res["stored"])


def test_reads_are_answered_while_an_ingest_is_in_progress(tmp_path, monkeypatch):
    """Regression: the async ingest handler ran the analysis on the event loop, so every reader waited for
    the whole write. Here the analysis is held open until a read has been answered; a blocked loop would
    never answer it (the read would time out and the test fail)."""
    import threading

    import httpx
    import uvicorn

    from sitrep import pipeline
    from sitrep.web.app import create_app

    db = make_store(str(tmp_path / "w.db"))
    in_write, read_done = threading.Event(), threading.Event()

    def held_analyze(store, *a, **k):  # type: ignore[no-untyped-def]
        in_write.set()
        read_done.wait(30)
        return 0

    monkeypatch.setattr(pipeline, "analyze", held_analyze)
    monkeypatch.setattr(pipeline, "link", lambda store, *a, **k: [])
    load = _load_module()
    port = load.free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db, token="t0k"), host="127.0.0.1", port=port,
                                          log_level="warning"))
    th = threading.Thread(target=server.run, daemon=True)
    th.start()
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(base + "/healthz", timeout=1)
                break
            except httpx.HTTPError:
                threading.Event().wait(0.05)
        post: dict = {}
        text = "Officials said the depot survey ended on Monday.\n\nThe team will report next month, they said.\n"
        writer = threading.Thread(target=lambda: post.update(r=httpx.post(
            base + "/api/ingest", json={"articles": [{"text": text}]}, headers={"Authorization": "Bearer t0k"},
            timeout=60)))
        writer.start()
        assert in_write.wait(30), "the ingest never reached the analysis"
        r = httpx.get(base + "/api/stories", timeout=10)  # answered while the write is still in progress
        assert r.status_code == 200
        assert writer.is_alive()
        read_done.set()
        writer.join(60)
        assert post["r"].status_code == 201, post["r"].text
    finally:
        read_done.set()
        server.should_exit = True
        th.join(10)
