"""Killing `sitrep run` with SIGKILL at random moments never corrupts the store; re-running completes it
and ends identical to an uninterrupted run."""
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import EXAMPLES

SITREP = [sys.executable, "-m", "sitrep.cli"]


def _corpus(tmp_path: Path) -> Path:
    """The team's example set if present, plus generated reports so that a run takes a little while."""
    d = tmp_path / "in"
    d.mkdir()
    if EXAMPLES.is_dir():
        shutil.copytree(EXAMPLES, d / "examples", ignore=shutil.ignore_patterns("gold"))
    rnd = random.Random(7)
    towns = ["Kramatorsk", "Sloviansk", "Pokrovsk", "Idlib", "Aleppo", "Saraqib", "Binnish"]
    for i in range(60):
        t = rnd.choice(towns)
        (d / f"gen_{i:03d}.txt").write_text(
            f" date 2022-04-{1 + i % 28:02d} Test Wire\n\nShelling hit {t} on Tuesday, officials said. "
            f"At least {i + 2} civilians were killed and {i * 3 + 1} wounded in report {i}, the regional governor said. "
            f"Forces also clashed near {rnd.choice(towns)} earlier this week.\n",
            encoding="utf-8",
        )
    return d


def _snapshot(db: str) -> dict:
    con = sqlite3.connect(db)
    snap = {
        "articles": con.execute(
            "SELECT id, status, published, published_how, duplicate_of, text FROM articles ORDER BY id").fetchall(),
        "sources": con.execute("SELECT source_key, article_id, status FROM sources ORDER BY source_key").fetchall(),
        "analyses": con.execute("SELECT article_id, data FROM analyses ORDER BY article_id").fetchall(),
        "events": con.execute("SELECT id, data FROM events ORDER BY id").fetchall(),
        "disagreements": con.execute("SELECT id, data FROM disagreements ORDER BY id").fetchall(),
        "stories": con.execute("SELECT id, data FROM stories ORDER BY id").fetchall(),
    }
    con.close()
    return snap


def _run(corpus: Path, db: str, out: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.Popen(SITREP + ["run", str(corpus), "--db", db, "--out", str(out), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)


@pytest.mark.slow
def test_sigkill_at_random_points_then_rerun(tmp_path):
    corpus = _corpus(tmp_path)
    ref_db = str(tmp_path / "ref.db")
    p = _run(corpus, ref_db, tmp_path / "ref-out")
    _, err = p.communicate(timeout=600)
    assert p.returncode in (0, 1), err.decode()
    reference = _snapshot(ref_db)

    db = str(tmp_path / "killed.db")
    rnd = random.Random(12345)
    for attempt in range(4):
        p = _run(corpus, db, tmp_path / "out")
        time.sleep(rnd.uniform(0.3, 6.0))
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
        p.wait(timeout=60)
        if os.path.exists(db):
            con = sqlite3.connect(db)
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"corrupt after kill {attempt}"
            con.close()
    p = _run(corpus, db, tmp_path / "out")
    _, err = p.communicate(timeout=600)
    assert p.returncode in (0, 1), err.decode()
    got = _snapshot(db)
    for key in reference:
        if got[key] != reference[key]:
            diff = [(a, b) for a, b in zip(got[key], reference[key]) if a != b][:1]
            raise AssertionError(f"{key} differs after kill-and-resume: {str(diff)[:3000]}")
    assert (tmp_path / "out" / "report.md").exists()
