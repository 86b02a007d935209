"""Story figures that never double count (issue 16, part 3, branch stories4; the causes of the first read of
tests/data/story_sets4, on sentences written for these tests with made-up people and incidents): people "forced
from their homes" are displaced, ..."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2025, 5, 6)  # a Tuesday


def _figures(ann, text, what):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("t1", published=PUB))
    return [(f.low, f.high) for f in an.figures if f.what == what]


def test_forced_or_driven_from_their_homes_is_displaced(ann):  # noqa: F811
    assert _figures(ann, "The storm forced nearly 40,000 from their homes, officials said on Monday.",
                    "displaced") == [(36000.0, 40000.0)]
    assert _figures(ann, "Some 12,000 villagers have been driven from their homes by the fighting, the agency said.",
                    "displaced") == [(10800.0, 13200.0)]
    # forced to do something, or driven from a town, is no displacement
    text = "The strike forced 300 workers to stop, and the army drove 200 fighters from the town."
    assert _figures(ann, text, "displaced") == []


def test_a_sides_count_of_its_own_deed_is_never_the_best_beside_anothers_count():
    """The army's "killed more than 150 fighters" told in two reports, a doctors' group's "at least 41 killed" of
    the same battle in a third: one incident whose best is the doctors' count, the army's boast a claim (its high)."""
    from storyfix import D, article, figure, retake_mention, town_place

    from sitrep.model import ActorRef
    from sitrep.stories.merge import merge_mentions
    from sitrep.stories.totals import story_totals

    army, rebels = ActorRef("XXA_MIL", "Military Forces of Xland"), ActorRef("XXR", "Xland Liberation Front")
    a1 = article("a1", "The army said its troops killed 150 fighters in the battle for Kelmar on Saturday.",
                 "Daily Courier", D(2025, 5, 4))
    a2 = article("a2", "At least 41 people were killed in the battle for Kelmar, a doctors' group said.",
                 "Evening Star", D(2025, 5, 5))
    a3 = article("a3", "The army has said its troops killed 150 fighters in the battle for Kelmar.", "Gazette",
                 D(2025, 5, 6))
    ms = []
    for a, who in ((a1, "XXA_MIL"), (a3, "XXA_MIL")):
        ms.append(retake_mention(a, "battle", town_place(a, "Kelmar", name="Kelmar", gid="9"), D(2025, 5, 3),
                                 fatalities=figure(a, "150", "killed", "fighters", 150, 150, claimant=who),
                                 actor1=army, actor2=rebels, sub="Armed clash", etype="Battles"))
    ms.append(retake_mention(a2, "battle", town_place(a2, "Kelmar", name="Kelmar", gid="9"), D(2025, 5, 3),
                             fatalities=figure(a2, "41", "killed", "people", 41, None, claimant="a doctors' group"),
                             actor1=None, actor2=None, sub="Armed clash", etype="Battles"))
    by_id = {a.id: a for a in (a1, a2, a3)}
    t = story_totals(merge_mentions(ms, by_id), by_id)
    # (the army's 150 is its count of its enemy's dead, never the incident's high: branch stories14, the convention of
    # story_sets10..15)
    assert (t.n_incidents, t.best, t.high) == (1, 41, 41)


def _types(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("t1", published=PUB))
    return [(e.event_type, e.fatalities.low if e.fatalities else None) for e in an.events if e.modality == "asserted"]


def test_a_ferry_that_sank_killing_its_passengers_is_an_accident(ann):  # noqa: F811
    text = "A ferry sank on Lake Tarvo on Sunday night, killing at least 23 passengers, officials said."
    assert _types(ann, text) == [("Outside ACLED", 23.0)]
    # a boat someone sank is no accident
    text = "Pirates sank a fishing boat off the coast on Monday, killing four fishermen."
    assert all(t != "Outside ACLED" for t, _n in _types(ann, text))


def test_a_manslaughter_charge_after_an_accident_is_no_killing(ann):  # noqa: F811
    text = ("Divers have recovered 30 bodies since the boat capsized near Tarvo last week. Shipwrecks kill dozens of "
            "people on the lake every year. The boat's owner has been charged with manslaughter, police said.")
    assert [t for t, _n in _types(ann, text) if t != "Outside ACLED"] == []
    # with no accident told, the charge still tells the killing
    text = ("A man was found dead in a flat in Tarvo on Friday. His neighbour has been charged with manslaughter, "
            "police said.")
    assert _types(ann, text) == [("Violence against civilians", 1.0)]


def _siege_story(with_followup=True):  # type: ignore[no-untyped-def]
    """A hotel siege in Kelmar told over three reports: the police's "at least six" of the people the gunmen killed,
    the special forces killing the three attackers, and a follow-up that counts no event of its own."""
    from storyfix import D, article, figure, retake_mention, town_place

    from sitrep.model import ActorRef

    police, gunmen = ActorRef("XXA_POL", "Police Forces of Xland"), ActorRef("XXG", "Kelmar Liberation Army")
    civs, attackers = ActorRef("CIVILIANS", "Civilians"), ActorRef("x:attackers", "attackers")
    a1 = article("a1", "Gunmen stormed a hotel in Kelmar on Thursday night, killing at least six people, police said.",
                 "Daily Courier", D(2025, 5, 2))
    a2 = article("a2", "Special forces killed the three attackers in Kelmar on Friday, ending the siege.",
                 "Evening Star", D(2025, 5, 3))
    a3 = article("a3", "KELMAR (Wire) — The toll from last week's siege of a hotel in the city of Kelmar has risen to 19, "
                 "not counting the three attackers, the health ministry said on Monday.", "Gazette", D(2025, 5, 5))
    place = lambda a: town_place(a, "Kelmar", name="Kelmar", gid="9")  # noqa: E731
    ms = [retake_mention(a1, "stormed", place(a1), D(2025, 5, 1), actor1=gunmen, actor2=civs, sub="Attack",
                         etype="Violence against civilians",
                         fatalities=figure(a1, "six", "killed", "people", 6, None, claimant="XXA_POL")),
          retake_mention(a2, "killed", place(a2), D(2025, 5, 2), actor1=police, actor2=attackers, sub="Armed clash",
                         etype="Battles", fatalities=figure(a2, "three", "killed", "attackers", 3, 3))]
    ms[0].claimant = "XXA_POL"
    arts = [a1, a2] + ([a3] if with_followup else [])
    figs = [m.fatalities for m in ms]
    if with_followup:
        figs.append(figure(a3, "19", "killed", None, 19, 19, as_of=D(2025, 5, 5), claimant="XXA_MOH"))
    # the police is a side of the story's fighting (it is the doer of the attackers' deaths)
    return ms, arts, figs


def test_a_sides_count_of_civilians_its_enemy_killed_is_added():
    from sitrep.stories.merge import merge_mentions
    from sitrep.stories.totals import story_totals

    ms, arts, figs = _siege_story(with_followup=False)
    by_id = {a.id: a for a in arts}
    t = story_totals(merge_mentions(ms, by_id), by_id, figs)
    assert t.party_claims == []  # the police's count of the civilians the gunmen killed is no boast
    assert t.best == 9  # six civilians, three attackers (on another day: two incidents)


def test_a_followup_toll_that_opens_its_sentence_updates_the_story_incident_with_the_attackers_it_leaves_out():
    from sitrep.stories.merge import merge_mentions
    from sitrep.stories.totals import story_totals

    ms, arts, figs = _siege_story()
    ms, arts, figs = ms[:1], [arts[0], arts[2]], [figs[0], figs[2]]  # the first report and the follow-up
    by_id = {a.id: a for a in arts}
    t = story_totals(merge_mentions(ms, by_id), by_id, figs)
    # "has risen to 19, not counting the three attackers": 22 in all, the latest toll of the siege
    assert (t.n_incidents, t.best, t.low) == (1, 22, 6)


def test_a_toll_left_without_its_attackers_and_a_toll_opening_its_sentence():
    from storyfix import article, figure

    from sitrep.events.toll import is_toll_update_figure
    from sitrep.events.toll_excluding import excluded_attackers

    a = article("a", "The toll from the attack on a market in the northern town of Kelmar has risen to 19, not counting "
                "the three gunmen. Two guards died, not including the driver.", "Gazette", None)
    f = figure(a, "19", "killed", None, 19, 19)
    assert is_toll_update_figure(f, a.text)
    assert excluded_attackers(f, a.text) == 3
    assert excluded_attackers(figure(a, "Two", "killed", "guards", 2, 2), a.text) == 0
