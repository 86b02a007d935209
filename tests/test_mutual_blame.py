"""A report that says the two sides blame each other names no doer for the deed: each side's account names the other,
in plain "said" clauses with no denial or "accuse" verb (issue 16, branch `attackers9`: attack_reports5 e02, e13,
e19). Sentences written for these tests; the town, the group and the people are made up."""
from __future__ import annotations

from test_roles import actor1_names, ann, violent  # noqa: F401  (the shared annotator fixture)

ACCOUNTS = ("Nine villagers were killed in Tembara on Sunday, residents said. A regional official said fighters of the "
            "Crimson Front had shot the villagers in their homes. A spokesman for the group, Ade Kolo, said soldiers "
            "had killed them after an attack on their base. ")


def test_sides_that_blame_each_other_leave_the_deed_without_a_doer(ann):
    evs = violent(ann, "Nine killed in Tembara; army and rebels blame each other\n\n" + ACCOUNTS)
    assert [n for n in actor1_names(evs) if n] == []


def test_each_side_accused_the_other_leaves_no_doer_either(ann):
    evs = violent(ann, ACCOUNTS + "Each side accused the other of starting the violence.")
    assert [n for n in actor1_names(evs) if n] == []


def test_a_title_that_says_they_blame_each_other_leaves_no_doer(ann):
    import datetime as dt

    from sitrep.model import VIOLENT_EVENT_TYPES
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate(ACCOUNTS, DocContext("r1", published=dt.date(2023, 5, 6),
                                           title="Nine killed in Tembara as army and rebels trade accusations"))
    assert [n for n in actor1_names([e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]) if n] == []


def test_a_named_attacker_beside_the_doer_is_cleared_with_it(ann):
    # as events/contested_blame does: the attacker named beside the doer is one side's word too
    from sitrep.events.mutual_blame import drop_mutual_blame

    evs = violent(ann, ACCOUNTS)
    doers = [e for e in evs if e.actor1 is not None]
    assert doers
    for e in doers:
        e.associates = [e.actor1]
    drop_mutual_blame(doers, ACCOUNTS + "Each side accused the other of starting the violence.")
    assert [(e.actor1, e.associates) for e in doers] == [(None, [])] * len(doers)
