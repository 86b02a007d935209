"""Story totals and key figures over several reports of one story (issue 16 part 3, branch stories14; the causes of
the first read of tests/data/story_sets15 and of story_sets12..14 leftovers, on reports written for these tests with
made-up people and incidents)."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_story_sets5 import _story  # the pipeline over reports written for a test: story.json's totals


def test_one_of_the_wounded_told_between_commas_who_died_is_one_of_the_dead(ann):  # noqa: F811
    """"A boy, one of the seven people wounded when a grenade hit ..., died on Tuesday": one dead and six hurt; the
    "when" clause is inside the commas, no clause of its own before the death (story_sets14 w06)."""
    an = ann.annotate("A teenage boy, one of the seven people wounded when a grenade hit a bus stop in Talaq on "
                      "Saturday, died at the district hospital on Tuesday, his uncle said.",
                      DocContext("t1", published=dt.date(2025, 5, 6)))
    got = sorted((f.what, f.low) for f in an.figures if f.what in ("killed", "wounded") and not f.background)
    assert got == [("killed", 1.0), ("wounded", 6.0)]


def test_a_sides_enemy_dead_and_its_own_partial_loss_frame_the_incident(tmp_path):
    """The army's "killed 40 militants" is no count of the incident's dead (never its high), and its "while losing
    three soldiers" is its own partial count (the low) beside a monitor's 12 (story_sets15 x02, story_sets12 u04,
    story_sets13 v07)."""
    t = _story(tmp_path, [
        ("June 2, 2025", "ABUJA (Reuters) - Fighters attacked an army base in the town of Damasak in Borno state on "
                         "Sunday night. Twelve people, eight soldiers and four civilians, were killed in the attack, "
                         "a rights monitor said on Monday."),
        ("June 3, 2025", "MAIDUGURI (AFP) - The Nigerian army said on Tuesday its troops had repelled an attack on "
                         "their base in Damasak on Sunday and killed 40 militants, while losing three soldiers."),
    ])
    incs = [i for x in t for i in x["incidents"]]
    assert [(i["best"], i["low"], i["high"]) for i in incs] == [(12.0, 3.0, 12.0)]


def test_a_place_resolved_under_another_spelling_takes_in_the_unresolved_name():
    """"Malam Tanko" resolved to the gazetteer's "Mallam Tanko" in one report and left unresolved in another: one
    place, by the words the first report used (story_sets15 x02: 9 + 13 for 13)."""
    from sitrep.model import Event, Place, Span

    from sitrep.stories.unplaced import placed_by_name

    town = Place(Span("a", 0, 11, "Malam Tanko"), "Mallam Tanko", 11.1, 12.2, geonameid="999", country="NG")
    bare = Place(Span("b", 0, 11, "Malam Tanko"), "Malam Tanko")
    out = placed_by_name([Event("e1", "Battles", place=town), Event("e2", "Battles", place=bare)])
    assert [e.place.geonameid for e in out] == ["999", "999"]


def test_an_earlier_month_recalled_after_the_lede_is_no_incident_of_the_story(tmp_path):
    """"Last month's blast in Hola killed six police reservists, and a guard died in a March attack on a mast near
    Garsen", recalled in a report of Sunday's ambush (the guard's death read on the report's day): another story's
    incident, never added (story_sets15 x05: 5 + 1 for 5)."""
    t = _story(tmp_path, [
        ("June 9, 2025", "NAIROBI (Reuters) - Gunmen ambushed a lorry on the road near Bura in Kenya's Tana River "
                         "county on Sunday, killing three passengers, police said.\n\nThe attack was the third on the "
                         "road this year. In May, four police reservists were killed when a bomb went off under their "
                         "truck near Hola."),
        ("June 10, 2025", "GARISSA (Daily Nation) - Two passengers hurt in Sunday's ambush near Bura died overnight, "
                          "raising the death toll to five, police said on Monday.\n\nLast month's blast in Hola killed "
                          "six police reservists, and a guard died in a March attack on a mast near Garsen."),
    ])
    assert [(i["place"], i["best"]) for x in t for i in x["incidents"]] == [("Bura", 5.0)]


def test_the_wounded_of_an_earlier_month_are_a_count_of_an_earlier_time():
    """"In September drone attacks ... killed two people and wounded nine", recalled in November: the nine are no
    count of the story's wounded (story_sets15 x06)."""
    from sitrep.model import Figure, Span
    from sitrep.stories.key_periods import earlier_count

    f = Figure("f", Span("a", 0, 4, "nine"), "wounded", low=9.0, high=9.0, as_of=dt.date(2026, 9, 30))
    assert earlier_count(f, dt.date(2026, 11, 4))
    assert not earlier_count(Figure("g", Span("a", 0, 4, "nine"), "wounded", low=9.0, high=9.0,
                                    as_of=dt.date(2026, 11, 2)), dt.date(2026, 11, 4))


def test_the_held_told_as_men_or_suspects_are_one_population_of_the_held():
    """"140 people were detained" and "put the number of men arrested at 180": one group of the held, each claimant's
    latest claim in it (story_sets14 w05); the dead told as "men" keep their noun (it may tell a side)."""
    from sitrep.stories.count_parts import common_population

    assert common_population("detained", "men") == "people"
    assert common_population("arrested", "young men") == "people"
    assert common_population("detained", "suspect") == "people"
    assert common_population("killed", "men") == "men"
    assert common_population("displaced", "men") == "men"
