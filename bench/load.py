"""Bounded load on the API from a second process: many readers and one ingest writer, on loopback only.

    PYTHONPATH=src .venv/bin/python bench/load.py [--db FILE] [--seconds 20] [--readers 8]
                                                  [--write-every 1.0] [--json]

1. The store: ``--db`` if given (it is copied, never written), else ``sitrep run examples/`` into a temporary
   folder.
2. ``sitrep serve`` starts on 127.0.0.1 on a free port with a random token (passed in the environment).
3. A second process drives the load for ``--seconds``: ``--readers`` threads loop over ``/api/events``,
   ``/api/articles``, ``/api/search``, ``/api/stories`` (and one event by id); one writer POSTs a small new
   article to ``/api/ingest`` with the token every ``--write-every`` seconds. Bounded in time and in count
   (``--max-requests``); it stops by itself and nothing leaves the machine.
4. Afterwards: requests/s, p50/p95/p99 latency and errors per endpoint; the store's integrity check; and
   whether every article the writer was told was stored is in the store.
"""
from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parent.parent
READS = ["/api/events?limit=50", "/api/articles?limit=50", "/api/search?q={word}", "/api/stories", "/api/events/{eid}"]
WORDS = ["killed", "shelling", "station", "council", "forces", "evacuation", "missile", "said", "Tuesday", "ceasefire"]


# --------------------------------------------------------------------------- the driver (second process)


def _pct(xs: list[float], p: float) -> Optional[float]:
    if not xs:
        return None
    xs = sorted(xs)
    k = min(len(xs) - 1, max(0, int(round(p / 100 * (len(xs) - 1)))))
    return round(xs[k] * 1000, 1)


def _relinked(c, eid: str) -> bool:  # type: ignore[no-untyped-def]
    """An event id a write has since replaced: linking merged new reports into the story and gave its events new
    ids (a 404 then is the store moving on, not an error); it is an error when the id is still listed."""
    try:
        now = c.get("/api/events", params={"limit": 500}).json().get("items", [])
    except Exception:
        return False
    return eid not in {e["id"] for e in now}


def _summary(name: str, lat: list[float], errors: int, seconds: float) -> dict[str, Any]:
    return {"endpoint": name, "requests": len(lat) + errors, "errors": errors,
            "rps": round((len(lat) + errors) / seconds, 1), "p50_ms": _pct(lat, 50), "p95_ms": _pct(lat, 95),
            "p99_ms": _pct(lat, 99), "max_ms": round(max(lat) * 1000, 1) if lat else None,
            "mean_ms": round(statistics.fmean(lat) * 1000, 1) if lat else None}


def drive(base: str, token: str, seconds: float, readers: int, write_every: float, max_requests: int) -> dict:
    """Run the load against ``base`` (a loopback URL); returns per-endpoint figures and what the writer stored."""
    import httpx

    assert base.startswith(("http://127.0.0.1:", "http://localhost:")), "loopback only"
    lock = threading.Lock()
    lat: dict[str, list[float]] = {}
    errs: dict[str, int] = {}
    err_samples: list[str] = []
    stored: list[str] = []
    sent = {"n": 0}
    stop = threading.Event()
    t_end = time.monotonic() + seconds

    def record(name: str, dt: float, ok: bool, why: str = "") -> None:
        with lock:
            if ok:
                lat.setdefault(name, []).append(dt)
            else:
                errs[name] = errs.get(name, 0) + 1
                if len(err_samples) < 10:
                    err_samples.append(f"{name}: {why[:200]}")

    with httpx.Client(base_url=base, timeout=60) as c:
        events = c.get("/api/events", params={"limit": 20}).json().get("items", [])
    eids = [e["id"] for e in events] or ["none"]

    def reader(i: int) -> None:
        k = i
        with httpx.Client(base_url=base, timeout=60) as c:
            while not stop.is_set() and time.monotonic() < t_end:
                with lock:
                    if sent["n"] >= max_requests:
                        return
                    sent["n"] += 1
                tpl = READS[k % len(READS)]
                url = tpl.format(word=WORDS[k % len(WORDS)], eid=eids[k % len(eids)])
                name = tpl.split("?")[0].replace("{eid}", "{id}")
                k += 1
                t0 = time.perf_counter()
                try:
                    r = c.get(url)
                    ok = r.status_code == 200 or (name == "/api/events/{id}" and r.status_code == 404 and (
                        eids == ["none"] or _relinked(c, url.rsplit("/", 1)[-1])))
                    record(name, time.perf_counter() - t0, ok, f"{r.status_code} {r.text[:120]}")
                except httpx.HTTPError as e:
                    record(name, time.perf_counter() - t0, False, repr(e))

    def writer() -> None:
        n = 0
        with httpx.Client(base_url=base, timeout=300, headers={"Authorization": f"Bearer {token}"}) as c:
            while not stop.is_set() and time.monotonic() < t_end:
                n += 1
                tag = secrets.token_hex(4)
                art = {"title": f"Load test report {tag}", "date": "2022-04-11", "outlet": "Load Wire",
                       "text": (f"Officials in the town of Marden said on Monday that inspection team {tag} had "
                                f"finished its survey of the northern depot number {n}.\n\nThe team will publish "
                                f"its findings on the depot ({tag}) next month, a council spokesman said.\n")}
                t0 = time.perf_counter()
                try:
                    r = c.post("/api/ingest", json={"articles": [art]})
                    ok = r.status_code == 201
                    record("POST /api/ingest", time.perf_counter() - t0, ok, f"{r.status_code} {r.text[:160]}")
                    if ok:
                        with lock:
                            stored.extend(r.json()["stored"])
                except httpx.HTTPError as e:
                    record("POST /api/ingest", time.perf_counter() - t0, False, repr(e))
                stop.wait(max(0.0, write_every - (time.perf_counter() - t0)))

    t0 = time.monotonic()
    threads = [threading.Thread(target=reader, args=(i,), daemon=True) for i in range(readers)]
    threads.append(threading.Thread(target=writer, daemon=True))
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 600)
    stop.set()
    wall = time.monotonic() - t0
    names = sorted(set(lat) | set(errs))
    per = [_summary(n, lat.get(n, []), errs.get(n, 0), wall) for n in names]
    reads = [x for n in names if not n.startswith("POST") for x in lat.get(n, [])]
    read_errs = sum(v for n, v in errs.items() if not n.startswith("POST"))
    return {"seconds": round(wall, 1), "readers": readers, "endpoints": per,
            "all_reads": _summary("all reads", reads, read_errs, wall),
            "errors": sum(errs.values()), "error_samples": err_samples, "stored": stored}


# --------------------------------------------------------------------------- the orchestrator


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))


def build_store(folder: Path) -> str:
    """``sitrep run examples/`` into ``folder``; returns the database path."""
    db = str(folder / "load.db")
    subprocess.run([sys.executable, "-m", "sitrep.cli", "run", str(ROOT / "examples"), "--db", db, "--out",
                    str(folder / "out"), "--quiet"], env=_env(), check=False, capture_output=True)
    if not Path(db).exists():
        raise SystemExit("could not build the example store")
    return db


class Server:
    """``sitrep serve`` on 127.0.0.1 in a subprocess (context manager: started, then stopped)."""

    def __init__(self, db: str, token: str):
        self.db, self.token, self.port = db, token, free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc: Optional[subprocess.Popen] = None

    def __enter__(self) -> "Server":
        import httpx

        env = dict(_env(), SITREP_TOKEN=self.token)
        self.proc = subprocess.Popen([sys.executable, "-m", "sitrep.cli", "serve", "--db", self.db, "--host",
                                      "127.0.0.1", "--port", str(self.port)], env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"sitrep serve exited: {self.proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
            try:
                if httpx.get(self.base + "/healthz", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.__exit__()
        raise RuntimeError("sitrep serve did not answer within 120 s")

    def __exit__(self, *exc: object) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def run_load(db: str, seconds: float, readers: int, write_every: float, max_requests: int) -> dict:
    """Serve ``db`` and drive it from a second process; then check the store. Returns the report."""
    from sitrep.store import open_store

    token = secrets.token_urlsafe(24)
    st = open_store(db)
    before = st.count_articles()
    st.close()
    with Server(db, token) as srv:
        p = subprocess.run([sys.executable, __file__, "--drive", srv.base, "--seconds", str(seconds), "--readers",
                            str(readers), "--write-every", str(write_every), "--max-requests", str(max_requests)],
                           env=dict(_env(), SITREP_LOAD_TOKEN=token), capture_output=True, text=True,
                           timeout=seconds + 900)
        if p.returncode != 0:
            raise RuntimeError(f"driver failed: {p.stderr[-3000:]}")
        res = json.loads(p.stdout)
    st = open_store(db)
    try:
        res["integrity"] = st.integrity_check()
        res["articles_before"], res["articles_after"] = before, st.count_articles()
        res["missing"] = [a for a in res["stored"] if not st.has_article(a)]
    finally:
        st.close()
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", default=None, help="a store to serve (copied first); default: sitrep run examples/")
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--readers", type=int, default=8)
    ap.add_argument("--write-every", type=float, default=1.0)
    ap.add_argument("--max-requests", type=int, default=200_000, help="reads at most, whatever the time")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--drive", default=None, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.drive:  # the second process
        print(json.dumps(drive(a.drive, os.environ["SITREP_LOAD_TOKEN"], a.seconds, a.readers, a.write_every,
                               a.max_requests)))
        return
    tmp = Path(tempfile.mkdtemp(prefix="sitrep-load-"))
    try:
        if a.db:
            db = str(tmp / "load.db")
            shutil.copy(a.db, db)
        else:
            t0 = time.monotonic()
            db = build_store(tmp)
            print(f"built the example store in {time.monotonic() - t0:.1f} s", file=sys.stderr)
        res = run_load(db, a.seconds, a.readers, a.write_every, a.max_requests)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if a.json:
        print(json.dumps(res, indent=2))
    else:
        print(f"{res['readers']} readers + 1 writer for {res['seconds']} s on 127.0.0.1")
        print(f"{'endpoint':<20} {'requests':>8} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
              f"{'max ms':>8} {'errors':>6}")
        for e in res["endpoints"] + [res["all_reads"]]:
            print(f"{e['endpoint']:<20} {e['requests']:>8} {e['rps']:>7} {e['p50_ms']!s:>8} {e['p95_ms']!s:>8} "
                  f"{e['p99_ms']!s:>8} {e['max_ms']!s:>8} {e['errors']:>6}")
        for s in res["error_samples"]:
            print("  error:", s)
        print(f"articles: {res['articles_before']} before, {res['articles_after']} after; writer stored "
              f"{len(res['stored'])}, missing from the store: {len(res['missing'])}")
        print(f"integrity_check: {res['integrity'] or 'ok'}")
    sys.exit(1 if res["errors"] or res["integrity"] or res["missing"] else 0)


if __name__ == "__main__":
    main()
