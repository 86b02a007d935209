"""A headline that blames a named armed group for the deed the body tells with no name for its doer names the doer
(issue 16, branch `attackers9`: attack_reports5 e15, attack_reports4 d06). Sentences written for these tests; the
towns and people are made up."""
from __future__ import annotations

from test_roles import actor1_names, ann, violent  # noqa: F401  (the shared annotator fixture)

BODY = ("Six soldiers were killed on Monday when suspected militants ambushed their patrol near Velmora, an army officer, "
        "Musa Tembara, said. The attackers fled after a gun battle.")


def test_a_headline_blame_names_the_unnamed_doer_of_the_body(ann):
    evs = violent(ann, "Boko Haram blamed for Velmora ambush that killed six soldiers\n\n" + BODY)
    assert "Boko Haram" in actor1_names(evs)


def test_a_title_line_too_long_for_a_headline_names_it_as_well(ann):
    evs = violent(ann, "Boko Haram fighters blamed as six soldiers shot dead in an ambush near the town of Velmora\n\n"
                       + BODY)
    assert "Boko Haram" in actor1_names(evs)


def test_the_title_ingest_cut_off_names_it_as_well(ann):
    import datetime as dt

    from sitrep.model import VIOLENT_EVENT_TYPES
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate(BODY, DocContext("r1", published=dt.date(2023, 5, 6),
                                       title="Boko Haram blamed for Velmora ambush that killed six soldiers"))
    evs = [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]
    assert "Boko Haram" in actor1_names(evs)
