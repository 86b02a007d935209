"""The timeline scorer of bench/timeline.py on tiny hand-made timelines."""
import datetime as dt
import importlib.util
from pathlib import Path

spec = importlib.util.spec_from_file_location("tlbench", Path(__file__).resolve().parent.parent / "bench" / "timeline.py")
tl = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tl)

REF = """2020-02-03
Troops retook the town after heavy fighting.
--------------------------------
2020-02-10
Talks opened in the capital.
--------------------------------
"""


def test_read_tilse_and_perfect_score():
    ref = tl.read_tilse(REF)
    assert list(ref) == [dt.date(2020, 2, 3), dt.date(2020, 2, 10)]
    res = tl.score(ref, [ref])
    assert res["date"]["f1"] == 1.0 and res["align_m1_rouge1"]["f1"] == 1.0 and res["align_m1_rouge2"]["f1"] == 1.0


def test_off_by_one_day_gets_partial_credit():
    ref = tl.read_tilse(REF)
    sys_tl = {dt.date(2020, 2, 4): ["Troops retook the town after heavy fighting."]}
    res = tl.score(sys_tl, [ref])
    assert res["date"]["f1"] == 0.0 and res["agreement_rouge1"]["f1"] == 0.0
    assert abs(res["align_m1_rouge1"]["p"] - 0.5) < 1e-9  # weight 1 / (1 day + 1)
    assert res["concat_rouge1"]["p"] == 1.0


def test_story_json_input():
    data = {"timeline": [{"date": "2020-02-10", "precision": "day", "text": "Talks opened in the capital.",
                          "event_ids": [], "article_ids": []}]}
    res = tl.score(tl.read_story_json(data), [tl.read_tilse(REF)])
    assert res["date"]["p"] == 1.0 and res["date"]["r"] == 0.5
