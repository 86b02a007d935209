"""The day of a proceeding about a deed (branch `dates36`; date_reports24 h09, date_reports25 i10), on sentences
written for these tests with made-up names: a trial's, a hearing's or a funeral's day ("Jury selection began Monday in
the trial of a man charged with killing ...") dates no deed told under it (events/date/sort_times._proceeding_day) and
is no day of the incident lent to its undated acts (events/incident_date.told_days); a lead that opens a trial makes a
court report, whose undated deeds take the case's dated deed's day (events/court_report, events/trial_day). Blank
beats wrong: no deed of the report takes the trial's day."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


def _violent_days(ann, text, published):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=published))
    return {e.date_start for e in an.events if e.event_type != "Political" and e.modality == "asserted"
            and e.date_precision != "reported"}  # (an undated deed carries the report's day, told "reported")


def test_jury_selection_day_is_not_the_shooting_day(ann):
    text = ("DAYTON, Ohio (AP) — Jury selection began Monday in the trial of a woman charged with killing two men in "
            "a shooting outside a bowling alley in Dayton.\n\nProsecutors say Corinne Vasek, 31, fired six shots "
            "from her car on Feb. 14, 2025, killing Dorian Pelk, 22, and Amos Rudd, 25. A third man was wounded.\n\n"
            "Vasek has pleaded not guilty. Opening statements are expected next week.")
    assert D(2026, 3, 9) not in _violent_days(ann, text, D(2026, 3, 10))


def test_testimony_day_is_not_the_shooting_day(ann):
    text = ("TULSA, Okla. (AP) — Testimony began Wednesday in the trial of a man accused of killing two people "
            "when he fired into a crowd outside a bar in north Tulsa.\n\nProsecutors told jurors that Wendell Sparr, "
            "40, opened fire after a quarrel on Oct. 2, 2024, killing Mina Holt, 52, and her son.\n\nThe trial is "
            "expected to last a week.")
    assert D(2026, 5, 13) not in _violent_days(ann, text, D(2026, 5, 14))


def test_funeral_day_is_not_the_killing_day(ann):
    text = ("The funeral of a farmer who was shot dead in a land dispute was held on Sunday in the village of "
            "Korvash. Relatives said Tomas Brelin, 58, was killed by neighbours last month.")
    assert D(2026, 7, 5) not in _violent_days(ann, text, D(2026, 7, 6))


def test_a_deed_at_a_funeral_keeps_its_day(ann):
    text = "Gunmen opened fire on mourners attending a funeral in the village of Dravetsi on Sunday, killing three."
    assert _violent_days(ann, text, D(2026, 7, 6)) == {D(2026, 7, 5)}
