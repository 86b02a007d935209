"""Story figures that never double count (issue 16 part 3, branch figures5; the causes of the first read of
tests/data/story_sets10, on reports written for these tests with made-up people and incidents)."""
from __future__ import annotations

from test_story_sets5 import _story


def test_a_round_up_of_separate_attacks_is_their_sum_and_the_attacks_are_counted_one_by_one(tmp_path):
    """"Nine people were killed in two separate attacks" beside the raid's 5 -> 6 and the bomb's 4 on one day in one
    province: two incidents, added (6 + 4), the round-up neither a third incident nor the raid's toll."""
    t = _story(tmp_path, [
        ("March 2, 2025", "N'DJAMENA (Reuters) - Gunmen killed five fishermen in a raid on an island village near "
                          "Bol in Chad's Lac province on Sunday, a local chief told Reuters."),
        ("March 2, 2025", "BOL, Chad (AFP) - Four Chadian soldiers were killed on Sunday when their truck struck a "
                          "landmine near Baga Sola in the Lac province, a military source said."),
        ("March 3, 2025", "N'DJAMENA (AP) - Nine people were killed in two separate attacks in Chad's Lac province "
                          "on Sunday, officials said. Gunmen raided a village near Bol, and a landmine hit an army "
                          "truck near Baga Sola."),
        ("March 3, 2025", "N'DJAMENA (Reuters) - A fisherman wounded in Sunday's raid near Bol in Chad has died, "
                          "raising the toll of the raid to six, the local chief said on Monday."),
    ])
    incs = [i for x in t for i in x["incidents"]]
    assert sum(x["best"] for x in t) == 10
    assert sorted(i["best"] for i in incs) == [4, 6]


def test_a_police_forces_count_is_a_state_forces_count():
    """A police force's id ends in _POLICE (data/actor_roles.tsv): its count of "police officers" is of its own dead,
    its count of "bandits" of its enemy's (before, only "_POL" was matched, so the police's own dead read as a side
    counting its enemy's, and story_sets10 s08's two officers were left out of the total)."""
    from sitrep.stories.own_losses import enemy_dead

    assert not enemy_dead("XXA_POLICE", "police officers", True)
    assert enemy_dead("XXA_POLICE", "bandits", True)
    assert enemy_dead("x:front", "police officers", True)  # an armed group counting the police it killed


def test_a_report_filed_abroad_keys_the_town_it_names_not_its_dateline():
    """"GENEVA (AFP) - ... the fighting around Las Anod ... Saturday's shelling of the town killed 26": the deed is
    placed only at the dateline (the article's main place) and "Las Anod" is left unplaced. The report's country is
    not Switzerland's (no gate against the Somali reports), its unplaced name keys as the one town it names, and its
    toll keys in that town's country."""
    import dataclasses
    import datetime as dt

    from sitrep.model import Figure, Place
    from sitrep.stories.cluster import article_keys
    from storyfix import analysis, article, retake_mention, span

    a = article("g1", "GENEVA (AFP) - Some 9,000 people have fled the fighting around Las Anod, the UN said. "
                      "Saturday's shelling of the town killed 26 civilians, a hospital said.", "AFP", dt.date(2025, 6, 17))
    a = dataclasses.replace(a, dateline="GENEVA")
    geneva = Place(span(a, "GENEVA"), "Geneva", 46.2, 6.15, "2660646", "CH", "Geneva", precision="town", confidence=0.97)
    las_anod = Place(span(a, "Las Anod"), "Las Anod", precision="town")
    dead = Figure(id="g1:f", span=span(a, "26"), what="killed", who="civilians", low=26.0, high=26.0, unit="people")
    m = retake_mention(a, "shelling", geneva, dt.date(2025, 6, 14), fatalities=dead, actor1=None, actor2=None,
                       sub="Shelling/artillery/missile attack", etype="Explosions/Remote violence")
    m.place_source = "article"
    keys = article_keys(a, analysis(a, events=[m], places=[geneva, las_anod]), 0).keys
    assert "c:ch" not in keys and "c:so" in keys
    assert "p:400769" in keys and "k:so:26" in keys
