"""Story figures that never double count (issue 16, branch stories6; the causes of the first read of
tests/data/story_sets6 and of story_sets5 s01, on reports written for these tests with made-up people and incidents)."""
from __future__ import annotations

from test_story_sets5 import _story  # the pipeline over reports written for a test: story.json's totals


def test_a_siege_stormed_the_next_morning_is_one_incident(tmp_path):
    """Sunday's "at least three" killed when gunmen seized a church, and Monday's storming "in a siege that left 11
    people dead" after worshippers were held for almost 18 hours: one incident of 11, never 3 + 11."""
    t = _story(tmp_path, [
        ("July 6, 2025", "BAMENDA, Cameroon (AP) — Gunmen stormed a church in the town of Kumbo in Cameroon's "
                         "North-West region during Sunday morning service, killing at least three people and taking "
                         "dozens hostage, police said."),
        ("July 7, 2025", "YAOUNDE (AFP) — Cameroonian troops stormed a church in Kumbo early on Monday and freed 30 "
                         "worshippers who had been held hostage for almost 18 hours, the army said, in a siege that "
                         "left 11 people dead. Eight hostages and a police officer were killed during the siege, and "
                         "two of the gunmen were shot dead when soldiers entered the building, an army spokesman said."),
    ])
    assert [(t0["best"], len(t0["incidents"])) for t0 in t] == [(11.0, 1)]


def test_a_province_wide_count_rounded_down_is_no_lower_toll_than_the_exact_count(tmp_path):
    """A first "at least 23", the governor's exact 42 and a later "more than 40 ... in the province last week": one count rounded down,
    so the total is 42, not 41."""
    t = _story(tmp_path, [
        ("May 8, 2025", "N'DJAMENA (AFP) — At least 23 people were killed on Thursday in clashes between herders and "
                        "farmers in villages near Goré, in Chad's Logone Oriental province, a local official said."),
        ("May 10, 2025", "MOUNDOU, Chad — The governor of Logone Oriental province said on Saturday that 42 people "
                         "had been killed in Thursday's clashes between herders and farmers near Goré."),
        ("May 15, 2025", "N'DJAMENA — More than 40 people were killed in clashes between herders and farmers in "
                         "Logone Oriental province last week, an aid group said on Thursday."),
    ])
    assert [t0["best"] for t0 in t] == [42.0]


def test_continues_needs_the_same_place_consecutive_days_and_a_count_no_smaller():
    """Nine killed on Monday and six on Tuesday at one place are two days' own dead, never one deed; a count of
    the whole so far (larger) on the next day is."""
    import datetime as dt

    from sitrep.model import ActorRef, Article, Event, EventMention  # noqa: F401
    from sitrep.stories.continued import continues

    army, rebels = ActorRef("TCD_MIL", "Military Forces of Chad"), ActorRef("REB", "Rebels")

    def ev(day):  # type: ignore[no-untyped-def]
        e = Event.__new__(Event)
        e.actor1, e.actor2, e.mentions = rebels, army, []
        return e

    d1, d2 = dt.date(2025, 6, 2), dt.date(2025, 6, 3)
    assert continues((d1, 9.0, "p", [ev(d1)]), (d2, 15.0, "p", [ev(d2)]), [d1], {})
    assert not continues((d1, 9.0, "p", [ev(d1)]), (d2, 6.0, "p", [ev(d2)]), [d1], {})
    assert not continues((d1, 9.0, "p", [ev(d1)]), (d2, 15.0, "q", [ev(d2)]), [d1], {})
    assert not continues((d1, 9.0, "p", [ev(d1)]), (dt.date(2025, 6, 5), 15.0, "p", [ev(d2)]), [d1], {})
