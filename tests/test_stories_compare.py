"""Figures compared per incident vs over periods, groups, unit restatements, stale lower bounds; date inference.

All text is written for these tests.
"""
from __future__ import annotations

import pytest
from storyfix import D, analysis, article, figure, retake_mention, span, town_place

from sitrep.model import ActorRef, TimeExpr
from sitrep.stories.compare import find_disagreements, fmt_value, group_of
from sitrep.stories.dates import candidate_anchors, infer_date
from sitrep.stories.merge import merge_mentions


def test_fmt_value_open_ended_reads_at_least():
    assert fmt_value(4, None) == "at least 4"
    assert fmt_value(301, None) == "at least 301"
    assert fmt_value(None, 10) == "up to 10"
    assert fmt_value(855000, 950000) == "855,000–950,000"


def test_groups_fold_names_of_one_side():
    a = article("g1", "Officials said they lost 9 soldiers.", "Courier", D(2021, 5, 4))
    assert group_of(figure(a, "9", "killed", "regime personnel", 9, 9)) == "Syrian government forces"
    assert group_of(figure(a, "9", "killed", "Syrian army soldiers", 9, 9)) == "Syrian government forces"
    assert group_of(figure(a, "9", "displaced", "residents", 9, 9)) == "people"
    own = figure(a, "9", "killed", "soldiers", 9, 9, claimant="TUR_MOD")
    assert group_of(own, a.text) == "Turkish military"  # a claimant counting its own losses


def _two_raids():
    """Two different raids, each with its own toll: different quantities, never compared."""
    a1 = article("r1", "A raid on Kafr Amin on Monday killed 5 Turkish soldiers.", "Courier", D(2021, 3, 2))
    a2 = article("r2", "A second raid on Kafr Amin on Friday killed 2 Turkish soldiers.", "Star", D(2021, 3, 6))
    f1 = figure(a1, "5", "killed", "Turkish soldiers", 5, 5)
    f2 = figure(a2, "2", "killed", "Turkish soldiers", 2, 2)
    m1 = retake_mention(a1, "raid", town_place(a1, "Kafr Amin"), D(2021, 3, 1), etype="Battles", sub="Armed clash",
                        fatalities=f1)
    m2 = retake_mention(a2, "raid", town_place(a2, "Kafr Amin"), D(2021, 3, 5), etype="Battles", sub="Armed clash",
                        fatalities=f2)
    arts = {"r1": a1, "r2": a2}
    return arts, [(f1, "r1"), (f2, "r2")], merge_mentions([m1, m2], arts)


def test_tolls_of_different_events_are_not_an_update_or_conflict():
    arts, figs, events = _two_raids()
    assert len(events) == 2
    assert find_disagreements(figs, arts, events=events) == []


def test_same_event_counted_two_ways_is_scope_not_conflict():
    a1 = article("c1", "The ambush near Kafr Amin killed six Turkish soldiers and one interpreter.", "Courier",
                 D(2021, 3, 2))
    a2 = article("c2", "The ambush at Kafr Amin left 7 Turkish military personnel dead.", "Star", D(2021, 3, 3))
    f1 = figure(a1, "six", "killed", "Turkish soldiers", 6, 6)
    f1b = figure(a1, "one", "killed", "interpreter", 1, 1)
    f2 = figure(a2, "7", "killed", "Turkish military personnel", 7, 7)
    m1 = retake_mention(a1, "ambush", town_place(a1, "Kafr Amin"), D(2021, 3, 1), sub="Armed clash", fatalities=f1)
    m1.figures = [f1.id, f1b.id]
    m2 = retake_mention(a2, "ambush", town_place(a2, "Kafr Amin"), D(2021, 3, 1), sub="Armed clash", fatalities=f2)
    arts = {"c1": a1, "c2": a2}
    events = merge_mentions([m1, m2], arts)
    assert len(events) == 1
    (d,) = find_disagreements([(f1, "c1"), (f1b, "c1"), (f2, "c2")], arts, events=events)
    assert d.kind == "scope" and "7 in all" in d.explanation and "interpreter" in d.explanation


def test_toll_of_one_event_rising_over_days_is_an_update():
    a1 = article("u1", "The blast at the depot killed 12 people.", "Courier", D(2021, 6, 1))
    a2 = article("u2", "The toll from the depot blast rose to 19.", "Star", D(2021, 6, 2))
    f1 = figure(a1, "12", "killed", "people", 12, 12)
    f2 = figure(a2, "19", "killed", "people", 19, 19)
    place1, place2 = town_place(a1, "depot"), town_place(a2, "depot")
    m1 = retake_mention(a1, "blast", place1, D(2021, 6, 1), etype="Explosions/Remote violence",
                        sub="Remote explosive/landmine/IED", fatalities=f1, actor1=None, actor2=None)
    m2 = retake_mention(a2, "blast", place2, D(2021, 6, 1), etype="Explosions/Remote violence",
                        sub="Remote explosive/landmine/IED", fatalities=f2, actor1=None, actor2=None)
    arts = {"u1": a1, "u2": a2}
    events = merge_mentions([m1, m2], arts)
    (d,) = find_disagreements([(f1, "u1"), (f2, "u2")], arts, events=events)
    assert d.kind == "update" and [v.low for v in d.values] == [12, 19]


def test_unit_restatement_in_brackets_is_not_a_conflict():
    a = article("k1", "The army said it took more than 400 square kilometres (155 square miles) this week.",
                "Courier", D(2021, 4, 9))
    f1 = figure(a, "more than 400 square kilometres", "area_km2", None, 401, None)
    f2 = figure(a, "155 square miles", "area_km2", None, 401.4, 401.4)
    assert find_disagreements([(f1, "k1"), (f2, "k1")], {"k1": a}) == []


def test_stale_lower_bound_next_to_newer_count_is_called_out():
    a1 = article("s1", "Fighting has displaced more than 200,000 people.", "Courier", D(2021, 2, 1))
    a2 = article("s2", "The UN says 450,000 residents have fled. Fighting has displaced more than 200,000 people.",
                 "Star", D(2021, 2, 20))
    f1 = figure(a1, "more than 200,000", "displaced", "people", 200001, None)
    f2 = figure(a2, "450,000", "displaced", "residents", 450000, 450000, claimant="UN")
    f3 = figure(a2, "more than 200,000", "displaced", "people", 200001, None)
    ds = find_disagreements([(f1, "s1"), (f2, "s2"), (f3, "s2")], {"s1": a1, "s2": a2})
    stale = [d for d in ds if "stale" in d.explanation]
    assert len(stale) == 1 and stale[0].explanation.startswith("Star repeats a stale figure")
    assert "first reported by Courier" in stale[0].explanation
    assert not [d for d in ds if d.kind == "conflict"]


def test_period_total_next_to_incident_tolls_is_scope():
    a1 = article("p1", "A strike on Monday killed 30 rebel fighters, the ministry said.", "Courier", D(2021, 3, 2))
    a2 = article("p2", "Officials said they lost 4 soldiers in the past week.", "Star", D(2021, 3, 8))
    f1 = figure(a1, "30", "killed", "Turkish soldiers", 30, 30)  # group chosen to meet the period figure
    f2 = figure(a2, "4", "killed", "soldiers", 4, 4, since=D(2021, 3, 1), claimant="TUR_MOD")
    ds = find_disagreements([(f1, "p1"), (f2, "p2")], {"p1": a1, "p2": a2})
    (d,) = [d for d in ds if d.kind == "scope"]
    assert "period total" in d.explanation and "30" in d.explanation


def _undated_story():
    b = article("b1", "Rebels retook Kafr Amin on Thursday, a monitor said.", "Courier", D(2021, 3, 4))
    t_b = TimeExpr(span_of(b, "Thursday"), "2021-03-04", start=D(2021, 3, 4), end=D(2021, 3, 4), precision="day",
                   anchor="dct:2021-03-04", relative=True)
    mb = retake_mention(b, "retook", town_place(b, "Kafr Amin"), D(2021, 3, 4), time=t_b)
    u = article("x1", "Kafr Amin: opposition fighters on Thursday retook the town after a night of shelling.",
                None, None)
    t_u = TimeExpr(span_of(u, "Thursday"), "XXXX-XX-XX", relative=True, anchor="unresolved")
    mu = retake_mention(u, "retook", town_place(u, "Kafr Amin"), None, prec="unknown")  # undated: no time attached
    old = article("o1", "Shelling hit the area, residents said.", "Gazette", D(2021, 2, 15))
    return b, u, old, {"b1": analysis(b, events=[mb], times=[t_b]), "x1": analysis(u, events=[mu], times=[t_u]),
                       "o1": analysis(old)}


def span_of(a, phrase):
    from storyfix import span
    return span(a, phrase)


def test_candidate_anchors_are_story_dates_and_next_days():
    b, u, old, _ = _undated_story()
    assert candidate_anchors(u, [b, u, old], None) == [D(2021, 2, 15), D(2021, 2, 16), D(2021, 3, 4),
                                                      D(2021, 3, 5)]
    assert candidate_anchors(u, [b, u, old], D(2021, 3, 1)) == [D(2021, 3, 4), D(2021, 3, 5)]


def test_undated_article_dated_where_its_relative_days_meet_the_story():
    pytest.importorskip("dateparser")
    b, u, old, ans = _undated_story()
    when = infer_date(u, ans["x1"], [old, b, u], [], ans)
    # "Thursday" meets the dated retaking only when the report is from 4 or 5 March; ties go to the earliest
    assert when == (D(2021, 3, 4), "day")


def test_among_equally_scored_dates_the_report_speaks_of_its_last_days():
    pytest.importorskip("dateparser")
    import dataclasses

    b, u, old, ans = _undated_story()
    # the same report, which also says what happened on Friday: published on Friday 5 March, not on Thursday
    u2 = dataclasses.replace(u, text=u.text + " Workers on Friday cleared the rubble.")
    assert infer_date(u2, ans["x1"], [old, b, u2], [], ans) == (D(2021, 3, 5), "day")


def test_a_report_dated_from_its_own_dates_moves_a_day_when_its_weekdays_say_so():
    pytest.importorskip("dateparser")
    b = article("c1", "Aid reached the city on March 4.", "Courier", D(2021, 3, 4))  # a Thursday
    u = article("c2", "The convoy arrived on March 4. Workers on Friday cleared the rubble.", None, None)
    t_u = TimeExpr(span_of(u, "March 4"), "2021-03-04", start=D(2021, 3, 4), end=D(2021, 3, 4), precision="day",
                   relative=False)
    ans = {"c1": analysis(b), "c2": analysis(u, times=[t_u])}
    # no event to line up (rule 5): the latest date it gives, 4 March, then the day its "Friday" names
    assert infer_date(u, ans["c2"], [b, u], [], ans) == (D(2021, 3, 5), "day")
    u3 = article("c3", "The convoy arrived on March 4. Workers cleared the rubble.", None, None)
    t_3 = TimeExpr(span_of(u3, "March 4"), "2021-03-04", start=D(2021, 3, 4), end=D(2021, 3, 4), precision="day",
                   relative=False)
    ans["c3"] = analysis(u3, times=[t_3])
    assert infer_date(u3, ans["c3"], [b, u3], [], ans) == (D(2021, 3, 4), "day")


def test_redating_leaves_a_count_date_to_the_count():
    pytest.importorskip("dateparser")
    from sitrep.stories.dates import redate

    u = article("t1", "The number killed in the strike rose to 52 on Saturday.", None, None)
    t_u = TimeExpr(span_of(u, "Saturday"), "XXXX-XX-XX", relative=True, anchor="unresolved")
    # the event layer set "Saturday" aside (it dates the count) and dated the strike by its report
    m = retake_mention(u, "strike", town_place(u, "strike"), None, prec="reported", etype="Explosions/Remote violence",
                       sub="Shelling/artillery/missile attack")
    an = analysis(u, events=[m], times=[t_u])
    redate(an, D(2021, 3, 10), u.text)
    assert (an.events[0].date_start, an.events[0].date_precision) == (D(2021, 3, 10), "reported")


def test_trying_anchors_leaves_the_analysis_as_it_was():
    pytest.importorskip("dateparser")
    import copy

    from sitrep.stories.dates import StoryDating, score_anchor

    b, u, old, ans = _undated_story()
    before = copy.deepcopy(ans["x1"])
    ctx = StoryDating([old, b], [], ans)
    for c in ctx.candidates(None):
        score_anchor(ans["x1"], u.text, c, ctx.others)
    assert ans["x1"] == before  # times (and their anchors), mentions and figures untouched
    # the shared context gives what a fresh one gives
    assert infer_date(u, ans["x1"], [old, b, u], [], ans, ctx) == infer_date(u, ans["x1"], [old, b, u], [], ans)


def test_rising_lower_bounds_and_an_unattached_toll_make_an_update():
    """'at least 12' on the day, then 'at least 15', then 19: compatible intervals, but the toll rose. The later
    toll is in a sentence the event layer did not attach it to: it joins the one event told there."""
    a1 = article("v1", "The blast at the depot killed at least 12 people.", "Courier", D(2021, 6, 1))
    a2 = article("v2", "The blast at the depot killed at least 15 people, officials said later.", "Star",
                 D(2021, 6, 1))
    a3 = article("v3", "The number of people killed in the blast at the depot has risen to 19.", "Post",
                 D(2021, 6, 3))
    f1 = figure(a1, "at least 12", "killed", "people", 12, None, as_of=D(2021, 6, 1))
    f2 = figure(a2, "at least 15", "killed", "people", 15, None, as_of=D(2021, 6, 1))
    f3 = figure(a3, "19", "killed", None, 19, 19, as_of=D(2021, 6, 3))
    ms = [retake_mention(a, "blast", town_place(a, "depot"), D(2021, 6, 1), etype="Explosions/Remote violence",
                         sub="Remote explosive/landmine/IED", fatalities=f) for a, f in ((a1, f1), (a2, f2), (a3, None))]
    arts = {"v1": a1, "v2": a2, "v3": a3}
    events = merge_mentions(ms, arts)
    assert len(events) == 1
    (d,) = find_disagreements([(f1, "v1"), (f2, "v2"), (f3, "v3")], arts, events=events)
    assert d.kind == "update"
    assert [v.low for v in d.values] == [12, 15, 19]


# ---------------------------------------------------------------- exchanges between two states

TUR = ActorRef("TUR_MIL", "Military Forces of Turkey")
TUR_GOV = ActorRef("TUR_GOV", "Government of Turkey")
SYR = ActorRef("SYR_MIL", "Military Forces of Syria")


def _exchange(weak_place: bool):
    """A clash on 1 March told by one outlet, the retaliation that week by another; each gives Syrian dead."""
    a1 = article("x1", "A clash near Kafr Amin on 1 March killed 9 Syrian soldiers.", "Courier", D(2021, 3, 2))
    a2 = article("x2", "In retaliation Ankara struck 30 targets this week and killed 55 Syrian soldiers. "
                       "Kafr Amin was quiet.", "Star", D(2021, 3, 5))
    f1 = figure(a1, "9", "killed", "Syrian soldiers", 9, 9)
    f2 = figure(a2, "55", "killed", "Syrian soldiers", 55, 55)
    m1 = retake_mention(a1, "clash", town_place(a1, "Kafr Amin"), D(2021, 3, 1), sub="Armed clash",
                        fatalities=f1, actor1=TUR, actor2=SYR)
    # the retaliation's place: borrowed from another sentence of the article, or named in its own sentence
    p2 = town_place(a2, "Kafr Amin") if weak_place else town_place(a2, "Ankara", name="Kilis", lat=36.72,
                                                                     lon=37.12, gid="443", admin1="Kilis")
    m2 = retake_mention(a2, "struck", p2, D(2021, 3, 1), prec="week", etype="Explosions/Remote violence",
                        sub="Shelling/artillery/missile attack", fatalities=f2, actor1=TUR_GOV, actor2=SYR)
    m2.date_end = D(2021, 3, 7)
    arts = {"x1": a1, "x2": a2}
    return arts, [(f1, "x1"), (f2, "x2")], merge_mentions([m1, m2], arts)


def test_tolls_of_one_exchange_between_two_states_are_compared():
    arts, figs, events = _exchange(weak_place=True)
    assert len(events) == 2  # a clash and a shelling: two events ...
    (d,) = find_disagreements(figs, arts, events=events)  # ... but one exchange, whose dead are counted twice
    assert d.kind == "conflict" and "9" in d.explanation and "55" in d.explanation


def test_tolls_of_two_placed_events_between_the_same_states_stay_apart():
    arts, figs, events = _exchange(weak_place=False)
    assert find_disagreements(figs, arts, events=events) == []


def test_a_toll_with_no_date_of_its_own_takes_the_period_of_its_clause():
    text = "Officials say they have lost 11 soldiers in the past week and claim to have killed dozens of regime troops."
    a1 = article("p1", text, "Courier", D(2021, 3, 10))
    a2 = article("p2", "Shelling on 5 March killed 60 regime troops, Ankara said.", "Star", D(2021, 3, 6))
    lost = figure(a1, "11", "killed", "soldiers", 11, 11, since=D(2021, 3, 3), claimant="TUR_GOV")
    dozens = figure(a1, "dozens", "killed", "regime troops", 24, None, claimant="TUR_GOV")
    m1 = retake_mention(a1, "killed", None, D(2021, 3, 10), prec="reported", etype="Battles", sub="Armed clash",
                        fatalities=dozens, actor1=TUR, actor2=SYR)
    f2 = figure(a2, "60", "killed", "regime troops", 60, 60, claimant="TUR_GOV")
    m2 = retake_mention(a2, "Shelling", None, D(2021, 3, 5), etype="Explosions/Remote violence",
                        sub="Shelling/artillery/missile attack", fatalities=f2, actor1=TUR, actor2=SYR,
                        time=TimeExpr(span(a2, "5 March"), "2021-03-05", "DATE", D(2021, 3, 5), D(2021, 3, 5), "day"))
    arts = {"p1": a1, "p2": a2}
    events = merge_mentions([m1, m2], arts)
    ds = find_disagreements([(lost, "p1"), (dozens, "p1"), (f2, "p2")], arts, events=events)
    scope = [d for d in ds if d.kind == "scope" and "period total" in d.explanation]
    assert len(scope) == 1 and "Syrian government forces" in scope[0].subject
    assert "60" in scope[0].explanation and "more than the period total" not in scope[0].explanation


def test_refugees_abroad_and_people_displaced_inside_are_two_populations():
    a1 = article("d1", "Since the invasion more than 3 million people have fled Ruritania, the refugee agency said.",
                 "Courier", D(2022, 4, 1))
    a2 = article("d2", "More than 6 million people have been displaced inside Ruritania, a migration agency estimates.",
                 "Star", D(2022, 4, 3))
    f1 = figure(a1, "more than 3 million", "displaced", "people", 3_000_001, None, as_of=D(2022, 4, 1),
                since=D(2022, 2, 24))
    f2 = figure(a2, "More than 6 million", "displaced", "people", 6_000_001, None, as_of=D(2022, 4, 3),
                since=D(2022, 2, 24))
    ds = find_disagreements([(f1, "d1"), (f2, "d2")], {"d1": a1, "d2": a2})
    assert [d.kind for d in ds] == ["scope"]
    assert "refugees abroad" in ds[0].explanation and "internally displaced" in ds[0].explanation


def test_headcounts_that_measure_no_outcome_are_not_compared():
    a1 = article("h1", "Thousands of people were at the station when it was hit.", "Courier", D(2022, 4, 8))
    a2 = article("h2", "Hundreds of people were at the station when it was hit.", "Star", D(2022, 4, 8))
    f1 = figure(a1, "Thousands", "people", "people", 2000, 9999)
    f2 = figure(a2, "Hundreds", "people", "people", 200, 999)
    assert find_disagreements([(f1, "h1"), (f2, "h2")], {"h1": a1, "h2": a2}) == []


def test_everyone_wounded_and_those_still_in_treatment_are_two_quantities():
    a1 = article("w1", "The governor said 120 people had been wounded in the strike.", "Courier", D(2022, 4, 9))
    a2 = article("w2", "More than 90 people were still being treated in hospital, officials said.", "Star",
                 D(2022, 4, 11))
    f1 = figure(a1, "120", "wounded", "people", 120, 120, as_of=D(2022, 4, 9))
    f2 = figure(a2, "More than 90", "in_treatment", "people", 91, None, as_of=D(2022, 4, 11))
    ds = find_disagreements([(f1, "w1"), (f2, "w2")], {"w1": a1, "w2": a2})
    assert [(d.kind, d.subject) for d in ds] == [("scope", "people wounded: total vs still in treatment")]
    assert [v.figure_id for v in ds[0].values] == [f1.id, f2.id]
    assert "everyone wounded" in ds[0].explanation and "still in treatment" in ds[0].explanation


def test_one_count_rounded_two_ways_is_not_an_update():
    a1 = article("r1", "The fighting has displaced nearly one million people.", "Courier", D(2021, 2, 1))
    a2 = article("r2", "The fighting has displaced almost 950,000 people.", "Star", D(2021, 2, 3))
    f1 = figure(a1, "nearly one million", "displaced", "people", 900000, 1000000)
    f2 = figure(a2, "almost 950,000", "displaced", "people", 855000, 950000)
    assert find_disagreements([(f1, "r1"), (f2, "r2")], {"r1": a1, "r2": a2}) == []
    # a precise count that moves clearly beyond the rounding is still an update
    a3 = article("r3", "The fighting has displaced 1.4 million people.", "Gazette", D(2021, 2, 9))
    f3 = figure(a3, "1.4 million", "displaced", "people", 1400000, 1400000)
    ds = find_disagreements([(f1, "r1"), (f2, "r2"), (f3, "r3")], {"r1": a1, "r2": a2, "r3": a3})
    assert [d.kind for d in ds] == ["update"]
