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
    from sitrep.store import open_store

    db = str(tmp_path / "e.db")
    open_store(db).close()  # an empty store (export refuses one that does not exist)
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


# --------------------------------------------------------------------------- errors that say what happened


def _one_line(r) -> str:  # type: ignore[no-untyped-def]
    assert "Traceback" not in r.output, r.output
    lines = [ln for ln in r.output.splitlines() if ln.strip()]
    assert len(lines) == 1, r.output
    return lines[0]


def test_serve_reports_a_bad_port_in_one_line(tmp_path):
    from webstore import make_store

    db = make_store(str(tmp_path / "p.db"))
    r = CliRunner().invoke(main, ["serve", "--db", db, "--port", "99999"])
    assert r.exit_code == 2 and "--port 99999" in _one_line(r)


def test_serve_reports_a_busy_port_in_one_line_before_saying_serving(tmp_path):
    import socket

    from webstore import make_store

    db = make_store(str(tmp_path / "p.db"))
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen(1)
    try:
        port = busy.getsockname()[1]
        r = CliRunner().invoke(main, ["serve", "--db", db, "--port", str(port)])
    finally:
        busy.close()
    line = _one_line(r)
    assert r.exit_code == 1 and f"cannot listen on 127.0.0.1:{port}" in line and "serving" not in r.output


def test_read_only_commands_refuse_a_store_that_does_not_exist(tmp_path):
    db = tmp_path / "typo.db"
    for args in (["articles"], ["show", "abc"], ["export", "--format", "json"], ["export", "--format", "md"]):
        r = CliRunner().invoke(main, [*args, "--db", str(db)])
        assert r.exit_code == 1 and "no such store" in _one_line(r), (args, r.output)
        assert not db.exists(), args  # nothing was created


def test_annotate_reports_a_missing_jsonl_file_in_one_line(tmp_path):
    r = CliRunner().invoke(main, ["annotate", "--jsonl", str(tmp_path / "nope.jsonl")])
    assert r.exit_code == 1 and "nope.jsonl: cannot be read" in _one_line(r)


def test_annotate_default_output_is_whole_lines_not_cut_json(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Police in Bellhaven said on Monday that two people were hurt when a crane fell onto a bus "
                 "shelter near the harbour, according to the city council.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["annotate", str(f), "--raw", "--dct", "2024-03-04"])
    assert r.exit_code == 0, r.output
    body = r.output.splitlines()[1:]
    assert body, r.output
    for ln in body:
        assert not ln.rstrip().endswith((",", ":", '"')), ln  # a JSON document cut at 160 characters did
        assert "{" not in ln or ln.count("{") == ln.count("}"), ln


def test_gazetteer_lookup_says_no_match():
    r = CliRunner().invoke(main, ["gazetteer", "lookup", "Qqzzxxyy Nowhere"])
    assert r.exit_code == 1 and "no match" in _one_line(r)


def test_terminal_output_escapes_control_characters(tmp_path):
    """Regression: ESC/OSC sequences in a title or outlet were printed raw by `articles` and `show` (they set
    the window title, clear the screen)."""
    from sitrep.model import Article
    from sitrep.store import open_store

    db = str(tmp_path / "esc.db")
    st = open_store(db)
    text = "The ferry board met on Monday and agreed the new timetable.\x1b[2J Crews start in May.\n"
    with st.transaction():
        st.add_article(Article(id="esc1", text=text, raw_text=text, title="Title \x1b]0;pwned\x07 here",
                               outlet="Daily\x9b31m Wire", source_path="in/x\ny.txt"))
    st.close()
    for args in (["articles"], ["show", "esc1"], ["articles", "--json"], ["show", "esc1", "--json"]):
        r = CliRunner().invoke(main, [*args, "--db", db])
        assert r.exit_code == 0, r.output
        assert not any(c in r.output for c in "\x1b\x07\x9b"), (args, r.output)
    r = CliRunner().invoke(main, ["show", "esc1", "--db", db])
    assert "Title \\x1b]0;pwned\\x07 here" in r.output and "in/x\\ny.txt" in r.output


def test_dev_demo_says_what_it_is_doing_while_it_installs(tmp_path):
    """Regression: `./dev demo` was silent for a minute while it installed. Run the real script with a
    stand-in Python (pip and sitrep do nothing) and read what it says on stderr."""
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    work = tmp_path / "repo"
    work.mkdir()
    for name in ("dev", "requirements.lock", "pyproject.toml"):
        shutil.copy(root / name, work / name)
    stub = tmp_path / "python"
    # the stand-in: `-c` (the hash) runs the real Python; `-m venv DIR` makes DIR/bin/{python,sitrep}; the rest succeeds
    stub.write_text(f"""#!/bin/sh
if [ "$1" = "-c" ]; then exec {sys.executable} "$@"; fi
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then mkdir -p "$3/bin"; cp "$0" "$3/bin/python"; printf '#!/bin/sh\\nexit 0\\n' > "$3/bin/sitrep"; chmod +x "$3/bin/sitrep"; fi
exit 0
""")
    stub.chmod(0o755)
    env = dict(os.environ, PYTHON=str(stub), SITREP_VENV=str(tmp_path / "venv"), SITREP_NO_APT="1")
    p = subprocess.run(["sh", str(work / "dev"), "demo"], cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    said = p.stderr
    for step in ("1/3 creating the virtual environment", "2/3 installing", "pinned packages", "3/3 installing sitrep",
                 "running sitrep on examples/"):
        assert step in said, said
    p = subprocess.run(["sh", str(work / "dev"), "demo"], cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert "installing" not in p.stderr and "running sitrep" in p.stderr, p.stderr  # installed: no install steps
