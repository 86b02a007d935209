"""story_sets9 (issue 16 part 3, branch figures4): one incident told by several outlets is one story, so its
total is never the sum of two stories' tolls. Sentences and names are made up."""
from __future__ import annotations

import datetime as dt


def _event(etype: str, country: str, day: dt.date, precision: str = "day", modality: str = "asserted"):  # type: ignore[no-untyped-def]
    from sitrep.model import Event, Place, Span

    place = Place(span=Span("t", 0, 5, "Tabor"), name="Tabor", country=country, precision="town")
    return Event(id="e1", event_type=etype, date_start=day, date_end=day, date_precision=precision, place=place,
                 modality=modality)


def test_an_event_told_to_the_day_keys_its_type_country_and_day():
    """An asserted battle on a day in Papua New Guinea keys ``d:battles:pg:<day>``; an event told to the month or
    only planned keys nothing."""
    from sitrep.stories.cluster import day_keys

    day = dt.date(2031, 3, 4)
    assert day_keys(_event("Battles", "PG", day)) == {f"d:battles:pg:{day.toordinal()}"}
    assert day_keys(_event("Battles", "PG", day, precision="month")) == set()
    assert day_keys(_event("Battles", "PG", day, modality="planned")) == set()


def test_two_reports_from_one_dateline_of_a_battle_on_the_same_day_are_one_story():
    """Two reports filed from the capital (one shared place key and its region: not enough alone) whose battles fall
    on the same day join; the same pair with battles on different days stays apart. A shared actor and region with
    the same day join too (one actor alone is not specific enough)."""
    from sitrep.stories.cluster import ArticleKeys, StoryClusterer

    capital = frozenset({"c:pg", "p:100", "r:pg/capital"})
    actor = frozenset({"c:cd", "a:grp", "r:cd/north", "e:violence against civilians:north"})
    for shared, day_b, joined in ((capital, 1, True), (capital, 2, False), (actor, 1, True), (actor, 2, False)):
        c = next(k for k in shared if k[:2] == "c:")[2:]
        cl = StoryClusterer()
        a = cl.add(ArticleKeys("a", 0, 739480, shared | {f"d:battles:{c}:739479"}))
        b = cl.add(ArticleKeys("b", 1, 739481, shared | {f"d:battles:{c}:{739478 + day_b}"}))
        assert (a == b) is joined, (shared, day_b)


def test_a_states_forces_of_the_country_where_the_event_happened_are_a_side_of_it():
    """The army of the country where a battle happened is a side of it (its count of "terrorists" is its count of its
    enemy's dead) even where no event of the story names it; another country's army or an armed group is not."""
    from sitrep.stories.own_losses import enemy_dead, home_forces

    assert home_forces("MLI_MIL", "ML")
    assert not home_forces("MLI_MIL", "SN")
    assert not home_forces("FLA_ML", "ML")
    assert not home_forces("MLI_MIL", None)
    assert enemy_dead("MLI_MIL", "terrorists", home_forces("MLI_MIL", "ML"))
    assert not enemy_dead("MLI_MIL", "soldiers", home_forces("MLI_MIL", "ML"))


def test_the_armys_count_of_terrorists_it_neutralised_is_not_the_incidents_best(tmp_path):
    """The army's 'about 30 "terrorists" neutralised' (the attackers misread as the doer of "neutralised") beside an
    official's later "at least nine" of the same ambush: the official's 9 is the incident's count; the army's 30 is
    its claim about its own deed (it was the best before, 30)."""
    from test_story_sets5 import _story

    reports = [
        ("March 3, 2031", "BAMAKO (AFP) - Mali's army said on Monday that four soldiers were killed and about 30 "
                          "\"terrorists\" were neutralised when one of its convoys was attacked near Gao in the northern "
                          "region of Gao on Sunday.\n\nAccording to the general staff, an explosive device struck the "
                          "convoy before gunmen opened fire on it. The Azawad Liberation Front (FLA) said its fighters "
                          "had set the ambush."),
        ("March 5, 2031", "BAMAKO, Mali (AP) - At least nine people were killed in Sunday's ambush near Gao, a local "
                          "elected official said on Wednesday: seven soldiers and two herders caught in the crossfire."),
    ]
    totals = _story(tmp_path, reports)
    assert [t["best"] for t in totals] == [9.0]
