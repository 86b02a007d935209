"""The figures of the five seed reports (../shared/seeds), through the real Annotator.

Checks values, not sentences: the seed texts stay outside the project.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from conftest import SEEDS as _SEEDS
from conftest import needs_seeds

# SITREP_SEEDS points at the seeds from a git worktree that is not beside ../shared
SEEDS = Path(os.environ["SITREP_SEEDS"]) if os.environ.get("SITREP_SEEDS") else _SEEDS
pytestmark = needs_seeds if not os.environ.get("SITREP_SEEDS") else pytest.mark.skipif(
    not SEEDS.is_dir(), reason=f"SITREP_SEEDS={SEEDS} is not a folder"
)


@pytest.fixture(scope="module")
def seed_figures():
    from sitrep.nlp.annotate import Annotator, DocContext

    ann = Annotator()
    out = {}
    for p in sorted(SEEDS.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        m = re.search(r"\b(20\d\d-\d\d-\d\d)\b", text)
        pub = dt.date.fromisoformat(m.group(1)) if m else None
        an = ann.annotate(text, DocContext(p.stem, published=pub))
        for f in an.figures:
            assert text[f.span.start : f.span.end] == f.span.text
            if f.low is not None and f.high is not None:
                assert f.low <= f.high
        out[p.stem] = an.figures
    return out


def _all(seed_figures):
    return [f for fs in seed_figures.values() for f in fs]


def test_displacement_counts_have_bounds(seed_figures):
    disp = [f for f in _all(seed_figures) if f.what == "displaced"]
    exact = [f for f in disp if f.low == f.high == 700_000]
    assert exact and exact[0].who == "civilians" and exact[0].background
    near = [f for f in disp if f.high == 950_000]
    assert near and near[0].low is not None and near[0].low < 950_000
    million = [f for f in disp if f.high == 1_000_000]
    assert million and million[0].low is not None and million[0].low < 1_000_000
    over_half = [f for f in disp if f.low == 500_001 and f.high is None]
    assert len(over_half) >= 2  # two reports say "over/more than half a million"


def test_killed_counts(seed_figures):
    fs = _all(seed_figures)
    killed = [f for f in fs if f.what == "killed"]
    personnel = [f for f in killed if f.low == f.high == 101]
    assert personnel and any("personnel" in (f.who or "") or "soldiers" in (f.who or "") for f in personnel)
    assert any(f.low == f.high == 13 and "Turkish" in (f.who or "") for f in killed)
    assert any(f.low == 4 and f.high is None and f.who == "civilians" for f in killed)
    assert any(f.low == 301 and f.high is None for f in killed)
    assert any(f.low == 40 and f.high is None for f in killed)  # "scores of" troops


def test_things_area_population(seed_figures):
    fs = _all(seed_figures)
    assert any(f.what == "targets_hit" and f.low == f.high == 115 for f in fs)
    assert any(f.what == "area_km2" and f.low == 601 for f in fs)
    assert any(f.what == "observation_posts" and f.low == 12 for f in fs)
    pop = [f for f in fs if f.what == "population"]
    assert pop and all(f.background for f in pop)
    # no figure is a year, a date part or an age
    assert not any(f.span.text in ("2012", "2018", "2020") or "year" in f.span.text for f in fs)
