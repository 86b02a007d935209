"""story.json shape, report.md and the self-contained, escaped report.html."""
import json
import re
from pathlib import Path

import jsonschema

from sitrep.export import write_report
from sitrep.export.formats import render
from sitrep.stories import build_stories
from sitrep.store import open_store
from storyfix import D, analysis, article, entity, figure, retake_mention, store_all, town_place

EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'
SCHEMA = Path(__file__).resolve().parent.parent / "src" / "sitrep" / "export" / "story.schema.json"


def _store(tmp_db):
    st = open_store(tmp_db)
    t1 = f"Government troops retook Saraqib on Monday {EVIL}. Officials said 700,000 people were displaced."
    t2 = "Syrian army units recaptured Saraqib on Monday. Aid groups said 520,000 people were displaced."
    a1 = article("a1", t1, "Courier", D(2020, 2, 3), title="Retaking " + EVIL, wires=["AFP"])
    a1.url = "https://example.invalid/story"
    a2 = article("a2", t2, "Evening <b>Star</b>", D(2020, 2, 4))
    f1 = figure(a1, "700,000", "displaced", "people", 700000, 700000, as_of=D(2020, 2, 3), claimant=EVIL)
    f2 = figure(a2, "520,000", "displaced", "people", 520000, 520000, as_of=D(2020, 2, 3), claimant="aid groups")
    sar1 = town_place(a1, "Saraqib")
    sar1.name = "Saraqib " + EVIL
    an1 = analysis(a1, events=[retake_mention(a1, "retook", sar1, D(2020, 2, 3))], figures=[f1],
                   entities=[entity(a1, "Government troops", "SYR_GOV_FORCES")], places=[town_place(a1, "Saraqib")])
    an2 = analysis(a2, events=[retake_mention(a2, "recaptured", town_place(a2, "Saraqib"), D(2020, 2, 3))],
                   figures=[f2], entities=[entity(a2, "Syrian army", "SYR_GOV_FORCES")],
                   places=[town_place(a2, "Saraqib")])
    store_all(st, [(a1, an1), (a2, an2)])
    stories = build_stories(st)
    st.replace_stories(stories)
    return st, stories


def test_write_report_files_and_story_json_shape(tmp_db, tmp_path):
    st, stories = _store(tmp_db)
    paths = write_report(st, tmp_path / "out", stories)
    assert sorted(Path(p).name for p in paths) == ["articles.json", "report.html", "report.md", "story.json"]
    data = json.loads((tmp_path / "out" / "story.json").read_text())
    jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    assert set(data) == {"articles", "events", "figures", "disagreements", "timeline"}
    (ev,) = data["events"]
    assert ev["n_sources"] == 2 and ev["location"]["lat"] == 35.864
    texts = {a.id: a.text for a in st.articles()}
    for m in ev["mentions"]:  # offsets point at the evidence sentence
        assert texts[m["article_id"]][m["start"]:m["end"]] == m["sentence"]
    for f in data["figures"]:
        assert texts[f["article_id"]][f["start"]:f["end"]] == f["text"]
    (dis,) = data["disagreements"]
    assert dis["kind"] == "conflict" and {v["figure_id"] for v in dis["values"]} == {f["id"] for f in data["figures"]}
    assert data["timeline"][0]["date"] == "2020-02-03" and data["timeline"][0]["article_ids"] == ["a1", "a2"]
    md = (tmp_path / "out" / "report.md").read_text()
    for section in ("## Key figures", "## Disagreements", "## Timeline", "## Places", "## Sources"):
        assert section in md
    assert "3 Feb 2020" in md and "<script>" not in md
    # the export used by the API and `sitrep export` is the same JSON
    body, media = render(st, "json")
    assert json.loads(body) == data and media == "application/json"
    st.close()


def test_report_html_is_escaped_and_self_contained(tmp_db, tmp_path):
    st, stories = _store(tmp_db)
    write_report(st, tmp_path, stories)
    html = (tmp_path / "report.html").read_text()
    assert "<script" not in html.lower() and "onerror=" not in html.replace("onerror=alert", "")
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html  # the title, sentence and claimant, escaped
    assert "Evening &lt;b&gt;Star&lt;/b&gt;" in html
    assert '<meta http-equiv="Content-Security-Policy"' in html and "script-src" not in html
    # nothing is loaded from anywhere: no src/href attributes, no <link>, no @import, no url()
    assert not re.search(r"\s(src|href)\s*=", html.replace("&lt;img src=x", ""))
    assert "<link" not in html and "@import" not in html and "url(" not in html
    assert "https://" not in html and "http://" not in html
    # the map is an inline SVG with a labelled point and a graticule
    assert "<svg" in html and 'class="pt"' in html and 'class="grat"' in html and "Saraqib &lt;script&gt;" in html
    for section in ("Key figures", "Disagreements", "Timeline", "Map", "Sources"):
        assert f"<h2>{section}</h2>" in html
    st.close()


def test_empty_store_report(tmp_db, tmp_path):
    st = open_store(tmp_db)
    stories = build_stories(st)
    assert stories == []
    paths = write_report(st, tmp_path, stories)
    assert len(paths) == 4
    assert "No located events" in (tmp_path / "report.html").read_text()
    st.close()
