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


def _fig(low, high, hedge=None, text="", start=0):  # type: ignore[no-untyped-def]
    from sitrep.model import Figure, Span

    return Figure(id="t:f1", span=Span("t", start, start + 2, text[start:start + 2]), what="killed", low=low,
                  high=high, hedge=hedge)


def test_a_bound_on_a_round_ten_keys_the_exact_counts_it_may_round_down():
    """"More than 40 killed" (low 41) in a province-wide report and the UN's 42 share a toll key; an exact count
    keys itself only, and a bound on no round ten ("at least 23") keys its own count only."""
    from sitrep.stories.cluster import toll_keys

    assert "k:cd:42" in toll_keys("CD", _fig(41.0, None, "gt"))
    assert toll_keys("CD", _fig(42.0, 42.0)) == {"k:cd:42"}
    assert toll_keys("CD", _fig(23.0, None, "ge")) == {"k:cd:23"}


def test_a_province_report_more_than_forty_joins_the_story_of_the_uns_forty_two():
    """Two reports a day apart that share only their region, their event type in it and one toll told two ways
    ("more than 40", 42) are one story; two exact counts of one ten (41, 42) are not."""
    from sitrep.stories.cluster import ArticleKeys, StoryClusterer, toll_keys

    region = frozenset({"c:cd", "r:cd/ituri", "e:violence against civilians:ituri"})
    for first, joined in ((_fig(41.0, None, "gt"), True), (_fig(41.0, 41.0), False)):
        cl = StoryClusterer()
        a = cl.add(ArticleKeys("a", 0, 739480, region | toll_keys("CD", first)))
        b = cl.add(ArticleKeys("b", 1, 739481, region | toll_keys("CD", _fig(42.0, 42.0))))
        assert (a == b) is joined


def test_a_toll_carried_to_its_count_by_a_verb_is_a_running_toll():
    """"..., bringing the toll to 11" names the running toll as a "rose to" does."""
    from sitrep.events.toll import is_toll_update_figure

    text = "One of the injured died in hospital on Tuesday, bringing the toll to 11. A later count of 11 was kept."
    assert is_toll_update_figure(_fig(11.0, 11.0, text=text, start=text.index("11")), text)
    assert not is_toll_update_figure(_fig(11.0, 11.0, text=text, start=text.rindex("11")), text)


def test_a_later_report_whose_count_is_carried_to_the_toll_is_the_latest_toll(tmp_path):
    """A forum's "mourns the 11 killed ... One of the injured died ..., bringing the toll to 11" after officials'
    "has risen to 10": the 11 is the latest toll (told as carried to it), not a plain count outvoted by the update."""
    t = _story(tmp_path, [
        ("August 3, 2025", "IMPHAL (Reuters) — Armed men attacked a village near Moreh in India's Manipur state late "
                           "on Saturday, killing at least five people, police said."),
        ("August 4, 2025", "IMPHAL — The number of people killed in the attack on a village near Moreh on Saturday "
                           "night has risen to 9, district officials said on Monday."),
        ("August 7, 2025", "IMPHAL — A rights group in the state mourns the 10 people killed in the attack on a "
                           "village near Moreh on Saturday night. One of the injured died in hospital on Wednesday, "
                           "bringing the toll to 10, the group said."),
    ])
    assert [t0["best"] for t0 in t] == [10.0]
