"""Story level on hand-built model objects stored in a real (SQLite) store."""
import datetime as dt

import pytest

from sitrep.model import Article, TimeExpr
from sitrep.stories import build_stories, link_story
from sitrep.stories.cluster import ArticleKeys, cluster_articles
from sitrep.stories.compare import find_disagreements
from sitrep.stories.merge import merge_mentions
from sitrep.stories.timeline import build_timeline
from sitrep.store import open_store
from storyfix import (D, GOV, REBELS, analysis, article, entity, figure, province_place, retake_mention,
                      span, store_all, town_place)

T1 = ("Government troops retook the town of Saraqib on Monday after a night of fighting. "
      "Residents fled toward the border.")
T2 = ("Syrian army units recaptured Saraqib on Monday, state television said. "
      "The army has now retaken Saraqib, the broadcaster repeated. Fighting went on north of the town.")
T3 = ("Pro-government forces seized back a town in Idlib province on Monday, a monitor said. "
      "The monitor counted nine dead.")


def _two_outlets():
    a1 = article("a1", T1, "Daily Courier", D(2020, 2, 3))
    a2 = article("a2", T2, "Evening Star", D(2020, 2, 3))
    m1 = retake_mention(a1, "retook", town_place(a1, "Saraqib"), D(2020, 2, 3))
    m2 = retake_mention(a2, "recaptured", town_place(a2, "Saraqib"), D(2020, 2, 3))
    m2b = retake_mention(a2, "retaken", town_place(a2, "Saraqib", ) if False else town_place(a2, "Saraqib"),
                         D(2020, 2, 3), prec="reported", n=1)
    return a1, a2, [m1, m2, m2b]


def test_two_outlets_same_retaking_is_one_event_with_two_sources():
    a1, a2, ms = _two_outlets()
    evs = merge_mentions(ms, {a1.id: a1, a2.id: a2})
    assert len(evs) == 1
    e = evs[0]
    assert e.n_sources == 2 and e.n_independent_sources == 2
    assert len(e.mentions) == 3  # all mentions are kept
    assert e.date_precision == "day" and e.date_start == D(2020, 2, 3)
    assert "Saraqib" in e.summary and "Syrian government forces" in e.summary and "3 Feb 2020" in e.summary


def test_same_event_repeated_in_one_article_counts_once():
    a1, a2, ms = _two_outlets()
    evs = merge_mentions(ms[1:], {a2.id: a2})
    assert len(evs) == 1 and evs[0].n_sources == 1 and len(evs[0].mentions) == 2


def test_wire_copies_count_once():
    a1 = article("w1", T1, "Daily Courier", D(2020, 2, 3), wires=["AFP"])
    a2 = article("w2", T1 + " Updated.", "Morning Post", D(2020, 2, 3), wires=["AFP"])  # same wire text
    a3 = article("w3", T1 + " Copy.", "Gazette", D(2020, 2, 3), duplicate_of="w1")  # a known near-duplicate
    a4 = article("w4", T2, "Evening Star", D(2020, 2, 3))
    arts = {a.id: a for a in (a1, a2, a3, a4)}
    ms = [retake_mention(a, "retook", town_place(a, "Saraqib"), D(2020, 2, 3)) for a in (a1, a2, a3)]
    ms.append(retake_mention(a4, "recaptured", town_place(a4, "Saraqib"), D(2020, 2, 3)))
    (e,) = merge_mentions(ms, arts)
    assert e.n_sources == 4
    assert e.n_independent_sources == 2  # the AFP story (three copies) and Evening Star


def test_town_within_province_merges_and_different_days_do_not():
    a1 = article("a1", T1, "Daily Courier", D(2020, 2, 3))
    a3 = article("a3", T3, "Monitor Weekly", D(2020, 2, 4))
    m1 = retake_mention(a1, "retook", town_place(a1, "Saraqib"), D(2020, 2, 3))
    m3 = retake_mention(a3, "seized back", province_place(a3, "Idlib province"), D(2020, 2, 3))
    (e,) = merge_mentions([m1, m3], {a1.id: a1, a3.id: a3})
    assert e.n_sources == 2 and e.place.name == "Saraqib"  # the more precise place wins
    m4 = retake_mention(a3, "seized back", province_place(a3, "Idlib province"), D(2020, 2, 9), n=7)
    evs = merge_mentions([m1, m4], {a1.id: a1, a3.id: a3})
    assert len(evs) == 2


def test_far_places_and_clashing_actors_do_not_merge():
    a1 = article("a1", T1, "Daily Courier", D(2020, 2, 3))
    a2 = article("a2", T2, "Evening Star", D(2020, 2, 3))
    m1 = retake_mention(a1, "retook", town_place(a1, "Saraqib"), D(2020, 2, 3))
    far = town_place(a2, "Saraqib", name="Maarat al-Numan", lat=35.648, lon=36.672, gid="170592")
    m2 = retake_mention(a2, "recaptured", far, D(2020, 2, 3))  # ~27 km away
    assert len(merge_mentions([m1, m2], {"a1": a1, "a2": a2})) == 2
    m3 = retake_mention(a2, "recaptured", town_place(a2, "Saraqib"), D(2020, 2, 3),
                        actor1=REBELS, actor2=GOV, sub="Non-state actor overtakes territory")
    # a retaking by the government and a take-over by rebels on one day: not the same event
    assert len(merge_mentions([m1, m3], {"a1": a1, "a2": a2})) == 2


def test_fatalities_low_best_high():
    a1 = article("a1", T1 + " Five were killed.", "Daily Courier", D(2020, 2, 3))
    a2 = article("a2", T2 + " Seven were killed.", "Evening Star", D(2020, 2, 4))
    a3 = article("a3", T3, "Monitor Weekly", D(2020, 2, 4))
    f1 = figure(a1, "Five", "killed", None, 5, 5)
    f2 = figure(a2, "Seven", "killed", None, 7, 7)
    f3 = figure(a3, "nine", "killed", None, 9, 9)
    ms = [retake_mention(a1, "retook", town_place(a1, "Saraqib"), D(2020, 2, 3), fatalities=f1),
          retake_mention(a2, "recaptured", town_place(a2, "Saraqib"), D(2020, 2, 3), fatalities=f2),
          retake_mention(a3, "seized back", province_place(a3, "Idlib province"), D(2020, 2, 3), fatalities=f3)]
    (e,) = merge_mentions(ms, {a.id: a for a in (a1, a2, a3)})
    assert (e.fatalities_low, e.fatalities_high) == (5, 9)
    # one vote each: the most recent reports (a2, a3 of 4 Feb) win, and of those the lower value
    assert e.fatalities_best == 7
    a4 = article("a4", T1 + " Five died.", "Gazette", D(2020, 2, 3))
    ms.append(retake_mention(a4, "retook", town_place(a4, "Saraqib"), D(2020, 2, 3),
                             fatalities=figure(a4, "Five", "killed", None, 5, 5)))
    (e,) = merge_mentions(ms, {a.id: a for a in (a1, a2, a3, a4)})
    assert e.fatalities_best == 5  # two independent sources say five


# ------------------------------------------------------------------ disagreements

DISP1 = "Aid agencies said 520,000 people had been displaced since December."
DISP2 = "The UN said 700,000 people have been displaced since December."
DISP3 = ("The UN now says 900,000 people have fled since December. "
         "Earlier reports said 700,000 people had been displaced since December.")


def _disp():
    a1 = article("d1", DISP1, "Courier", D(2020, 2, 5))
    a2 = article("d2", DISP2, "Star", D(2020, 2, 12))
    a3 = article("d3", DISP3, "Post", D(2020, 2, 20))
    dec = D(2019, 12, 1)
    figs = [(figure(a1, "520,000", "displaced", "people", 520000, 520000, since=dec, claimant="aid agencies"), "d1"),
            (figure(a2, "700,000", "displaced", "people", 700000, 700000, since=dec, claimant="UN"), "d2"),
            (figure(a3, "900,000", "displaced", "people", 900000, 900000, since=dec, claimant="UN"), "d3"),
            (figure(a3, "700,000", "displaced", "people", 700000, 700000, since=dec), "d3")]
    return {a.id: a for a in (a1, a2, a3)}, figs


def test_update_chain_and_stale_figure_in_same_article():
    arts, figs = _disp()
    ds = find_disagreements(figs, arts)
    ups = [d for d in ds if d.kind == "update"]
    chain = [d for d in ups if "changes over time" in d.explanation]
    assert len(chain) == 1
    assert [v.low for v in chain[0].values] == [520000, 700000, 900000]
    assert "Courier" in chain[0].explanation and "900,000" in chain[0].explanation
    stale = [d for d in ups if "stale" in d.explanation]
    assert len(stale) == 1
    assert stale[0].explanation.startswith("Post repeats a stale figure")
    assert "700,000" in stale[0].explanation and "first reported by Star" in stale[0].explanation
    assert not [d for d in ds if d.kind == "conflict"]


def test_conflict_same_day_different_values_names_claimants():
    a1 = article("c1", "Ankara said seven soldiers were killed on Monday.", "Courier", D(2020, 2, 3))
    a2 = article("c2", "A monitor said eight soldiers died on Monday.", "Star", D(2020, 2, 4))
    f1 = figure(a1, "seven", "killed", "Turkish soldiers", 7, 7, as_of=D(2020, 2, 3), claimant="Turkish ministry")
    f2 = figure(a2, "eight", "killed", "Turkish soldiers", 8, 8, as_of=D(2020, 2, 3), claimant="war monitor")
    ds = find_disagreements([(f1, "c1"), (f2, "c2")], {"c1": a1, "c2": a2})
    (d,) = [d for d in ds if d.kind == "conflict"]
    assert "Turkish ministry" in d.explanation and "war monitor" in d.explanation
    assert "Courier" in d.explanation and "Star" in d.explanation and "3 Feb 2020" in d.explanation
    assert {v.figure_id for v in d.values} == {f1.id, f2.id}


def test_scope_different_period_and_group():
    a1 = article("s1", "In all, 13 soldiers were killed this month.", "Courier", D(2020, 2, 12))
    a2 = article("s2", "Since the operation began, 54 soldiers have died.", "Star", D(2020, 2, 28))
    a3 = article("s3", "Some 60 Turkish soldiers have died.", "Post", D(2020, 2, 28))
    f1 = figure(a1, "13", "killed", "soldiers", 13, 13, since=D(2020, 2, 1))
    f2 = figure(a2, "54", "killed", "soldiers", 54, 54, since=D(2019, 10, 9))
    f3 = figure(a3, "60", "killed", "Turkish soldiers", 54, 66)
    ds = find_disagreements([(f1, "s1"), (f2, "s2"), (f3, "s3")], {"s1": a1, "s2": a2, "s3": a3})
    scope = [d for d in ds if d.kind == "scope"]
    assert any("different periods" in d.explanation and "since 1 Feb 2020" in d.explanation for d in scope)
    assert not [d for d in ds if d.kind == "conflict"]


def test_same_value_different_outlets_is_no_disagreement():
    a1 = article("x1", "Four civilians were killed.", "Courier", D(2020, 2, 3))
    a2 = article("x2", "Four civilians died.", "Star", D(2020, 2, 3))
    ds = find_disagreements([(figure(a1, "Four", "killed", "civilians", 4, 4), "x1"),
                             (figure(a2, "Four", "killed", "civilian", 4, 4), "x2")], {"x1": a1, "x2": a2})
    assert ds == []


# ------------------------------------------------------------------ timeline

def test_timeline_ordered_by_event_date_and_grouped_by_day():
    a1 = article("t1", T1 + " Shelling hit Idlib city on Sunday.", "Courier", D(2020, 2, 10))
    a2 = article("t2", T2, "Star", D(2020, 2, 4))
    m1 = retake_mention(a1, "retook", town_place(a1, "Saraqib"), D(2020, 2, 3))
    m2 = retake_mention(a2, "recaptured", town_place(a2, "Saraqib"), D(2020, 2, 3))
    idlib = town_place(a1, "Idlib city", name="Idlib", lat=35.93, lon=36.63, gid="169389")
    m3 = retake_mention(a1, "Shelling", idlib, D(2020, 2, 3), etype="Explosions/Remote violence",
                        sub="Shelling/artillery/missile attack", actor2=None)
    m4 = retake_mention(a1, "Shelling", idlib, D(2020, 2, 2), etype="Explosions/Remote violence",
                        sub="Shelling/artillery/missile attack", actor2=None, n=2)
    m5 = retake_mention(a1, "fled", town_place(a1, "Saraqib"), D(2020, 2, 1), prec="month", etype="Protests",
                        sub="Peaceful protest", actor2=None)
    evs = merge_mentions([m1, m2, m3, m4, m5], {"t1": a1, "t2": a2})
    tl = build_timeline(evs)
    assert [(e.date, e.precision) for e in tl] == [(D(2020, 2, 1), "month"), (D(2020, 2, 2), "day"),
                                                  (D(2020, 2, 3), "day")]
    assert len(tl[2].event_ids) == 2 and set(tl[2].article_ids) == {"t1", "t2"}
    assert "Saraqib" in tl[2].text and "shelled" not in tl[0].text


# ------------------------------------------------------------------ through the store

def _arts_for_store():
    a1 = article("a1", T1, "Daily Courier", D(2020, 2, 3))
    a2 = article("a2", T2, "Evening Star", D(2020, 2, 4))
    an1 = analysis(a1, events=[retake_mention(a1, "retook", town_place(a1, "Saraqib"), D(2020, 2, 3))],
                   entities=[entity(a1, "Government troops", "SYR_GOV_FORCES")],
                   places=[town_place(a1, "Saraqib")])
    an2 = analysis(a2, events=[retake_mention(a2, "recaptured", town_place(a2, "Saraqib"), D(2020, 2, 3))],
                   entities=[entity(a2, "Syrian army", "SYR_GOV_FORCES")], places=[town_place(a2, "Saraqib")])
    return [(a1, an1), (a2, an2)]


def test_build_stories_through_store_and_incremental_ids(tmp_db):
    st = open_store(tmp_db)
    store_all(st, _arts_for_store())
    other = article("z1", "Flooding closed roads in the river valley on Tuesday.", "Valley News", D(2020, 2, 4))
    store_all(st, [(other, analysis(other))])
    stories = build_stories(st)
    st.replace_stories(stories)
    assert len(stories) == 2
    main = next(s for s in stories if "a1" in s.article_ids)
    assert main.id == "story-a1" and main.article_ids == ["a1", "a2"]
    assert len(main.events) == 1 and main.events[0].n_sources == 2
    assert "Saraqib" in main.title and main.timeline and main.summary
    # a later article on the same story joins it; the id stays
    a3 = article("a3", T3, "Monitor Weekly", D(2020, 2, 5))
    an3 = analysis(a3, events=[retake_mention(a3, "seized back", province_place(a3, "Idlib province"),
                                              D(2020, 2, 3))],
                   entities=[entity(a3, "Pro-government forces", "SYR_GOV_FORCES")],
                   places=[town_place(a3, "Idlib province", name="Saraqib")])
    store_all(st, [(a3, an3)])
    again = build_stories(st)
    st.replace_stories(again)
    main2 = next(s for s in again if "a1" in s.article_ids)
    assert main2.id == "story-a1" and set(main2.article_ids) == {"a1", "a2", "a3"}
    assert main2.events[0].n_sources == 3
    assert sorted(st.story_ids()) == sorted(s.id for s in again)
    st.close()


def test_undated_article_gets_inferred_date_from_story(tmp_db, monkeypatch):
    st = open_store(tmp_db)
    pairs = _arts_for_store()
    text = "Troops retook Saraqib on 3 February. Yesterday they pushed on toward the highway."
    u = article("u1", text, None, None)
    t_abs = TimeExpr(span(u, "3 February"), "2020-02-03", start=D(2020, 2, 3), end=D(2020, 2, 3), precision="day")
    t_rel = TimeExpr(span(u, "Yesterday"), "XXXX-XX-XX", relative=True, anchor="unresolved")
    m_abs = retake_mention(u, "retook", town_place(u, "Saraqib"), D(2020, 2, 3), time=t_abs)
    m_rel = retake_mention(u, "pushed", None, None, prec="unknown", time=t_rel, sub="Armed clash")
    anu = analysis(u, events=[m_abs, m_rel], entities=[entity(u, "Troops", "SYR_GOV_FORCES")],
                   places=[town_place(u, "Saraqib")], times=[t_abs, t_rel])
    store_all(st, pairs + [(u, anu)])

    def fake_resolve(expr, anchor):  # stands in for sitrep.nlp.time.resolve_relative
        d = anchor - dt.timedelta(days=1)
        return TimeExpr(expr.span, d.isoformat(), start=d, end=d, precision="day", relative=True)

    import sitrep.stories.dates as dates

    monkeypatch.setattr(dates, "_resolver", lambda: fake_resolve)
    stories = build_stories(st)
    (s,) = [s for s in stories if "u1" in s.article_ids]
    a = st.get_article("u1")
    assert a.published == D(2020, 2, 3) and a.published_how == "inferred" and a.published_precision == "day"
    an = st.get_analysis("u1")
    rel = [t for t in an.times if t.relative][0]
    assert rel.anchor == "story:2020-02-03" and rel.start == D(2020, 2, 2)
    redated = [m for m in an.events if m.sub_event_type == "Armed clash"][0]
    assert redated.date_start == D(2020, 2, 2) and redated.date_precision == "day"
    assert any(e.n_sources == 3 for e in s.events)  # the undated report joins the retaking event
    st.close()


def test_clustering_blocks_by_time_window():
    keys = frozenset({"a:x", "p:1", "r:sy/idlib"})
    items = [ArticleKeys("n1", 0, D(2020, 2, 3).toordinal(), keys),
             ArticleKeys("n2", 1, D(2020, 2, 5).toordinal(), keys),
             ArticleKeys("n3", 2, D(2020, 6, 5).toordinal(), keys),  # months later: another story
             ArticleKeys("n4", 3, D(2020, 2, 4).toordinal(), frozenset({"a:y"}))]
    cl = cluster_articles(items)
    assert sorted(map(sorted, cl.values())) == [["n1", "n2"], ["n3"], ["n4"]]
    assert "story-n1" in cl
    # the earlier grouping is kept and extended
    more = items + [ArticleKeys("n5", 4, D(2020, 2, 6).toordinal(), keys)]
    cl2 = cluster_articles(more, previous=cl)
    assert cl2["story-n1"] == ["n1", "n2", "n5"]


def test_link_story_without_store():
    pairs = _arts_for_store()
    ls = link_story("story-x", [a for a, _ in pairs], {a.id: an for a, an in pairs})
    assert ls.story.events and ls.story.timeline[0].date == D(2020, 2, 3)


def test_a_story_covers_a_bounded_span_of_days():
    keys = frozenset({"a:x", "p:1", "r:sy/idlib"})
    start = D(2020, 1, 1).toordinal()
    items = [ArticleKeys(f"n{i:02d}", i, start + 5 * i, keys) for i in range(40)]  # one report every 5 days
    cl = cluster_articles(items)
    spans = sorted((max(int(m[1:]) for m in ms) - min(int(m[1:]) for m in ms)) * 5 for ms in cl.values())
    assert len(cl) >= 2, "200 days of coverage is split into periods"
    assert all(s <= 90 for s in spans)
    assert sum(len(ms) for ms in cl.values()) == 40


def test_a_quiet_fortnight_does_not_split_a_story_that_shares_much():
    rich = frozenset({"p:1", "p:2", "p:3", "a:x", "a:y"})
    start = D(2020, 2, 10).toordinal()
    items = [ArticleKeys("n1", 0, start, rich),
             ArticleKeys("n2", 1, start + 16, rich)]  # 16 days later, same towns and actors: same story
    assert sorted(map(sorted, cluster_articles(items).values())) == [["n1", "n2"]]
    few = frozenset({"p:1", "a:x"})  # little in common: linked within a week, not beyond
    assert len(cluster_articles([ArticleKeys("m1", 0, start, few), ArticleKeys("m2", 1, start + 5, few)])) == 1
    assert len(cluster_articles([ArticleKeys("m1", 0, start, few), ArticleKeys("m2", 1, start + 16, few)])) == 2


def test_figures_of_an_undated_article_are_dated_by_the_story():
    from sitrep.model import Analysis, Figure, Sentence, Span, TimeExpr
    from sitrep.stories.dates import redate

    text = "Aid groups say 40,000 people have fled since last month."
    t0 = text.index("last month")
    an = Analysis(article_id="u", sentences=[Sentence(0, len(text))],
                  times=[TimeExpr(Span("u", t0, t0 + 10, "last month"), "XXXX-XX", relative=True, anchor="unresolved")],
                  figures=[Figure(id="u:f1", span=Span("u", 15, 21, "40,000"), what="displaced", low=40000, high=40000)])
    redate(an, D(2021, 5, 20), text)
    f = an.figures[0]
    assert f.as_of == D(2021, 5, 20)
    if an.times[0].start is not None:  # the time layer resolved "last month" against the story date
        assert f.since == an.times[0].start


# ---------------------------------------------------------------- merging: roads, organs of a state, report dates

def test_a_town_on_a_road_is_a_finer_place_than_the_road():
    from sitrep.model import ActorRef, Place

    a = article("rd1", "Rebels took Nayrab on Wednesday. Rebels also cut the M5 highway on Wednesday.", "Star", D(2020, 2, 27))
    road = Place(span(a, "M5 highway"), "M5 highway", 35.84, 36.83, "sup:m5", "SY", "Idlib", feature_class="R.RD",
                 precision="point", confidence=0.9)
    rebels = ActorRef("SYR_OPP", "Opposition")
    m1 = retake_mention(a, "took", town_place(a, "Nayrab", name="Al-Nayrab", lat=35.861, lon=36.742, gid="170017"),
                        D(2020, 2, 26), actor1=rebels, actor2=None, sub="Non-state actor overtakes territory")
    m2 = retake_mention(a, "cut", road, D(2020, 2, 26), actor1=rebels, actor2=None,
                        sub="Non-state actor overtakes territory")
    for order in ([m1, m2], [m2, m1]):
        (ev,) = merge_mentions(order, {"rd1": a})
        assert ev.place is not None and ev.place.name == "Al-Nayrab"


def test_a_place_an_events_own_sentence_gives_beats_the_articles_main_place():
    import dataclasses

    a1 = article("ps1", "Troops retook ground in Idlib province on Wednesday.", "Courier", D(2020, 2, 26))
    a2 = article("ps2", "Troops retook ground on Wednesday. Saraqib was quiet.", "Star", D(2020, 2, 26))
    m1 = dataclasses.replace(retake_mention(a1, "retook", province_place(a1, "Idlib province"), D(2020, 2, 26)),
                             place_source="clause")
    # the second report's sentence names no place: it borrowed the town its article is about
    m2 = dataclasses.replace(retake_mention(a2, "retook", town_place(a2, "Saraqib"), D(2020, 2, 26)),
                             place_source="article")
    for order in ([m1, m2], [m2, m1]):
        (ev,) = merge_mentions(order, {"ps1": a1, "ps2": a2})
        assert ev.place is not None and ev.place.name == "Idlib Governorate"
    # two places of the same standing: the finer one wins, as before
    m2b = dataclasses.replace(m2, place_source="sentence")
    (ev,) = merge_mentions([m1, m2b], {"ps1": a1, "ps2": a2})
    assert ev.place.name == "Saraqib"


def test_a_state_and_its_forces_are_one_side_when_merging():
    from sitrep.model import ActorRef

    a1 = article("st1", "Ankara shelled army posts near Saraqib on Monday.", "Courier", D(2020, 2, 11))
    a2 = article("st2", "Turkish forces shelled army posts near Saraqib on Monday.", "Star", D(2020, 2, 11))
    syr = ActorRef("SYR_MIL", "Military Forces of Syria")
    m1 = retake_mention(a1, "shelled", town_place(a1, "Saraqib"), D(2020, 2, 10), etype="Explosions/Remote violence",
                        sub="Shelling/artillery/missile attack", actor1=ActorRef("TUR_GOV", "Government of Turkey"),
                        actor2=syr)
    m2 = retake_mention(a2, "shelled", town_place(a2, "Saraqib"), D(2020, 2, 10), etype="Explosions/Remote violence",
                        sub="Shelling/artillery/missile attack", actor1=ActorRef("TUR_MIL", "Military Forces of Turkey"),
                        actor2=syr)
    assert len(merge_mentions([m1, m2], {"st1": a1, "st2": a2})) == 1
    m3 = retake_mention(a2, "shelled", town_place(a2, "Saraqib"), D(2020, 2, 10), etype="Explosions/Remote violence",
                        sub="Shelling/artillery/missile attack", actor1=ActorRef("SYR_OPP", "Opposition"), actor2=syr)
    assert len(merge_mentions([m1, m3], {"st1": a1, "st2": a2})) == 2  # rebels of the same country are not the state


def test_a_mention_dated_by_its_report_joins_the_event_nearest_the_report():
    a1 = article("rp1", "Last week the army took Saraqib. On Monday the army took Saraqib's outskirts.", "Courier",
                 D(2020, 2, 11))
    a2 = article("rp2", "The army took Saraqib, a commander said.", "Star", D(2020, 2, 10))
    week = retake_mention(a1, "took", town_place(a1, "Saraqib"), D(2020, 2, 3), prec="week")
    week.date_end = D(2020, 2, 9)
    monday = retake_mention(a1, "took Saraqib's", town_place(a1, "Saraqib"), D(2020, 2, 10))
    reported = retake_mention(a2, "took", town_place(a2, "Saraqib"), D(2020, 2, 10), prec="reported")
    events = merge_mentions([week, monday, reported], {"rp1": a1, "rp2": a2})
    joined = next(e for e in events if any(m.article_id == "rp2" for m in e.mentions))
    assert joined.date_start == D(2020, 2, 10)
