"""The newsness check: licences, code, tables and logs are stored as skipped with a reason; news, short or not, is kept.

Every text here was written for this test.
"""
import json
from contextlib import closing

import pytest

from sitrep.ingest import ingest_paths
from sitrep.ingest.newsness import FEATURES, features, model, news_score, not_news_reason
from sitrep.resources import data_path
from sitrep.store import open_store

LICENCE = (
    "Lantern Tools Licence, version 2\n\n"
    "Copyright the Lantern contributors.\n\n"
    "Redistribution and use of this software, with or without modification, is permitted under the conditions "
    "below. Each contributor grants you a royalty-free licence under the copyright it holds.\n\n"
    "1. A redistribution of the source must keep this notice and the disclaimer below.\n"
    "2. The names of the contributors may not be used to promote derived products without permission.\n\n"
    "THE SOFTWARE IS PROVIDED WITHOUT WARRANTY OF ANY KIND. IN NO EVENT SHALL THE LICENSOR OR ANY CONTRIBUTOR BE "
    "LIABLE FOR ANY DAMAGES ARISING FROM THE USE OF THE SOFTWARE, HOWEVER CAUSED.\n"
)
CODE = (
    "import os\n"
    "from pathlib import Path\n\n\n"
    "def count_lines(folder: str) -> dict[str, int]:\n"
    "    \"\"\"Number of lines of each text file in folder.\"\"\"\n"
    "    out = {}\n"
    "    for p in sorted(Path(folder).glob('*.txt')):\n"
    "        with open(p, encoding='utf-8') as f:\n"
    "            out[p.name] = sum(1 for _ in f)\n"
    "    return out\n\n\n"
    "if __name__ == '__main__':\n"
    "    print(count_lines(os.getcwd()))\n"
)
CSV = (
    "station,date,rain_mm,max_temp_c,min_temp_c\n"
    "Dunmore,2021-03-01,4.2,11.5,3.1\n"
    "Dunmore,2021-03-02,0.0,12.8,2.4\n"
    "Carlow North,2021-03-01,6.9,10.2,4.0\n"
    "Carlow North,2021-03-02,1.1,11.9,3.3\n"
    "Linden Bridge,2021-03-01,3.5,11.1,2.9\n"
)
LOG = (
    "2021-03-01 10:02:11 INFO worker-3 started job 8812 (queue=default)\n"
    "2021-03-01 10:02:12 DEBUG worker-3 fetched 120 rows in 0.04 s\n"
    "2021-03-01 10:02:15 WARNING worker-3 retrying upload to /var/spool/out/8812.json (attempt 2)\n"
    "2021-03-01 10:02:19 ERROR worker-3 upload failed: connection reset by peer\n"
    "2021-03-01 10:02:19 INFO worker-3 job 8812 requeued\n"
)
BRIEF = (
    "Two men were arrested on Tuesday after a fire destroyed a warehouse on the edge of Carlow, police said. "
    "Nobody was hurt in the blaze, which firefighters took four hours to put out."
)
SNIPPET = "Rebel fighters seized the hill town of Varenka from government troops after two days of clashes"
CAPS_WIRE = (
    "DUNMORE, 4 MAR 90 -- A BOMB EXPLODED LAST NIGHT OUTSIDE THE OFFICES OF A LOCAL NEWSPAPER, INJURING TWO GUARDS, "
    "POLICE SOURCES SAID. THE ATTACK HAS NOT BEEN CLAIMED BY ANY GROUP."
)
LONG_NEWS = (
    "Heavy rain caused the Linden river to burst its banks overnight, flooding low streets in the old town. "
    "Emergency crews moved about three hundred residents to a sports hall, the mayor said on Tuesday.\n\n"
    "Forecasters expect more rain on Wednesday, and the army has sent two boats to help with rescues. "
    "Schools in the district will stay shut until the water recedes, according to the education office.\n\n"
    "Power was cut to several hundred homes as a precaution, the local utility company said in a statement."
)


def test_model_matches_the_features_and_has_a_manifest():
    m = model()
    assert m.names == FEATURES and len(m.weights) == len(FEATURES)
    assert 0 < m.short_threshold <= m.threshold <= 0.5
    man = json.loads(data_path("models/newsness.manifest.json").read_text(encoding="utf-8"))
    assert man["seed"] == 13 and man["cv_scores"]["skip_precision"] > 0.95
    assert man["cv_scores"]["news_skipped"] <= 0.002 * man["cv_scores"]["news_total"]
    assert len(features("")) == len(FEATURES)  # an empty text has features too


@pytest.mark.parametrize("text, says", [
    (LICENCE, "licence or legal text"), (CODE, "source code"), (CSV, "table"), (LOG, "reads as"),
])
def test_other_text_is_not_news_and_the_reason_says_what_it_is(text, says):
    why = not_news_reason(text)
    assert why is not None and why.startswith("not a news report (reads as "), news_score(text)
    assert says in why


@pytest.mark.parametrize("text", [BRIEF, SNIPPET, CAPS_WIRE, LONG_NEWS])
def test_news_short_or_long_is_kept(text):
    assert not_news_reason(text) is None, news_score(text)
    assert news_score(text) > model().threshold_for(len(text.split()))


def test_news_with_a_list_or_a_quote_of_terms_is_kept():
    # a report may quote a contract or list figures; running prose with reporting around them is still news
    text = (
        "The port authority said on Monday that the new lease, signed with a shipping firm last week, runs for "
        "twenty years. Under its terms the firm shall pay a yearly fee and any disputes go to a court in Dunmore, "
        "an official told reporters. Dock workers said they had not been consulted before the deal was signed."
    )
    assert not_news_reason(text) is None, news_score(text)


@pytest.fixture
def store(tmp_db):
    with closing(open_store(tmp_db)) as s:
        yield s


def test_folder_with_a_licence_stores_it_as_skipped_with_its_reason(tmp_path, store):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "LICENSE.txt").write_text(LICENCE)
    (folder / "data.txt").write_text(CSV)
    (folder / "brief.txt").write_text(BRIEF)
    rep = ingest_paths(store, [str(folder)])
    assert not rep.errors and len(rep.stored) == 3
    assert sorted(e.source.rsplit("/", 1)[-1] for e in rep.skipped) == ["LICENSE.txt", "data.txt"]
    assert all(e.problem.startswith("not a news report") for e in rep.skipped)
    by_path = {a.source_path.rsplit("/", 1)[-1]: a for a in store.articles()}
    assert by_path["brief.txt"].status == "ok" and by_path["brief.txt"].status_reason is None
    lic = by_path["LICENSE.txt"]
    assert lic.status == "skipped" and lic.status_reason.startswith("not a news report")
    rows = {r["id"]: r for r in store.article_rows()}
    assert rows[lic.id]["status"] == "skipped" and rows[lic.id]["status_reason"] == lic.status_reason


def test_jsonl_brief_without_title_ending_in_a_fragment_is_stored(tmp_path, store):
    p = tmp_path / "x.jsonl"
    text = "Two men were arrested on Tuesday after a shop in Carlow was set on fire overnight, police said. Report 2"
    p.write_text(json.dumps({"text": text}) + "\n")
    rep = ingest_paths(store, [str(p)])
    assert not rep.errors and len(rep.stored) == 1
    (a,) = list(store.articles())
    assert a.status == "ok" and a.text == text and a.title is None


def test_nul_characters_are_stripped_at_ingest(tmp_path, store):
    p = tmp_path / "x.jsonl"
    rec = {"title": "Bridge\x00 reopens", "url": "https://news.example.org/bri\x00dge", "text": LONG_NEWS[:120] + "\x00"
           + LONG_NEWS[120:]}
    p.write_text(json.dumps(rec) + "\n")
    rep = ingest_paths(store, [str(p)])
    assert not rep.errors and len(rep.stored) == 1
    (a,) = list(store.articles())
    assert a.title == "Bridge reopens" and a.url == "https://news.example.org/bridge"
    assert "\x00" not in a.text and a.text == LONG_NEWS


def _articles_of(folder):
    from sitrep.ingest.article import build_article
    from sitrep.ingest.inputs import iter_inputs
    from sitrep.ingest.records import Record

    return [build_article(r) for r in iter_inputs([str(folder)]) if isinstance(r, Record)]


def test_bundled_examples_are_all_news():
    from conftest import EXAMPLES

    arts = _articles_of(EXAMPLES)
    assert len(arts) >= 8
    for a in arts:
        assert a.status_reason is None or a.status_reason.startswith("not English"), (a.source_path, a.status_reason)


def test_seeds_are_all_news():
    from conftest import SEEDS

    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout (only the team's machines have it)")
    arts = _articles_of(SEEDS)
    assert arts and all(a.status == "ok" for a in arts), [(a.source_path, a.status_reason) for a in arts]
