"""People whose first deed counts nothing ("were beaten") and whose conjoined verb, with no subject of its own, tells
their hurt or their care ("and were being treated in a clinic") are counted by that verb (issue 16, branch
`attackers9`: attack_reports5 e25). Sentences written for these tests; the town and people are made up."""
from __future__ import annotations

from test_figures import figs, nlp, one  # noqa: F401  (the shared pipeline fixture)


def test_beaten_and_being_treated_are_people_in_care(nlp):
    fs = figs(nlp, "Soldiers shot dead four herders near Dunmarrow. Two others were beaten and were being treated "
                   "in a clinic.")
    assert one(fs, "Two").what == "in_treatment"


def test_beaten_and_wounded_are_wounded(nlp):
    fs = figs(nlp, "Gunmen raided a farm near Dunmarrow. Three workers were beaten and badly wounded.")
    assert one(fs, "Three").what == "wounded"


def test_beaten_and_being_treated_after_a_killing_are_its_wounded():
    import datetime as dt

    from sitrep.model import VIOLENT_EVENT_TYPES
    from sitrep.nlp.annotate import Annotator, DocContext

    an = Annotator().annotate("Soldiers shot dead four herders near Dunmarrow on Tuesday, a villager said. Two others "
                              "were beaten and were being treated in a clinic.", DocContext("r1", dt.date(2023, 5, 6)))
    by_id = {f.id: f for f in an.figures}
    hurt = [by_id[i].low for e in an.events if e.event_type in VIOLENT_EVENT_TYPES for i in e.figures
            if i in by_id and by_id[i].what == "wounded"]
    assert hurt == [2]
