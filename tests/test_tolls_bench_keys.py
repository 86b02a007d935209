"""How bench/tolls.py reads a key's death count (templates written for this test, in MUC-4's slot form)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("bench_tolls", ROOT / "bench" / "tolls.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_dead_and_hurt_told_by_one_number_give_no_death_count():
    t = {"HUM TGT: NUMBER": ['11: "VILLAGERS"'],
         "HUM TGT: EFFECT OF INCIDENT": ['DEATH: "VILLAGERS"', 'INJURY: "VILLAGERS"']}
    assert _bench().template_counts(t, "DEATH") is None


def test_a_line_belongs_to_an_effect_by_its_first_description():
    t = {"HUM TGT: NUMBER": ['1: "DRIVER"', '40: "OTHERS" / "DRIVER"'],
         "HUM TGT: EFFECT OF INCIDENT": ['DEATH: "DRIVER"', 'INJURY: "OTHERS" / "DRIVER"']}
    b = _bench()
    assert b.template_counts(t, "DEATH") == [(1.0, 1.0, "=")]
    assert b.template_counts(t, "INJURY") == [(40.0, 40.0, "=")]


def test_separate_victims_of_one_effect_are_added():
    t = {"HUM TGT: NUMBER": ['2: "GUARDS"', '1: "JUDGE"'],
         "HUM TGT: EFFECT OF INCIDENT": ['DEATH: "GUARDS"', 'DEATH: "JUDGE"']}
    assert _bench().template_counts(t, "DEATH") == [(3.0, 3.0, "=")]
