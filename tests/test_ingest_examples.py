"""The team's example set (examples/): every shape it imitates is read as its README says."""
import datetime as dt
import os
from pathlib import Path

import pytest

import conftest
from sitrep.ingest import ingest_paths
from sitrep.store import open_store

# SITREP_EXAMPLES points at the example set when this checkout does not have it yet
EXAMPLES = Path(os.environ.get("SITREP_EXAMPLES", conftest.EXAMPLES))
pytestmark = pytest.mark.skipif(not (EXAMPLES / "01_wire_header.txt").is_file(), reason="examples/ not present")


@pytest.fixture(scope="module")
def arts(tmp_path_factory):
    store = open_store(str(tmp_path_factory.mktemp("ex") / "s.db"))
    files = sorted(str(p) for p in EXAMPLES.glob("0*") if p.is_file())
    rep = ingest_paths(store, files)
    assert not rep.errors, rep.errors
    out = {}
    for a in store.articles():
        out.setdefault(Path(a.source_path).name, []).append(a)
    store.close()
    return out


def test_every_shape(arts):
    assert sum(len(v) for v in arts.values()) == 10
    (fr,) = arts["07_french.txt"]
    assert fr.status == "skipped" and fr.language == "fr"
    (a,), (b,) = arts["05_wire_copy_site_a.txt"], arts["06_wire_copy_site_b.txt"]
    assert b.status == "duplicate" and b.duplicate_of == a.id and a.wires == b.wires == ["AFP"]
    (page,) = arts["08_page.html"]
    assert page.published == dt.date(2022, 4, 9) and page.published_how == "html-meta"
    assert page.outlet and page.byline and "cookies" not in page.text and "Privacy" not in page.text
    assert [x.published for x in arts["09_followups.jsonl"]] == [dt.date(2022, 4, 10), dt.date(2022, 4, 12)]
    (undated,) = arts["02_undated_dateline.txt"]
    assert undated.published is None and undated.published_how == "unknown"
    assert undated.wires == ["AP", "Reuters"] and undated.dateline.startswith("KRAMATORSK")
    (rep,) = arts["04_repeated_block.txt"]
    assert len(rep.text) < 0.6 * len(rep.raw_text) and any(r.reason == "repeat" for r in rep.removed)
    (junk,) = arts["03_junk_page.txt"]
    assert junk.wires == ["AFP"] and junk.published == dt.date(2022, 4, 9)
    for bad in ("You are here", "voted", "Add new comment", "human visitor", "emailed", "Read:", "(AFP photo)"):
        assert bad not in junk.text
    (first,) = arts["01_wire_header.txt"]
    assert first.published == dt.date(2022, 4, 8) and "agencies" in first.wires and "(AFP)" not in first.text
