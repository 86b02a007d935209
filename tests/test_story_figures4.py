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
