"""Story totals over distinct incidents (stories/totals.py): claims about one incident are never added."""
from __future__ import annotations

import json

import pytest
from storyfix import D, article, figure, retake_mention, town_place

from sitrep.model import ActorRef
from sitrep.stories.describe import story_summary
from sitrep.stories.merge import merge_mentions
from sitrep.stories.totals import story_totals

ARMY = ActorRef("XXA_MIL", "Military Forces of Xland")
ARMY_MOD = ActorRef("XXA_MOD", "Ministry of Defence of Xland")
CIVS = ActorRef("CIVILIANS", "Civilians")


def _strike(a, phrase, place, day, fig, actor1=ARMY):  # type: ignore[no-untyped-def]
    return retake_mention(a, phrase, place, day, fatalities=fig, actor1=actor1, actor2=CIVS,
                          sub="Shelling/artillery/missile attack", etype="Explosions/Remote violence")


def _story(ms, arts):  # type: ignore[no-untyped-def]
    by_id = {a.id: a for a in arts}
    events = merge_mentions(ms, by_id)
    return events, story_totals(events, by_id)


def test_rising_toll_of_one_strike_is_one_incident_not_a_sum():
    a1 = article("a1", "A rocket hit the market in Dorvik on Friday, killing 30 people.", "Daily Courier", D(2023, 5, 5))
    a2 = article("a2", "The death toll from the market strike rose to 52 on Saturday, the governor said.",
                 "Evening Star", D(2023, 5, 6))
    a3 = article("a3", "The number of those killed in Friday's strike has now risen to 57, the governor's office said on Monday.",
                 "Gazette", D(2023, 5, 8))
    ms = [_strike(a1, "hit", town_place(a1, "Dorvik", name="Dorvik", gid="1"), D(2023, 5, 5),
                  figure(a1, "30", "killed", None, 30, 30, as_of=D(2023, 5, 5))),
          # a toll update dated by its count's day and placed elsewhere by a dateline: still the same strike
          _strike(a2, "strike", town_place(a2, "market", name="Capital", gid="2", admin1="Other"), D(2023, 5, 6),
                  figure(a2, "52", "killed", None, 52, 52, as_of=D(2023, 5, 6)), actor1=None),
          _strike(a3, "strike", town_place(a3, "strike", name="Dorvik", gid="1"), D(2023, 5, 8),
                  figure(a3, "57", "killed", None, 57, 57, as_of=D(2023, 5, 8)), actor1=None)]
    ms[1].place_source = "article"
    events, t = _story(ms, [a1, a2, a3])
    assert len(events) >= 2  # the merge keeps them apart: the total must not add them
    assert t.n_incidents == 1
    assert (t.best, t.low, t.high) == (57, 30, 57)  # the latest toll, with the competing values as low/high
    assert "one incident" in t.how and "not added" in t.how
    summary = story_summary(events, [a1, a2, a3], 0, t)
    assert "add up" not in summary and "Reported deaths: 57 (30–57" in summary


def test_two_strikes_in_two_towns_are_added():
    a1 = article("a1", "A rocket hit the market in Dorvik on Friday, killing 3 people.", "Daily Courier", D(2023, 5, 5))
    a2 = article("a2", "Shelling hit a school in Kelmar on Sunday, killing 4 people.", "Evening Star", D(2023, 5, 7))
    ms = [_strike(a1, "hit", town_place(a1, "Dorvik", name="Dorvik", gid="1"), D(2023, 5, 5),
                  figure(a1, "3", "killed", None, 3, 3)),
          _strike(a2, "Shelling", town_place(a2, "Kelmar", name="Kelmar", gid="9", lat=36.5, lon=37.5), D(2023, 5, 7),
                  figure(a2, "4", "killed", None, 4, 4))]
    _events, t = _story(ms, [a1, a2])
    assert (t.n_incidents, t.best) == (2, 7)
    assert "added" in t.how


def test_same_place_and_day_competing_reports_are_not_added():
    a1 = article("a1", "Shelling of Dorvik killed 12 people on Friday.", "Daily Courier", D(2023, 5, 5))
    a2 = article("a2", "An attack on Dorvik killed 15 people on Friday.", "Evening Star", D(2023, 5, 5))
    ms = [_strike(a1, "Shelling", town_place(a1, "Dorvik", name="Dorvik", gid="1"), D(2023, 5, 5),
                  figure(a1, "12", "killed", None, 12, 12)),
          retake_mention(a2, "attack", town_place(a2, "Dorvik", name="Dorvik", gid="1"), D(2023, 5, 5),
                         fatalities=figure(a2, "15", "killed", None, 15, 15), actor1=ARMY, actor2=CIVS,
                         sub="Attack", etype="Violence against civilians")]
    _events, t = _story(ms, [a1, a2])
    assert t.n_incidents == 1
    assert t.best in (12, 15) and (t.low, t.high) == (12, 15)


def test_a_sides_claim_about_its_own_strike_is_labelled_not_added():
    a1 = article("a1", "The ministry said its forces neutralised 114 fighters near Kelmar.", "Daily Courier",
                 D(2023, 5, 5))
    a2 = article("a2", "A rocket hit the market in Dorvik on Friday, killing 3 people.", "Evening Star", D(2023, 5, 5))
    ms = [_strike(a1, "neutralised", town_place(a1, "Kelmar", name="Kelmar", gid="9", lat=36.5, lon=37.5), D(2023, 5, 5),
                  figure(a1, "114", "killed", None, 114, 114, claimant="XXA_MOD"), actor1=ARMY),
          _strike(a2, "hit", town_place(a2, "Dorvik", name="Dorvik", gid="1"), D(2023, 5, 5),
                  figure(a2, "3", "killed", None, 3, 3))]
    _events, t = _story(ms, [a1, a2])
    assert (t.n_incidents, t.best) == (1, 3)
    assert [i.best for i in t.party_claims] == [114]
    assert "114 per XXA_MOD (its own side's claim)" in t.how



def test_the_same_sides_claim_read_twice_is_not_added():
    """One ministry's count told in two sentences, one of them with a misread actor (the enemy as the actor):
    one claim of that side, counted once. (Before branch figures7 the story's only count, a side's count of its own
    deed, was listed apart and the total was 0; now the only count of a story is its total, labelled with its
    claimant: ``totals._only_count``.)"""
    a1 = article("a1", "The ministry said its forces neutralised 101 fighters near Kelmar. The fighters clashed.",
                 "Daily Courier", D(2023, 5, 5))
    place = town_place(a1, "Kelmar", name="Kelmar", gid="9", lat=36.5, lon=37.5)
    enemy = ActorRef("XXB_MIL", "Military Forces of Yland")
    ms = [_strike(a1, "neutralised", place, D(2023, 5, 5), figure(a1, "101", "killed", None, 101, 101, claimant="XXA_MOD"),
                  actor1=ARMY),
          _strike(a1, "clashed", place, D(2023, 5, 5), figure(a1, "101", "killed", None, 101, 101, claimant="XXA_MOD"),
                  actor1=enemy)]
    _events, t = _story(ms, [a1])
    assert t is not None and (t.n_incidents, t.best, t.party_claims) == (1, 101, [])
    assert [i.claimant for i in t.incidents] == ["XXA_MOD"]


def test_one_incident_told_twice_on_consecutive_days_is_counted_once():
    """Two reports tell the same three dead guards, one dated by "the previous day", the other by its report: one
    incident, never 3 + 3."""
    a1 = article("a1", "The ministry said on Tuesday that three Xland guards were killed in a drone strike near "
                 "Kelmar the previous day.", "Daily Courier", D(2023, 5, 2))
    a2 = article("a2", "Earlier, three Xland guards were killed in an enemy attack near Kelmar, officials said.",
                 "Evening Star", D(2023, 5, 2))
    enemy = ActorRef("XXB_MIL", "Military Forces of Yland")
    guards = ActorRef("XXA_MIL", "Military Forces of Xland")
    m1 = retake_mention(a1, "strike", town_place(a1, "Kelmar", name="Kelmar", gid="9", lat=36.5, lon=37.5),
                        D(2023, 5, 1), fatalities=figure(a1, "three", "killed", "Xland guards", 3, 3), actor1=enemy,
                        actor2=guards, sub="Air/drone strike", etype="Explosions/Remote violence")
    m2 = retake_mention(a2, "attack", town_place(a2, "Kelmar", name="Kelmar", gid="9", lat=36.5, lon=37.5),
                        D(2023, 5, 2), fatalities=figure(a2, "three", "killed", "Xland guards", 3, 3),
                        actor1=ActorRef("PER_YLAND_LEADER", "Yland's president"), actor2=guards, sub="Armed clash",
                        etype="Battles")
    _events, t = _story([m1, m2], [a1, a2])
    assert (t.n_incidents, t.best) == (1, 3)


def test_the_same_count_of_other_victims_a_day_apart_is_still_two_incidents():
    a1 = article("a1", "Three Xland guards were killed near Kelmar on Monday.", "Daily Courier", D(2023, 5, 1))
    a2 = article("a2", "Three farmers were killed near Kelmar on Tuesday.", "Evening Star", D(2023, 5, 2))
    place = dict(name="Kelmar", gid="9", lat=36.5, lon=37.5)
    m1 = _strike(a1, "killed", town_place(a1, "Kelmar", **place), D(2023, 5, 1),
                 figure(a1, "Three", "killed", "Xland guards", 3, 3))
    m2 = _strike(a2, "killed", town_place(a2, "Kelmar", **place), D(2023, 5, 2),
                 figure(a2, "Three", "killed", "farmers", 3, 3))
    _events, t = _story([m1, m2], [a1, a2])
    assert (t.n_incidents, t.best) == (2, 6)


def test_an_unattributed_count_of_a_sides_deed_relayed_with_its_claims_is_that_sides_claim():
    """A report quotes the ministry for one count of what its forces did, then tells, with no source, another
    count of enemy dead by the same side: both are the side's own claims, none added; the enemy's strike on the
    side's guards, told by the same report, is a count like any other."""
    text = ("The ministry said its forces neutralised 40 fighters near Kelmar on Monday. "
            "Last week Xland's army also killed 25 Yland soldiers near Dorvik. "
            "An Yland drone killed two Xland guards in Dorvik on Sunday.")
    a1 = article("a1", text, "Daily Courier", D(2023, 5, 2))
    yland = ActorRef("XXB_MIL", "Military Forces of Yland")
    kel = town_place(a1, "Kelmar", name="Kelmar", gid="9", lat=36.5, lon=37.5)
    dor = town_place(a1, "Dorvik", name="Dorvik", gid="1")
    ms = [_strike(a1, "neutralised", kel, D(2023, 5, 1), figure(a1, "40", "killed", None, 40, 40, claimant="XXA_MOD")),
          _strike(a1, "killed", dor, D(2023, 4, 25), figure(a1, "25", "killed", "Yland soldiers", 25, 25)),
          retake_mention(a1, "drone", dor, D(2023, 4, 30), fatalities=figure(a1, "two", "killed", "Xland guards", 2, 2),
                         actor1=yland, actor2=ARMY, sub="Air/drone strike", etype="Explosions/Remote violence")]
    _events, t = _story(ms, [a1])
    assert (t.n_incidents, t.best) == (1, 2)
    assert sorted(i.best for i in t.party_claims) == [25, 40]
    assert "25 per XXA_MOD (its own side's claim)" in t.how


def test_an_unattributed_count_of_a_sides_deed_stays_a_count_when_the_side_is_not_quoted():
    a1 = article("a1", "Last week Xland's army killed 25 Yland soldiers near Dorvik.", "Daily Courier", D(2023, 5, 2))
    ms = [_strike(a1, "killed", town_place(a1, "Dorvik", name="Dorvik", gid="1"), D(2023, 4, 25),
                  figure(a1, "25", "killed", "Yland soldiers", 25, 25))]
    _events, t = _story(ms, [a1])
    assert (t.n_incidents, t.best, t.party_claims) == (1, 25, [])


def test_no_violent_toll_no_total():
    a1 = article("a1", "Talks in Dorvik ended on Friday.", "Daily Courier", D(2023, 5, 5))
    ms = [retake_mention(a1, "Talks", town_place(a1, "Dorvik", name="Dorvik", gid="1"), D(2023, 5, 5),
                         etype="Political", sub=None)]
    _events, t = _story(ms, [a1])
    assert t is None


def test_key_figures_latest_claim_per_claimant_per_group():
    from sitrep.stories.totals import key_figures

    a1 = article("k1", "The ministry said 40 soldiers were killed. Medics said 12 civilians were killed.", "Courier",
                 D(2023, 5, 5))
    a2 = article("k2", "The ministry said 45 soldiers were killed.", "Star", D(2023, 5, 7))
    fs = [figure(a1, "40", "killed", "soldiers", 40, 40, as_of=D(2023, 5, 5), claimant="MOD"),
          figure(a1, "12", "killed", "civilians", 12, 12, as_of=D(2023, 5, 5)),
          figure(a2, "45", "killed", "soldiers", 45, 45, as_of=D(2023, 5, 7), claimant="MOD")]
    kfs = {(k.what, k.group): k for k in key_figures(fs, {"k1": a1, "k2": a2})}
    assert len(kfs) == 2  # soldiers and civilians are two groups, not one range 12-45
    soldiers = next(k for k in kfs.values() if k.claims[0].claimant == "MOD")
    assert [(c.claimant, c.low) for c in soldiers.claims] == [("MOD", 45)]  # the latest claim of the claimant
    civilians = next(k for k in kfs.values() if k is not soldiers)
    assert [(c.claimant, c.low) for c in civilians.claims] == [("Courier", 12)]


@pytest.mark.slow
def test_example_set_total_is_the_one_strike_not_a_sum(tmp_path):
    """The team's example set tells one missile strike whose toll rose from 30 to 57 across reports: the story
    total is that one incident's toll, the disagreements are kept."""
    from click.testing import CliRunner
    from conftest import EXAMPLES

    from sitrep.cli import main
    from sitrep.store.sqlite import open_store

    r = CliRunner().invoke(main, ["run", str(EXAMPLES), "--db", str(tmp_path / "x.db"), "--out", str(tmp_path / "out"),
                                  "--quiet"])
    assert r.exit_code == 0, r.output
    report = (tmp_path / "out" / "report.md").read_text()
    assert "add up" not in report and "Reported deaths: 57" in report
    # the brief's totals line renders the story's total (never "not computed" when the story made one)
    assert "Reported deaths over 1 distinct incident(s): 57" in report and "not computed" not in report
    data = json.loads((tmp_path / "out" / "story.json").read_text())
    assert [(t["best"], t["n_incidents"]) for t in data["totals"]] == [(57, 1)]
    (story,) = [s for s in open_store(tmp_path / "x.db").stories() if s.totals is not None]
    assert (story.totals.n_incidents, story.totals.best) == (1, 57)
    assert len(story.disagreements) == 5


def test_key_figures_keep_period_totals_apart_and_say_whether_claimants_agree():
    from sitrep.stories.totals import key_figures

    a1 = article("p1", "Medics said 9 civilians were killed. Since March 300 civilians were killed.", "Courier",
                 D(2023, 5, 5))
    a2 = article("p2", "Medics said 12 civilians were killed.", "", D(2023, 5, 6))
    a3 = article("p3", "Officials said 12 civilians were killed.", "", D(2023, 5, 6))
    fs = [figure(a1, "9", "killed", "civilians", 9, 9, as_of=D(2023, 5, 5)),
          figure(a1, "300", "killed", "civilians", 300, 300, as_of=D(2023, 5, 5), since=D(2023, 3, 1)),
          figure(a2, "12", "killed", "civilians", 12, 12, as_of=D(2023, 5, 6)),
          figure(a3, "12", "killed", "civilians", 12, 12, as_of=D(2023, 5, 6))]
    kfs = key_figures(fs, {a.id: a for a in (a1, a2, a3)})
    period = [k for k in kfs if k.since is not None]
    assert [(k.since, [c.low for c in k.claims], k.kind) for k in period] == [(D(2023, 3, 1), [300], "agree")]
    (count,) = [k for k in kfs if k.since is None]
    # each report with no named outlet is its own claimant; the outlet's own claims are marked unquoted
    assert sorted(c.low for c in count.claims) == [9, 12, 12] and not any(c.quoted for c in count.claims)
    assert count.kind == "incidents" and count.n_articles == 3


def test_one_report_telling_its_incident_again_is_one_incident():
    """A report names one victim, then gives the whole count with that victim in it; and tells the same count
    twice: 3 dead, not 1 + 3, and never 3 + 3."""
    text = ("Unions condemned the assassination of Mara Lind in Dorvik. "
            "Lind was killed near her home in Dorvik on Friday, along with two of her guards. "
            "The killing of Lind and her two guards shocked Dorvik.")
    a1 = article("a1", text, "Daily Courier", D(2023, 5, 6))
    place = town_place(a1, "Dorvik", name="Dorvik", gid="1")
    ms = [_strike(a1, "assassination", place, D(2023, 5, 6), figure(a1, "Mara Lind", "killed", "Mara Lind", 1, 1)),
          _strike(a1, "killed", place, D(2023, 5, 5), figure(a1, "Lind was killed near her home in Dorvik on Friday, "
                                                                "along with two", "killed", None, 3, 3)),
          _strike(a1, "killing", place, D(2023, 5, 6), figure(a1, "Lind and her two guards", "killed", None, 3, 3))]
    ms[0].date_precision = ms[2].date_precision = "reported"
    _events, t = _story(ms, [a1])
    assert (t.n_incidents, t.best) == (1, 3)


def test_two_reports_of_different_named_victims_stay_apart():
    a1 = article("a1", "The assassination of Mara Lind in Dorvik shocked the town.", "Daily Courier", D(2023, 5, 6))
    a2 = article("a2", "Tom Reyes was killed in Dorvik on Sunday.", "Evening Star", D(2023, 5, 8))
    ms = [_strike(a1, "assassination", town_place(a1, "Dorvik", name="Dorvik", gid="1"), D(2023, 5, 6),
                  figure(a1, "Mara Lind", "killed", "Mara Lind", 1, 1)),
          _strike(a2, "killed", town_place(a2, "Dorvik", name="Dorvik", gid="1"), D(2023, 5, 8),
                  figure(a2, "Tom Reyes", "killed", "Tom Reyes", 1, 1))]
    _events, t = _story(ms, [a1, a2])
    assert (t.n_incidents, t.best) == (2, 2)


def _side_story(actor1, actor2, claimant):  # type: ignore[no-untyped-def]
    """Xland's army strikes Dorvik (3 dead, counted by a monitor); a second report counts 60 dead near Kelmar,
    claimed by ``claimant``, with the sentence read as ``actor1`` acting on ``actor2``."""
    enemy = ActorRef("XXB_MIL", "Military Forces of Yland")
    a1 = article("a1", "A rocket hit the market in Dorvik on Friday, killing 3 people.", "Evening Star", D(2023, 5, 5))
    a2 = article("a2", "The ministry said 60 soldiers died in the fighting near Kelmar.", "Daily Courier", D(2023, 5, 6))
    ms = [retake_mention(a1, "hit", town_place(a1, "Dorvik", name="Dorvik", gid="1"), D(2023, 5, 5),
                         fatalities=figure(a1, "3", "killed", None, 3, 3, claimant="MONITOR"), actor1=ARMY,
                         actor2=CIVS, sub="Shelling/artillery/missile attack", etype="Explosions/Remote violence"),
          retake_mention(a2, "fighting", town_place(a2, "Kelmar", name="Kelmar", gid="9", lat=36.5, lon=37.5),
                         D(2023, 5, 6), fatalities=figure(a2, "60", "killed", None, 60, 60, claimant=claimant),
                         actor1=actor1 or enemy, actor2=actor2 or enemy, sub="Armed clash", etype="Battles")]
    return _story(ms, [a1, a2])[1]


def test_a_sides_count_of_the_other_sides_dead_is_its_claim_whoever_is_read_as_acting():
    t = _side_story(None, None, "XXA_MOD")  # the enemy misread as acting on itself
    assert (t.n_incidents, t.best) == (1, 3)
    assert [(i.best, i.claimant) for i in t.party_claims] == [(60, "XXA_MOD")]


def test_a_sides_count_of_its_own_dead_and_a_monitors_count_are_added():
    t = _side_story(None, ARMY, "XXA_MOD")  # the ministry counts its own soldiers killed
    assert (t.n_incidents, t.best, t.party_claims) == (2, 63, [])
    t = _side_story(None, None, "MONITOR")  # a monitor, no side of the fighting
    assert (t.n_incidents, t.best, t.party_claims) == (2, 63, [])


def test_an_about_n_count_is_a_claim_of_n_not_of_its_band():
    a1 = article("a1", "Gunmen have killed approximately 12 miners in Dorvik, the union said.", "Daily Courier",
                 D(2023, 5, 5))
    ms = [retake_mention(a1, "killed", town_place(a1, "Dorvik", name="Dorvik", gid="1"), D(2023, 5, 5),
                         fatalities=figure(a1, "approximately 12", "killed", None, 10, 14), actor1=None,
                         actor2=CIVS, sub="Attack", etype="Violence against civilians")]
    _events, t = _story(ms, [a1])
    assert (t.best, t.low, t.high) == (12, 12, 12)  # not 14, the top of the band the figure reads "about 12" as


def test_one_count_shared_by_two_events_placed_apart_is_one_incident():
    """A restatement took the fuller count of a later sentence (events/toll_sharing.share_fuller_tolls), and a first
    name misread as a place puts it elsewhere: the very same words counted by two events are one incident, 3 not 6."""
    text = ("The president condemned the assassination of Ornella Vask in Kelmar. "
            "Vask was killed near her home in Dorvik on Friday, along with two of her guards.")
    a1 = article("a1", text, "Daily Courier", D(2023, 5, 6))
    fig = figure(a1, "Vask was killed near her home in Dorvik on Friday, along with two", "killed", None, 3, 3)
    ms = [_strike(a1, "assassination", town_place(a1, "Kelmar", name="Kelmar", gid="9", lat=36.5, lon=37.5,
                                                  admin1="Other"), D(2023, 5, 6), fig),
          _strike(a1, "killed", town_place(a1, "Dorvik", name="Dorvik", gid="1"), D(2023, 5, 5), fig)]
    _events, t = _story(ms, [a1])
    assert (t.n_incidents, t.best) == (1, 3)


def test_equal_counts_of_different_words_in_two_places_stay_apart():
    text = ("Gunmen killed three farmers in Kelmar on Friday. "
            "In Dorvik, three guards were killed on Friday.")
    a1 = article("a1", text, "Daily Courier", D(2023, 5, 6))
    ms = [_strike(a1, "killed", town_place(a1, "Kelmar", name="Kelmar", gid="9", lat=36.5, lon=37.5, admin1="Other"),
                  D(2023, 5, 5), figure(a1, "three farmers", "killed", None, 3, 3)),
          _strike(a1, "were killed", town_place(a1, "Dorvik", name="Dorvik", gid="1"), D(2023, 5, 5),
                  figure(a1, "three guards", "killed", None, 3, 3))]
    for m in ms:
        m.place_source = "clause"  # each count placed by its own words: the report tells them apart
    _events, t = _story(ms, [a1])
    assert (t.n_incidents, t.best) == (2, 6)


def test_one_named_victim_told_twice_in_places_set_apart_is_one():
    """A report names its victim in its lead ("the Karst party spokesman") and again by surname later ("Vrell was
    shot dead"), and a misread street sets the two apart as places: one person, killed once."""
    a1 = article("a1", "Police said Tomas vrell, spokesman of the Karst party, died at once when gunmen shot him. "
                 "Vrell was shot dead outside 12 Orlen street.", "Daily Courier", D(2023, 5, 2))
    m1 = _strike(a1, "died", town_place(a1, "Karst", name="Karst", gid="31", lat=36.5, lon=37.5), D(2023, 5, 2),
                 figure(a1, "spokesman of the Karst party", "killed", "spokesman of the Karst party", 1, 1))
    m2 = _strike(a1, "shot dead", town_place(a1, "Orlen", name="Orlen", gid="32", lat=30.0, lon=31.0), D(2023, 5, 2),
                 figure(a1, "Vrell", "killed", "Vrell", 1, 1))
    m1.place_source = m2.place_source = "clause"  # each placed by its own words
    _events, t = _story([m1, m2], [a1])
    assert (t.n_incidents, t.best) == (1, 1)
