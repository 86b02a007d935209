"""The CLI's plumbing commands through click's CliRunner."""
import json

from click.testing import CliRunner

from conftest import EXAMPLES
from sitrep.cli import main


def test_eval_runs_the_bench_script_and_usage_errors_exit_2():
    gold = str(EXAMPLES / "gold" / "events.jsonl")
    r = CliRunner().invoke(main, ["eval", "events", gold, gold])
    assert r.exit_code == 0
    r = CliRunner().invoke(main, ["eval", "nosuchdataset"])
    assert r.exit_code == 2


def test_export_every_format_from_an_empty_store(tmp_path):
    db = str(tmp_path / "e.db")
    runner = CliRunner()
    r = runner.invoke(main, ["export", "--db", db, "--format", "json"])
    assert r.exit_code == 0
    assert json.loads(r.output) == {"articles": [], "events": [], "figures": [], "disagreements": [], "timeline": []}
    for fmt in ("acled-csv", "geojson", "md", "html"):
        out = tmp_path / f"x.{fmt}"
        r = runner.invoke(main, ["export", "--db", db, "--format", fmt, "--out", str(out)])
        assert r.exit_code == 0, r.output
        assert out.stat().st_size > 0
    assert runner.invoke(main, ["export", "--db", db, "--format", "pdf"]).exit_code == 2


def test_serve_refuses_a_missing_store(tmp_path):
    r = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 1


def test_annotate_refuses_an_overlong_text_with_a_clear_error(tmp_path):
    f = tmp_path / "huge.txt"
    f.write_text("word " * 250_000, encoding="utf-8")
    r = CliRunner().invoke(main, ["annotate", str(f), "--raw", "--json"])
    assert r.exit_code == 1 and "over the 1,000,000" in r.output and "Traceback" not in r.output
