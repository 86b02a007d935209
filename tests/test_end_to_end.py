"""The whole pipeline on the team's example set, through the CLI, and every export checked."""
import csv
import io
import json
from importlib import resources

import jsonschema
import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from sitrep.cli import main
from sitrep.export.formats import ACLED_COLUMNS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("e2e")
    r = CliRunner().invoke(main, ["run", str(EXAMPLES), "--db", str(d / "x.db"), "--out", str(d / "out"), "--quiet"])
    assert r.exit_code == 0, r.output
    return d


def _export(run_dir, fmt):
    r = CliRunner().invoke(main, ["export", "--db", str(run_dir / "x.db"), "--format", fmt])
    assert r.exit_code == 0, r.output
    return r.output


def test_run_writes_the_report_files(run_dir):
    for name in ("report.md", "report.html", "story.json", "articles.json"):
        assert (run_dir / "out" / name).stat().st_size > 0
    arts = json.loads((run_dir / "out" / "articles.json").read_text())
    assert len(arts) == 10  # nine files, the JSONL holds two reports
    by_status = {}
    for a in arts:
        by_status.setdefault(a["status"], []).append(a)
    assert len(by_status["skipped"]) == 1 and len(by_status["duplicate"]) == 1


def test_json_export_validates_and_offsets_point_at_the_evidence(run_dir):
    schema = json.loads(resources.files("sitrep.export").joinpath("story.schema.json").read_text())
    for doc in (json.loads(_export(run_dir, "json")), json.loads((run_dir / "out" / "story.json").read_text())):
        jsonschema.validate(doc, schema)
        assert doc["events"], "the example set has events"
        texts = {a["id"]: a for a in json.loads((run_dir / "out" / "articles.json").read_text())}
        for e in doc["events"]:
            for m in e["mentions"]:
                assert texts[m["article_id"]]["text"][m["start"]:m["end"]] == m["sentence"]
        for f in doc["figures"]:
            assert texts[f["article_id"]]["text"][f["start"]:f["end"]] == f["text"]
    strike = [e for e in doc["events"] if e["location"] and abs(e["location"]["lat"] - 48.72) < 0.2
              and abs(e["location"]["lon"] - 37.56) < 0.2 and e["event_type"] == "Explosions/Remote violence"]
    assert strike, "the strike on Kramatorsk is placed on Kramatorsk"


def test_acled_csv_has_acled_columns_and_one_row_per_asserted_event(run_dir):
    body = _export(run_dir, "acled-csv")
    rows = list(csv.DictReader(io.StringIO(body)))
    header = next(csv.reader(io.StringIO(body)))
    assert header[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert {"fatalities_low", "fatalities_high", "n_sources", "evidence"} <= set(header)
    events = json.loads(_export(run_dir, "json"))["events"]
    assert len(rows) == sum(1 for e in events if e["modality"] == "asserted")
    for r in rows:
        assert r["event_date"][:4] == r["year"] and r["time_precision"] in ("1", "2", "3")
        assert r["disorder_type"] in ("Political violence", "Demonstrations", "Strategic developments",
                                      "Political violence; Demonstrations", "")
        for src in r["source"].split("; "):  # outlet names, never a local file
            assert src and not src.startswith("/") and not src.endswith((".txt", ".html", ".jsonl", ".warc"))
        assert not any(v == "'" for v in r.values()), "a guard character in an empty cell"
    assert any(r["inter1"] for r in rows), "inter codes come from the actor dictionary"
    pd = pytest.importorskip("pandas")
    df = pd.read_csv(io.StringIO(body), dtype=str, keep_default_na=False)
    assert list(df.columns[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS and len(df) == len(rows)
    assert not (df == "'").any().any()


def test_run_and_export_write_byte_identical_reports(run_dir):
    for fmt in ("md", "html"):
        assert _export(run_dir, fmt) == (run_dir / "out" / f"report.{fmt}").read_text(encoding="utf-8"), fmt


def test_geojson_is_valid_rfc7946(run_dir):
    gj = json.loads(_export(run_dir, "geojson"))
    assert gj["type"] == "FeatureCollection" and gj["features"]
    for f in gj["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert isinstance(f["properties"], dict)
        json.dumps(f)  # plain JSON all the way down


def test_markdown_and_html_exports(run_dir):
    md = _export(run_dir, "md")
    assert "Kramatorsk" in md
    html = _export(run_dir, "html")
    assert "Content-Security-Policy" in html and "<script" not in html.lower()
