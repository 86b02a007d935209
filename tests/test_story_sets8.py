"""Story figures that never double count (issue 16, branch stories8; the causes of the first read of
tests/data/story_sets7 s03 and of story_sets6 s05, on reports written for these tests with made-up people and
incidents)."""
from __future__ import annotations

import datetime as dt

from test_story_sets5 import _story  # the pipeline over reports written for a test: story.json's totals


def test_a_side_that_counts_its_own_dead_gives_the_incidents_count(tmp_path):
    """Soldiers killed in an ambush, "the number of dead rose to three soldiers and nine gunmen, the army said", and
    "at least 12 ... in two days of fighting between the armed forces and Abu Sayyaf ..., according to the army":
    the army alone counts, but its count includes its own losses, so it is the incident's count (12), labelled as
    the army's, not a boast kept apart from a blank total."""
    t = _story(tmp_path, [
        ("August 1, 2025", "MANILA (AP) — Two soldiers were killed when gunmen of the Abu Sayyaf group ambushed an "
                           "army patrol near Patikul in Sulu province on Friday, an army brigade spokesman said."),
        ("August 2, 2025", "JOLO — Fighting between government troops and Abu Sayyaf gunmen near Patikul went on for "
                           "a second day on Saturday, and the number of dead rose to three soldiers and nine gunmen, "
                           "the army said."),
        ("August 5, 2025", "ZAMBOANGA — At least 12 people were killed in two days of fighting between the armed "
                           "forces and Abu Sayyaf near Patikul on 1 and 2 August: nine gunmen and three soldiers, "
                           "according to the army."),
    ])
    assert sum(t0["best"] for t0 in t) == 12.0


def test_a_count_more_reports_give_outvotes_a_single_reports_count():
    from sitrep.stories.totals import _most_reports

    day = dt.date(2025, 7, 7)
    c = lambda v, art, side=False: (v, v, day, f"who-{art}", False, art, v, v, side)  # noqa: E731
    assert _most_reports(8.0, [c(8.0, "a"), c(14.0, "b"), c(14.0, "c")]) == 14.0
    assert _most_reports(8.0, [c(8.0, "a"), c(14.0, "b")]) == 8.0  # one report against one: the best stays
    assert _most_reports(8.0, [c(8.0, "a"), c(47.0, "a", True), c(47.0, "b", True)]) == 8.0  # a side's counts never vote


def test_a_relayed_enemy_count_needs_a_state_doer_and_no_other_named_claimant():
    from sitrep.stories.own_losses import relayed_enemy_dead

    assert relayed_enemy_dead("article:x", "terrorists", "XXA_MIL", quoted=True)  # 'its troops "neutralised 47 ..."'
    assert not relayed_enemy_dead("article:x", "attackers", "XXA_MIL")  # "special forces killed the three attackers"
    assert relayed_enemy_dead("the army general staff", "terrorists", "XXA_MIL")
    assert not relayed_enemy_dead("the hospital", "militants", "XXA_MIL")  # a named non-party counts
    assert not relayed_enemy_dead("article:x", "soldiers", "XXA_MIL", quoted=True)  # its own dead
    assert not relayed_enemy_dead("article:x", "terrorists", "XXR", quoted=True)  # no state doer


def test_a_lake_with_no_province_is_not_told_apart_from_the_province_it_borders():
    """"An island in Lake Chad" (a lake: no province of its own) and "the Lac province" beside it: nothing tells two
    counts placed so apart (attack_reports6 f19: nine killed, three of them fishermen, never 9 + 3); a province far
    off, or in another country, still is."""
    from sitrep.model import Place, Span
    from sitrep.stories.told_apart import _feature_by_province

    sp = Span("a", 0, 1, "x")
    lake = Place(sp, "Lake Chad", 13.0, 14.5, country="TD", feature_class="H.LK", precision="region")
    near = Place(sp, "Lac", 13.7, 14.6, country="TD", admin1="Lac", feature_class="A.ADM1", precision="province")
    far = Place(sp, "Logone Oriental", 8.0, 16.0, country="TD", admin1="Logone Oriental", feature_class="A.ADM1",
                precision="province")
    abroad = Place(sp, "Borno", 13.5, 14.0, country="NG", admin1="Borno", feature_class="A.ADM1", precision="province")
    assert _feature_by_province(lake, near)
    assert not _feature_by_province(lake, far) and not _feature_by_province(lake, abroad)


def test_an_armed_sides_quoted_count_of_the_soldiers_its_unnamed_fighters_killed_is_its_own_claim():
    # 'the front said its fighters had overrun an army post and "killed more than 30 soldiers"': the front's count of
    # its own deed, relayed in its words (never the incident's toll); the report's own unquoted telling is not
    from sitrep.stories.own_losses import relayed_enemy_dead

    assert relayed_enemy_dead("the front", "soldiers", "x:fighters", quoted=True)
    assert not relayed_enemy_dead("the front", "soldiers", "x:fighters", quoted=False)
    assert not relayed_enemy_dead("article:a1", "soldiers", "x:fighters", quoted=True)
    assert not relayed_enemy_dead("the front", "civilians", "x:fighters", quoted=True)
