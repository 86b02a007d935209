"""story.json shape, report.md and the self-contained, escaped report.html."""
import json
import re
from pathlib import Path

import jsonschema

from sitrep.export import write_report
from sitrep.export.formats import render
from sitrep.stories import build_stories
from sitrep.store import open_store
from storyfix import D, analysis, article, entity, figure, retake_mention, span, store_all, town_place

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
    assert set(data) - {"key_figures"} == {"articles", "events", "figures", "disagreements", "timeline"}
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


# ------------------------------------------------------------------ the brief, the exports (issue 18)
import csv  # noqa: E402
import io  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402

import pytest  # noqa: E402

from sitrep.export.brief import key_figures, make_brief, split_outliers, value_text  # noqa: E402
from sitrep.export.formats import acled_csv, acled_rows, geojson  # noqa: E402
from sitrep.model import ActorRef, Event  # noqa: E402
from sitrep.stories.describe import incident_sentence, story_title  # noqa: E402
from storyfix import province_place  # noqa: E402

SYR = ActorRef("SYR_MIL", "Military Forces of Syria")
TUR = ActorRef("TUR_MIL", "Military Forces of Turkey")


def _fig(fid, aid, what, who, low, high, text, as_of="2020-02-10", claimant=None, since=None, start=0):
    return {"id": fid, "what": what, "who": who, "low": low, "high": high, "as_of": as_of, "claimant": claimant,
            "article_id": aid, "start": start, "end": start + len(text), "text": text, "since": since,
            "background": False}


def _arts(*rows):
    return [{"id": aid, "source_path": f"/home/someone/news/{aid}.txt", "url": None, "outlet": outlet, "title": None,
             "published": pub, "published_precision": "day", "published_how": "header", "wires": []}
            for aid, outlet, pub in rows]


def test_value_text_says_what_the_source_said():
    assert value_text(4_000_001, None, "more than 4 million") == "more than 4 million"
    assert value_text(601, None, "more than 600 square kilometers", "km²") == "more than 600 km²"
    assert value_text(4, None, "at least four") == "at least 4"
    assert value_text(900_000, 1_000_000, "nearly one million") == "nearly 1 million"
    assert value_text(2_700_000, 3_300_000, "about three million") == "about 3 million"
    assert value_text(200, 999, "hundreds") == "200–999"
    assert value_text(7, 7, "seven") == "7"


def test_key_figures_one_row_per_quantity_latest_value_per_claimant_never_a_range_across_groups():
    export = {"articles": _arts(("a", "Daily Courier", "2020-02-10"), ("b", "Evening Star", "2020-02-27")),
              "figures": [
                  _fig("1", "a", "killed", "civilians", 20, None, "at least 20"),
                  _fig("2", "b", "killed", "civilians", 4, None, "at least four", "2020-02-27", "Civil Defence"),
                  _fig("3", "b", "killed", "civilians", 301, None, "more than 300", "2020-02-27", "United Nations",
                       since="2019-12-01"),
                  _fig("4", "a", "area_km2", None, 601, None, "more than 600 square kilometers", start=10),
                  _fig("5", "a", "area_km2", None, 595.69724, 595.69724, "230 square miles", start=50),
                  _fig("6", "a", "population", "people", 4_000_001, None, "more than 4 million"),
                  _fig("7", "a", "troops", "troops", 200, 999, "hundreds", "2020-02-10"),
                  _fig("8", "b", "troops", "troops", 2000, 9999, "thousands", "2020-02-27"),
                  _fig("9", "a", "killed", "Turkish soldiers", 5, 5, "five", "2020-02-03", "Ministry of Defence"),
                  _fig("10", "b", "killed", "Turkish soldiers", 7, 7, "seven", "2020-02-09", "Ministry of Defence"),
              ]}
    rows = {k.label: k for k in key_figures(export, {"a": 1, "b": 2})}
    # a period total is its own quantity, never merged with single-incident counts
    assert rows["Civilians killed since 1 Dec 2019"].headline == "more than 300"
    civ = rows["Civilians killed"]
    assert civ.headline.startswith("differs by source or incident") and "not added up" in civ.headline and {ln.value for ln in civ.lines} == {"at least 20", "at least 4"}
    # the same claim in two units: the figure as first said, not its conversion
    assert rows["Area"].headline == "more than 600 km²" and len(rows["Area"].lines) == 1
    assert rows["Population"].headline == "more than 4 million"
    # one claimant's latest value only (7 as of 9 Feb supersedes 5 as of 3 Feb)
    tk = rows["Turkish military killed"]
    assert [ln.value for ln in tk.lines] == ["7"] and tk.headline == "7"
    # two outlets' latest troop counts differ: both shown, no 200–9,999 range
    tr = rows["Troops deployed"]
    assert tr.headline.startswith("sources differ") and "200–9,999" not in tr.headline
    for k in rows.values():
        assert "_" not in k.label and "'" not in k.label
    # the outlet is named, never the local file
    assert all("/home/someone" not in ln.text() for k in rows.values() for ln in k.lines)


def _event(eid, place, modality="asserted", conf=0.8, time=True, a1=SYR, a2=TUR, n=2):
    from sitrep.model import EventMention, Span, TimeExpr

    day = D(2020, 2, 3)
    ms = [EventMention(id=f"{eid}-m{i}", article_id=f"a{i}", sentence=Span(f"a{i}", 0, 10, "x" * 10),
                       event_type="Battles", sub_event_type="Armed clash", actor1=a1, actor2=a2, place=place,
                       place_source="clause", time=TimeExpr(Span(f"a{i}", 0, 3, "Mon"), "2020-02-03") if time else None,
                       date_start=day, date_end=day, date_precision="day", modality=modality, confidence=conf)
          for i in range(n)]
    return Event(id=eid, event_type="Battles", sub_event_type="Armed clash", date_start=day, date_end=day,
                 date_precision="day", place=place, actor1=a1, actor2=a2, mentions=ms, n_sources=n,
                 n_independent_sources=n, modality=modality, summary=f"clash {eid}")


def test_title_names_main_place_period_and_what_happened():
    a = article("a0", "Fighting in Saraqib and in Idlib.", "Courier", D(2020, 2, 3))
    evs = [_event("e1", town_place(a, "Saraqib")), _event("e2", province_place(a, "Idlib"))]
    title = story_title(evs, [a])
    assert title.startswith("Saraqib, Idlib, Syria, 3 Feb 2020: fighting between")
    assert "Syrian and Turkish government forces" in title
    # no list of types, no place list
    assert "Armed clash" not in title


def test_low_confidence_fields_are_shown_as_unknown():
    a = article("a0", "Fighting in Saraqib.", "Courier", D(2020, 2, 3))
    weak = town_place(a, "Saraqib")
    weak.confidence = 0.2
    s = incident_sentence(_event("e1", weak, time=False))
    assert "Saraqib" not in s and "place unknown" in s and s.startswith("On an unknown date")
    sure = incident_sentence(_event("e2", town_place(a, "Saraqib")))
    assert sure.startswith("On 3 Feb 2020") and "Saraqib" in sure


def test_story_json_has_modality_and_field_confidence_on_every_event(tmp_db, tmp_path):
    st, stories = _store(tmp_db)
    write_report(st, tmp_path, stories)
    data = json.loads((tmp_path / "story.json").read_text())
    jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    for ev in data["events"]:
        assert ev["modality"] == "asserted"
        assert set(ev["confidence"]) == {"type", "place", "date", "actor1", "actor2", "fatalities"}
        assert 0 < ev["confidence"]["place"] <= 1 and ev["location"]["confidence"] == 0.9
    # a planned event is exported with its modality, and the schema requires both keys
    bad = json.loads(json.dumps(data))
    del bad["events"][0]["modality"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, json.loads(SCHEMA.read_text()))
    st.close()


def test_run_and_export_write_the_same_report(tmp_db, tmp_path):
    st, stories = _store(tmp_db)
    write_report(st, tmp_path, stories)
    for fmt, name in (("md", "report.md"), ("html", "report.html")):
        body, _ = render(st, fmt)
        assert body == (tmp_path / name).read_text(encoding="utf-8"), fmt
    md = (tmp_path / "report.md").read_text()
    assert "not computed" in md and "add up to" not in md
    st.close()


def _acled_export():
    a = article("a0", "Fighting in Saraqib and in Idlib.", "Courier", D(2020, 2, 3))
    from sitrep.export.jsonexport import event_json

    ok = event_json(_event("e1", town_place(a, "Saraqib")))
    planned = event_json(_event("e2", town_place(a, "Saraqib"), modality="planned"))
    ok["summary"] = "=HYPERLINK(\"http://example.invalid\")"
    ok["summary_shown"] = ok["summary"]  # the notes column: a formula there must be defused
    for e in (ok, planned):
        for m in e["mentions"]:
            m["article_id"] = "a0" if m["article_id"] == "a0" else "a1"
    arts = _arts(("a0", "Courier", "2020-02-03"), ("a1", None, "2020-02-04"))
    return {"articles": arts, "events": [ok, planned], "figures": [], "disagreements": [], "timeline": []}


def test_acled_csv_asserted_only_with_inter_codes_disorder_type_and_outlets():
    rows = acled_rows(_acled_export())
    (r,) = rows  # the planned event is not an ACLED event
    assert r["inter1"] == 1 and r["inter2"] == 1 and r["interaction"] == 11
    assert r["disorder_type"] == "Political violence"
    assert r["source"] == "Courier; unnamed outlet" and "/home" not in r["source"]


def test_acled_csv_loads_cleanly_in_pandas_with_no_guard_in_empty_cells():
    pd = pytest.importorskip("pandas", reason="pandas is in the test extra")
    body = acled_csv(_acled_export())
    for row in csv.reader(io.StringIO(body)):
        assert "'" not in row, "an empty cell holds a lone guard character"
    df = pd.read_csv(io.StringIO(body), dtype=str, keep_default_na=False)
    assert len(df) == 1
    assert df.loc[0, "notes"].startswith("'=HYPERLINK")  # a formula is defused
    assert df.loc[0, "admin2"] == "" and df.loc[0, "assoc_actor_1"] == ""  # empty stays empty
    assert df.loc[0, "inter1"] == "1" and df.loc[0, "disorder_type"] == "Political violence"


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed (apt-get install libreoffice-calc-nogui)")
def test_acled_csv_opens_in_libreoffice_with_no_formula_and_no_stray_quote(tmp_path):
    import xml.etree.ElementTree as ET

    src = tmp_path / "events.csv"
    src.write_text(acled_csv(_acled_export()), encoding="utf-8")
    r = subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
                        "--infilter=CSV:44,34,76,1", "--convert-to", "fods", "--outdir", str(tmp_path), str(src)],
                       capture_output=True, text=True, timeout=180)
    out = tmp_path / "events.fods"
    assert out.exists(), r.stdout + r.stderr
    ns = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
          "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}
    root = ET.parse(out).getroot()
    assert not [c for c in root.iter(f"{{{ns['table']}}}table-cell") if c.get(f"{{{ns['table']}}}formula")]
    rows = []
    for tr in root.iter(f"{{{ns['table']}}}table-row"):
        cells = []
        for c in tr.findall("table:table-cell", ns):
            rep = int(c.get(f"{{{ns['table']}}}number-columns-repeated", "1"))
            cells += ["".join(p.itertext()) for p in c.findall("text:p", ns)][:1] * rep or [""] * rep
        rows.append(cells)
    header, first = rows[0], rows[1]
    got = dict(zip(header, first))
    assert got["event_type"] == "Battles" and got["inter1"] == "1" and got["admin2"] == ""
    assert all(v != "'" for v in first)
    assert "HYPERLINK" in got["notes"]  # shown as text, not run


def test_geojson_holds_only_confident_places():
    a = article("a0", "Fighting in Saraqib and in Syria.", "Courier", D(2020, 2, 3))
    from sitrep.export.jsonexport import event_json
    from sitrep.model import Place

    weak = town_place(a, "Saraqib")
    weak.confidence = 0.2
    country = Place(span(a, "Syria"), "Syria", 35.0, 38.0, "163843", "SY", precision="country", confidence=1.0)
    evs = [event_json(_event("ok", town_place(a, "Saraqib"))), event_json(_event("weak", weak)),
           event_json(_event("country", country))]
    gj = geojson({"articles": [], "events": evs})
    assert [f["id"] for f in gj["features"]] == ["ok"]
    assert gj["features"][0]["properties"]["modality"] == "asserted"


def test_brief_map_leaves_out_a_far_outlier():
    pts = [{"name": n, "lat": la, "lon": lo, "n": k} for n, la, lo, k in (
        ("Saraqib", 35.86, 36.80, 5), ("Idlib", 35.93, 36.63, 3), ("Binnish", 35.96, 36.71, 1),
        ("Aleppo", 36.20, 37.16, 2), ("Ankara", 39.92, 32.85, 2))]
    kept, out = split_outliers(pts)
    assert [p["name"] for p in out] == ["Ankara"] and len(kept) == 4
    b = make_brief({"articles": [], "events": [], "figures": []})
    assert b.points == [] and b.left_out == []


def test_acled_inter_code_of_a_bare_role_and_of_an_unknown_actor():
    from sitrep.export.formats import _inter

    assert _inter("CIVILIANS") == 7 and _inter("SYR_MIL") == 1 and _inter("unk:somebody") == "" and _inter(None) == ""


def test_acled_csv_leaves_weak_fields_blank():
    a = article("a0", "Fighting in Saraqib.", "Courier", D(2020, 2, 3))
    from sitrep.export.jsonexport import event_json

    weak = town_place(a, "Saraqib")
    weak.confidence = 0.2
    ev = _event("e1", weak, time=False)
    ev.mentions[1].actor1 = ActorRef("RUS_MIL", "Military Forces of Russia")  # the sources disagree on who
    ev.mentions[2:] = []
    e = event_json(ev)
    assert e["confidence"]["place"] < 0.5 and e["confidence"]["actor1"] < 0.5 and e["confidence"]["actor2"] >= 0.5
    (r,) = acled_rows({"articles": [], "events": [e]})
    assert r["location"] == "" and r["latitude"] == "" and r["actor1"] == "" and r["inter1"] == ""
    assert r["actor2"] == "Military Forces of Turkey" and r["inter2"] == 1 and r["time_precision"] == 3
    assert event_json(ev)["location"]["name"] == "Saraqib"  # story.json keeps the value and its confidence
    # the notes column is the summary with the weak fields said to be unknown, not the raw summary
    ev.summary = "Military Forces of Syria clashed with Military Forces of Turkey in Saraqib"
    (r,) = acled_rows({"articles": [], "events": [event_json(ev)]})
    assert "Saraqib" not in r["notes"] and "place unknown" in r["notes"]


def test_title_period_leaves_out_a_far_background_day_and_lead_puts_incidents_before_statements():
    from sitrep.stories.describe import core_days, lead_events

    days = [D(2022, 4, 8), D(2022, 4, 8), D(2022, 4, 9), D(2022, 4, 10), D(2022, 2, 24)]
    assert D(2022, 2, 24) not in core_days(days) and len(core_days(days)) == 4
    assert core_days([D(2020, 2, 3), D(2020, 2, 27)]) == [D(2020, 2, 3), D(2020, 2, 27)]
    a = article("a0", "Fighting in Saraqib.", "Courier", D(2020, 2, 3))
    talk = _event("talk", town_place(a, "Saraqib"), n=4)
    talk.event_type = "Political"
    clash = _event("clash", town_place(a, "Saraqib"), n=2)
    assert [e.id for e in lead_events([talk, clash])] == ["clash", "talk"]


def test_key_figures_leave_out_quantities_with_no_plain_name():
    export = {"articles": _arts(("a", "Daily Courier", "2020-02-10")),
              "figures": [_fig("1", "a", "people", None, 200, 999, "hundreds"),
                          _fig("2", "a", "killed", "civilians", 3, 3, "three")]}
    assert [k.label for k in key_figures(export, {"a": 1})] == ["Civilians killed"]


def test_explanations_name_a_report_without_outlet_by_title_or_date_never_by_file():
    from sitrep.stories.describe import source_name

    a = article("a0", "Text.", "", D(2020, 2, 10), title="Army pushes on along the highway")
    a.outlet, a.source_path = None, "/home/someone/news/003_abc.txt"
    assert source_name(a) == "“Army pushes on along the highway”"
    a.title = None
    assert source_name(a) == "a report of 10 Feb 2020"
    a.url = "https://www.example.org/story/1"
    assert source_name(a) == "example.org"
    a.outlet, a.wires = "Courier", ["AFP"]
    assert source_name(a) == "Courier (AFP)"


def test_totals_are_rendered_as_the_story_gives_them_never_summed_here():
    from sitrep.export.brief import total_text

    assert total_text({"what": "killed", "who": "civilians", "low": 57, "high": 57, "n_incidents": 2}) == \
        "Civilians killed over 2 distinct incident(s): 57"
    assert total_text({"what": "killed", "low": None, "high": None, "computed": False,
                       "reason": "the incidents may overlap"}).endswith("not computed (the incidents may overlap)")
    assert total_text({"text": "Deaths over 3 incidents: at least 20"}) == "Deaths over 3 incidents: at least 20"
    # a story total's own account of how it was made names each acting side's claim once, never twice
    told = total_text({"what": "killed", "best": 9, "low": 9, "high": 12, "n_incidents": 2,
                       "how": "the best count of each of 2 distinct incident(s), added; not added: 40 per XXB_MOD "
                              "(its own side's claim)",
                       "party_claims": [{"best": 40, "claimant": "XXB_MOD"}]})
    assert told.startswith("Reported deaths over 2 distinct incident(s): 9 (9–12 across claims); ")
    assert told.count("40 per XXB_MOD") == 1
    b = make_brief({"articles": [], "events": [], "figures": [],
                    "totals": [{"what": "wounded", "who": "", "low": 109, "high": 109, "n_incidents": 1}]})
    assert b.totals == ["Wounded over 1 distinct incident(s): 109"]
    assert "not computed" in make_brief({"articles": [], "events": [], "figures": []}).totals[0]


def test_the_report_lays_out_the_storys_key_figures_never_its_own_grouping():
    """story.json carries the story's key figures (stories/totals.py decides); the brief shows them as given."""
    export = {"articles": _arts(("a", "Daily Courier", "2020-02-10"), ("b", "Evening Star", "2020-02-27")),
              "figures": [_fig("1", "a", "killed", "civilians", 20, None, "at least 20"),
                          _fig("2", "b", "killed", "civilians", 4, 4, "four", "2020-02-27", "Civil Defence")]}
    grouped = {r.label: r for r in key_figures(export, {"a": 1, "b": 2})}
    assert [ln.value for ln in grouped["Civilians killed"].lines] == ["4", "at least 20"]
    # the same figures, but the story kept only one claim: the report follows the story
    export["key_figures"] = [{"what": "killed", "group": "civilians", "since": None, "n_articles": 1, "kind": "agree",
                              "story_id": "s", "claims": [{"claimant": "Civil Defence", "low": 4, "high": 4,
                                                           "as_of": "2020-02-27", "figure_id": "2", "article_id": "b",
                                                           "quoted": True}]}]
    (row,) = key_figures(export, {"a": 1, "b": 2})
    assert (row.label, row.headline, [ln.claimant for ln in row.lines]) == ("Civilians killed", "4", ["Civil Defence"])


def test_story_json_key_figures_are_the_storys(tmp_db, tmp_path):
    st, stories = _store(tmp_db)
    write_report(st, tmp_path / "out", stories)
    data = json.loads((tmp_path / "out" / "story.json").read_text())
    want = [(k.what, k.group, [c.figure_id for c in k.claims]) for s in stories for k in s.key_figures]
    assert [(k["what"], k["group"], [c["figure_id"] for c in k["claims"]]) for k in data.get("key_figures", [])] == want


def test_key_figure_labels_let_a_group_that_names_the_harm_speak_for_itself():
    from sitrep.export.brief import figure_label

    assert figure_label("displaced", "internally displaced", None)[0] == "Internally displaced"
    assert figure_label("displaced", "refugees abroad", "2022-03-01")[0] == "Refugees abroad since 1 Mar 2022"
    assert figure_label("displaced", "people", None)[0] == "People displaced"
    assert figure_label("killed", "civilians", None)[0] == "Civilians killed"
