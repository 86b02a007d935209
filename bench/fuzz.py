"""Fuzz every ingest reader for a bounded time: bad bytes must give a Record or an InputError, never a crash.

    PYTHONPATH=src .venv/bin/python bench/fuzz.py [--seconds 60] [--readers txt,html,jsonl,warc,feed,stdin]
                                                  [--engine atheris|hypothesis] [--out DIR] [--json]
    PYTHONPATH=src .venv/bin/python bench/fuzz.py --hostile [--json]

``--hostile`` runs the input budget's shapes instead (compression bombs of every format, markup and text
just under and over their caps, WARC bombs: a huge body, a huge skipped record, an endless header line,
garbage): each is ingested by ``sitrep ingest`` in a fresh process, and its time, peak memory (RSS) and
the one message it gave are printed next to a one-article baseline (the figures in SECURITY.md §4).

Each reader is fuzzed in its own process for ``--seconds``. With ``atheris`` (coverage-guided libFuzzer,
``pip install atheris==3.0.0``; a cp311 wheel exists, no clang needed) the sitrep and warcio modules are
instrumented and the corpus starts from one valid input of each format; without it, hypothesis generates
random bytes and mutations of the same seeds. What counts as a crash:

* any exception out of the reader (readers yield ``InputError`` for bad input, they never raise);
* a record whose text or metadata is not encodable as UTF-8 (a lone surrogate would make the store's
  INSERT fail and roll back the whole batch);
* any exception out of ``build_article`` other than ``InputError``, or an article whose ``removed`` spans
  do not slice the raw text.

A crashing input is written to ``--out`` (default ``bench/fuzz-crashes/``, not committed); each crash found
so far is a regression test in ``tests/test_hostile_inputs.py``.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

READERS = ("txt", "html", "jsonl", "warc", "feed", "stdin")
ROOT = Path(__file__).resolve().parent.parent

_P = ("Firefighters contained the blaze at the grain terminal in Port Elwin late on Friday, the harbour "
      "authority said.\nTwo dock workers were treated for smoke inhalation, officials added on Saturday.\n")


def _warc_seed() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False)
    body = f"<html><head><title>Fire</title></head><body><article><p>{_P}</p></article></body></html>".encode()
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record("https://harbour.example/fire", "response", payload=io.BytesIO(body),
                                        http_headers=http))
    return buf.getvalue()


def seeds(kind: str) -> list[bytes]:
    """Valid (and near-valid) inputs of one format, the starting corpus."""
    html = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Fire | Harbour Times</title>"
            f"<meta property='article:published_time' content='2023-06-02'></head><body><nav>Home</nav>"
            f"<article><h1>Fire</h1><p>{_P}</p></article></body></html>").encode()
    rss = (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Harbour Times</title><item><title>Fire</title>"
           f"<link>https://harbour.example/f</link><pubDate>Fri, 02 Jun 2023 21:30:00 GMT</pubDate>"
           f"<description>{_P}</description></item></channel></rss>").encode()
    atom = (f"<?xml version='1.0'?><!DOCTYPE feed [<!ENTITY e SYSTEM 'file:///etc/hostname'>]>"
            f"<feed xmlns='http://www.w3.org/2005/Atom'><title>T</title><entry><title>Fire</title>"
            f"<link href='https://h.example/f'/><updated>2023-06-03T08:00:00Z</updated>"
            f"<content type='html'>&lt;p&gt;{_P} &amp;e;&lt;/p&gt;</content></entry></feed>").encode()
    jsonl = (json.dumps({"text": _P, "title": "Fire", "date": "2023-06-02", "url": "https://h.example/f"}) + "\n"
             + "{broken\n" + json.dumps({"content": _P + " again", "published": "June 3, 2023"}) + "\n").encode()
    txt = (" date 2023-06-02 Harbour Times\nBy Sam Okafor\n\nPORT ELWIN — " + _P + "Read: other story\n").encode()
    by = {"txt": [txt, txt.decode().encode("cp1252", "replace"), b"\xef\xbb\xbf" + txt],
          "html": [html], "feed": [rss, atom], "jsonl": [jsonl], "warc": [_warc_seed()],
          "stdin": [txt, html, rss, jsonl, gzip.compress(txt)]}
    return by[kind]


def target_for(kind: str) -> Callable[[bytes], None]:
    """The function a fuzzer calls with bytes; raises AssertionError (or anything) on a crash."""
    from sitrep.errors import InputError
    from sitrep.ingest.article import build_article
    from sitrep.ingest.inputs import read_bytes, read_stdin
    from sitrep.ingest.records import Record

    def check(data: bytes) -> None:
        items = read_stdin(io.BytesIO(data)) if kind == "stdin" else read_bytes(data, "fuzz", kind)
        for it in items:
            if isinstance(it, InputError):
                assert isinstance(it.problem, str) and it.problem
                continue
            assert isinstance(it, Record), type(it)
            for name in ("text", "title", "url", "byline", "outlet", "language"):
                v = getattr(it, name)
                assert v is None or isinstance(v, str), (name, type(v))
                if v is not None:
                    v.encode("utf-8")  # a lone surrogate would fail the store's INSERT
            try:
                a = build_article(it)
            except InputError:
                continue
            a.text.encode("utf-8")
            for r in a.removed:
                assert 0 <= r.start <= r.end <= len(a.raw_text) and a.raw_text[r.start:r.end] == r.text

    return check


# --------------------------------------------------------------------------- workers (one reader each)


def _atheris_worker(kind: str, seconds: int, out: Path) -> None:
    import atheris

    with atheris.instrument_imports(include=["sitrep", "warcio"]):
        check = target_for(kind)
    corpus = Path(tempfile.mkdtemp(prefix=f"fuzz-{kind}-"))
    for i, s in enumerate(seeds(kind)):
        (corpus / f"seed{i}").write_bytes(s)
    out.mkdir(parents=True, exist_ok=True)
    tokens = [b"\\ud800", b"[[[[[[[[[[[[[[[[", b"<!ENTITY x SYSTEM \"file:///etc/hostname\">", b"&x;", b"<!DOCTYPE",
              b"WARC/1.0\r\n", b"Content-Length: ", b"WARC-Type: response\r\n", b"Content-Type: text/html\r\n",
              b"<rss>", b"<item>", b"<pubDate>", b"<feed xmlns=\"http://www.w3.org/2005/Atom\">", b"\x1f\x8b\x08",
              b"\xef\xbb\xbf", b"\xff\xfe", b"\"date\": \"", b"\"text\": \"", b"0000-01", b"<meta charset=",
              "\u200b".encode(), b"\r\n\r\n"]
    dict_file = corpus.parent / f"{corpus.name}.dict"
    dict_file.write_text("".join('"' + "".join(f"\\x{c:02x}" for c in t) + '"\n' for t in tokens))
    args = [sys.argv[0], f"-max_total_time={seconds}", f"-dict={dict_file}", "-timeout=30", "-rss_limit_mb=3072",
            "-max_len=65536", f"-artifact_prefix={out}/{kind}-", "-print_final_stats=1", str(corpus)]
    atheris.Setup(args, check)
    atheris.Fuzz()


def _hypothesis_worker(kind: str, seconds: int, out: Path) -> None:
    import random

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    check = target_for(kind)
    base = seeds(kind)

    def mutate(seed: bytes, ops: list[tuple[int, int, bytes]]) -> bytes:
        b = bytearray(seed)
        for op, pos, chunk in ops:
            p = pos % (len(b) + 1)
            if op == 0:
                b[p:p] = chunk  # insert
            elif op == 1:
                del b[p:p + len(chunk) + 1]  # delete
            elif op == 2:
                b[p:p + len(chunk)] = chunk  # overwrite
            else:
                b = b[:p]  # truncate
        return bytes(b)

    op = st.tuples(st.integers(0, 3), st.integers(0, 1 << 16), st.binary(min_size=1, max_size=16))
    data = st.one_of(
        st.binary(max_size=2048),
        st.builds(mutate, st.sampled_from(base), st.lists(op, max_size=8)),
        st.text(max_size=500).map(lambda s: s.encode("utf-8", "surrogatepass")),
    )
    runs = 0
    crashes = 0
    deadline = time.monotonic() + seconds
    rnd = random.Random(0)
    while time.monotonic() < deadline:
        batch: dict = {"n": 0, "last": b""}

        @settings(max_examples=200, deadline=None, database=None, derandomize=False,
                  suppress_health_check=list(HealthCheck))
        @given(data)
        def prop(b: bytes) -> None:
            batch["n"] += 1
            batch["last"] = b  # hypothesis replays the minimal failing example last
            check(b)

        try:
            prop()
        except Exception as e:  # a crash: hypothesis has shrunk it; save the input and go on
            crashes += 1
            out.mkdir(parents=True, exist_ok=True)
            print(f"CRASH in {kind}: {type(e).__name__}: {str(e)[:300]}", flush=True)
            name = out / f"{kind}-crash-{crashes}-{rnd.randrange(1 << 30)}"
            name.with_suffix(".bin").write_bytes(batch["last"])
            name.with_suffix(".txt").write_text(f"{type(e).__name__}: {e}\n{getattr(e, '__notes__', '')}\n",
                                                encoding="utf-8")
        runs += batch["n"]
    print(f"#DONE runs={runs} crashes={crashes} seconds={seconds}", flush=True)


# --------------------------------------------------------------------------- hostile shapes: time and peak RSS


def _gz_stream(path: Path, parts: list[tuple[bytes, int]]) -> None:
    """One gzip stream of ``block`` repeated to ``n`` bytes, for each (block, n) in ``parts``, written in steps."""
    import zlib

    z = zlib.compressobj(1, zlib.DEFLATED, 31)
    with open(path, "wb") as f:
        for block, n in parts:
            step = block * max(1, (1 << 20) // max(1, len(block)))
            left = n
            while left > 0:
                f.write(z.compress(step[:left]))
                left -= len(step)
        f.write(z.flush())


def _warc_head(rec_type: str, length: int, ctype: str = "") -> bytes:
    lines = ["WARC/1.0", f"WARC-Type: {rec_type}", "WARC-Target-URI: https://harbour.example/x",
             "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>", "WARC-Date: 2023-06-02T00:00:00Z",
             f"Content-Length: {length}"]
    if ctype:
        lines.append(f"Content-Type: {ctype}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


PARA = ("<p>" + _P.replace("\n", " ") + "</p>\n").encode()
GIB = 1024**3


def hostile_shapes(d: Path) -> list[tuple[str, Path, int]]:
    """(name, file, bytes it inflates to) for each hostile shape, written under ``d``."""
    from sitrep.ingest.records import MAX_HTML_CHARS, MAX_RECORD_CHARS

    out: list[tuple[str, Path, int]] = []

    def add(name: str, fname: str, parts: list[tuple[bytes, int]], gz: bool = True) -> None:
        parts = [(b, max(n, len(b))) for b, n in parts]  # (header, 1): the header once
        p = d / fname
        if gz:
            _gz_stream(p, parts)
        else:
            with open(p, "wb") as f:
                for block, n in parts:
                    f.write((block * (n // len(block) + 1))[:n])
        out.append((name, p, sum(n for _, n in parts)))

    add("txt.gz bomb, 10 GiB of zeros", "zeros.txt.gz", [(bytes(1 << 20), 10 * GIB)])
    add("html.gz, 45 MB of paragraphs", "paras.html.gz", [(b"<html><body><article>", 21), (PARA, 45 << 20)])
    add("txt.gz, 45 MB of lines", "lines.txt.gz", [(_P.encode(), 45 << 20)])
    add("feed.xml.gz, 45 MB of items", "items.xml.gz",
        [(b"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>", 64),
         (b"<item><title>x</title><description>" + _P.encode() + b"</description></item>", 45 << 20)])
    add("jsonl.gz, one 1 GiB line", "line.jsonl.gz", [(b'{"text": "', 10), (b"word ", GIB)])
    add("html, markup just under the cap", "under.html",
        [(b"<html><body><article>", 21), (PARA, MAX_HTML_CHARS - 100)], gz=False)
    add("html, markup just over the cap", "over.html",
        [(b"<html><body><article>", 21), (PARA, MAX_HTML_CHARS + 100)], gz=False)
    add("txt, text just under the cap", "under.txt", [(_P.encode(), MAX_RECORD_CHARS - 100)], gz=False)
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    add("warc.gz, a 1 GiB HTML body", "body.warc.gz",
        [(_warc_head("response", GIB - 1, "application/http; msgtype=response"), 1), (http, 1),
         (PARA, GIB - 1 - len(http))])
    add("warc.gz, a skipped 1 GiB record", "skip.warc.gz",
        [(_warc_head("resource", GIB - 1, "image/png"), 1), (bytes(1 << 20), GIB - 1)])
    add("warc.gz, a 1 GiB header line", "line.warc.gz", [(b"WARC/1.0\r\nX-Long: ", 1), (b"a", GIB)])
    add("warc, header then 1 MB of garbage", "garbage.warc", [(b"WARC/1.0\r\n", 10), (bytes(range(256)), 1 << 20)],
        gz=False)
    return out


def _measure(args: list[str]) -> tuple[int, float, float, str]:
    """(exit code, seconds, peak RSS in MB, stderr) of the CLI run in a fresh process."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    t0 = time.monotonic()
    p = subprocess.Popen([sys.executable, "-m", "sitrep.cli", *args], stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, env=env)
    err = p.stderr.read().decode("utf-8", "replace")  # type: ignore[union-attr]
    _, status, usage = os.wait4(p.pid, 0)
    return os.waitstatus_to_exitcode(status), time.monotonic() - t0, usage.ru_maxrss / 1024, err


def hostile_main(as_json: bool) -> None:
    results = []
    with tempfile.TemporaryDirectory(prefix="sitrep-hostile-") as tmp:
        d = Path(tmp)
        base = d / "baseline.txt"
        base.write_text(_P, encoding="utf-8")
        rc, secs, base_mb, _ = _measure(["ingest", str(base), "--db", str(d / "base.db"), "--quiet"])
        if not as_json:
            print(f"{'input':<38} {'on disk':>9} {'inflates':>9} {'seconds':>8} {'peak MB':>8} {'+MB':>6}  message")
            print(f"{'baseline: one small article':<38} {base.stat().st_size:>9,} {'':>9} {secs:>8.1f} {base_mb:>8.0f}")
        for name, path, inflated in hostile_shapes(d):
            rc, secs, mb, err = _measure(["ingest", str(path), "--db", str(d / f"{path.name}.db"), "--quiet"])
            msg = next((ln for ln in err.splitlines() if ln.startswith(("error ", "skipped "))), "(stored)")
            msg = msg.replace(str(d) + os.sep, "")
            res = {"input": name, "bytes": path.stat().st_size, "inflates_to": inflated, "seconds": round(secs, 1),
                   "peak_rss_mb": round(mb), "over_baseline_mb": round(mb - base_mb), "exit": rc, "message": msg,
                   "traceback": "Traceback" in err}
            results.append(res)
            if not as_json:
                print(f"{name:<38} {res['bytes']:>9,} {_size(inflated):>9} {secs:>8.1f} {mb:>8.0f} {mb - base_mb:>6.0f}"
                      f"  {msg[:90]}", flush=True)
            path.unlink()
    worst = max(r["over_baseline_mb"] for r in results)
    if as_json:
        print(json.dumps({"baseline_mb": round(base_mb), "results": results}, indent=2))
    else:
        print(f"worst: +{worst} MB over the baseline ({base_mb:.0f} MB); slowest: "
              f"{max(r['seconds'] for r in results)} s; tracebacks: {sum(r['traceback'] for r in results)}")
    sys.exit(1 if any(r["traceback"] for r in results) else 0)


def _size(n: int) -> str:
    return f"{n / GIB:.1f} GiB" if n >= GIB else f"{n / 2**20:.0f} MB"


# --------------------------------------------------------------------------- driver


def _engine(want: str) -> str:
    if want != "auto":
        return want
    try:
        import atheris  # noqa: F401

        return "atheris"
    except ImportError:
        return "hypothesis"


def _parse(kind: str, engine: str, rc: int, out: str, wall: float) -> dict:
    res = {"reader": kind, "engine": engine, "rc": rc, "seconds": round(wall, 1), "runs": None, "crashes": 0,
           "coverage": None, "exec_per_s": None, "crash_lines": []}
    if engine == "atheris":
        m = re.findall(r"Done (\d+) runs in", out)
        if m:
            res["runs"] = int(m[-1])
        m = re.findall(r"stat::number_of_executed_units: (\d+)", out)
        if m:
            res["runs"] = int(m[-1])
        m = re.findall(r"cov: (\d+)", out)
        if m:
            res["coverage"] = int(m[-1])
        m = re.findall(r"stat::average_exec_per_sec: (\d+)", out)
        if m:
            res["exec_per_s"] = int(m[-1])
        if res["exec_per_s"] is None and res["runs"]:
            res["exec_per_s"] = round(res["runs"] / max(wall, 1e-9))
        if "Uncaught Python exception" in out or "ERROR: libFuzzer" in out or rc not in (0,):
            res["crashes"] = 1
            res["crash_lines"] = [ln for ln in out.splitlines()
                                  if "Error" in ln or "exception" in ln.lower() or "crash-" in ln][:12]
    else:
        m = re.search(r"#DONE runs=(\d+) crashes=(\d+)", out)
        if m:
            res["runs"], res["crashes"] = int(m.group(1)), int(m.group(2))
            res["exec_per_s"] = round(res["runs"] / max(wall, 1e-9))
        res["crash_lines"] = [ln for ln in out.splitlines() if ln.startswith("CRASH")][:12]
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=int, default=60, help="fuzzing time per reader")
    ap.add_argument("--readers", default=",".join(READERS))
    ap.add_argument("--engine", choices=["auto", "atheris", "hypothesis"], default="auto")
    ap.add_argument("--out", default=str(ROOT / "bench" / "fuzz-crashes"))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--hostile", action="store_true", help="time and peak memory of the input budget's shapes")
    ap.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.hostile:
        hostile_main(args.json)
        return
    out = Path(args.out)
    engine = _engine(args.engine)
    if args.worker:
        (_atheris_worker if engine == "atheris" else _hypothesis_worker)(args.worker, args.seconds, out)
        return
    results = []
    for kind in [r.strip() for r in args.readers.split(",") if r.strip()]:
        if kind not in READERS:
            ap.error(f"unknown reader {kind!r}; one of {', '.join(READERS)}")
        cmd = [sys.executable, __file__, "--worker", kind, "--seconds", str(args.seconds), "--engine", engine,
               "--out", str(out)]
        t0 = time.monotonic()
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
        p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=args.seconds * 3 + 120)
        res = _parse(kind, engine, p.returncode, p.stdout + p.stderr, time.monotonic() - t0)
        results.append(res)
        if not args.json:
            print(f"{kind:<6} engine={engine:<10} runs={res['runs']} exec/s={res['exec_per_s']} "
                  f"cov={res['coverage']} crashes={res['crashes']} ({res['seconds']} s)", flush=True)
            for ln in res["crash_lines"]:
                print("    " + ln, flush=True)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        total = sum(r["runs"] or 0 for r in results)
        print(f"total: {total} inputs, {sum(r['crashes'] for r in results)} crashing reader(s); inputs saved under {out}")
    sys.exit(1 if any(r["crashes"] for r in results) else 0)


if __name__ == "__main__":
    main()
