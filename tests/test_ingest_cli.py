"""`sitrep ingest`, `sitrep articles`, `sitrep show` through click's CliRunner."""
import json

from click.testing import CliRunner

from sitrep.cli import main

TEXT = (
    " date 2022-09-14 Briefs\n\n"
    "Volunteers planted four thousand trees along the eroded hillside above the village on Saturday, "
    "the forestry office said, the largest planting in the region this year.\n\n"
    "5 users have voted.\n\nAdd new comment\n"
)


def test_ingest_articles_show(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "trees.txt").write_text(TEXT)
    db = str(tmp_path / "s.db")
    r = CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), "--db", db])
    assert r.exit_code == 0, r.output
    assert "1 new articles" in r.output
    r = CliRunner().invoke(main, ["articles", "--db", db, "--json"])
    (row,) = json.loads(r.output)
    assert row["published"] == "2022-09-14" and row["published_how"] == "header" and row["status"] == "ok"
    r = CliRunner().invoke(main, ["articles", "--db", db])
    assert row["id"][:12] in r.output and "header" in r.output
    r = CliRunner().invoke(main, ["show", row["id"][:8], "--db", db])
    assert r.exit_code == 0
    assert "Volunteers planted" in r.output and "[junk:vote]" in r.output and "[meta:header]" in r.output
    r = CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), "--db", db, "--json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["stored"] == []


def test_bad_input_exits_1_and_names_the_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text(TEXT)
    db = str(tmp_path / "db" / "s.db")
    r = CliRunner().invoke(main, ["ingest", str(tmp_path / "empty.txt"), str(good), "--db", db])
    assert r.exit_code == 1
    assert f"{tmp_path / 'empty.txt'}: empty file" in r.output
    assert "1 new articles" in r.output


def test_stdin_dash(tmp_path):
    db = str(tmp_path / "s.db")
    r = CliRunner().invoke(main, ["ingest", "-", "--db", db], input=TEXT)
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["articles", "--db", db, "--json"])
    assert json.loads(r.output)[0]["source_path"] == "<stdin>"
