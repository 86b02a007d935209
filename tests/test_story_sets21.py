"""story_sets21 (issue 16, branch stories22): story figures that never double count, on sentences written for these
tests (made-up people, villages and incidents)."""
from __future__ import annotations

import datetime as dt

from sitrep.model import Article, Event, EventMention, Figure, Span
from sitrep.stories import part_retold

DAY = dt.date(2026, 4, 9)


def _event(eid: str, aid: str, fig: Figure) -> Event:
    m = EventMention(id=eid, article_id=aid, sentence=Span(aid, 0, 1, "x"), event_type="Explosions/Remote violence",
                     fatalities=fig)
    return Event(id=eid, event_type="Explosions/Remote violence", mentions=[m], fatalities_best=fig.low,
                 fatalities_low=fig.low, fatalities_high=fig.high)


def test_a_count_joined_from_groups_names_each_group_as_its_part():
    assert part_retold.parts_summed("six forest guards and a porter") == {6}
    assert part_retold.parts_summed("four soldiers and two civilians") == {4, 2}
    assert part_retold.parts_summed("six") == set()  # a count told in one word joins no groups
    assert part_retold.parts_summed("12 people") == set()


def test_a_groups_count_retold_later_gives_way_to_the_count_it_was_summed_into():
    whole_text = "Rebels killed six forest guards and a porter near Talvara on Tuesday, officials said."
    later_text = "The six forest guards killed in Tuesday's blast were buried in Talvara on Wednesday."
    arts = {"a": Article("a", whole_text, published=DAY), "b": Article("b", later_text, published=DAY)}
    i = whole_text.index("six forest")
    span = "six forest guards and a porter"
    whole = Figure("w", Span("a", i, i + len(span), span), "killed", low=7, high=7, who=span)
    j = later_text.index("six")
    part = Figure("p", Span("b", j, j + 3, "six"), "killed", low=6, high=6, who="forest guards")
    assert part_retold.whole_over_part(6, [_event("a", "a", whole), _event("b", "b", part)], arts) == 7
    # a larger count that joins no group of six is another count: the six stays the best
    span2 = "five forest guards and two porters"
    other = Figure("w", Span("a", i, i + len(span2), span2), "killed", low=7, high=7, who=span2)
    arts["a"] = Article("a", "Rebels killed five forest guards and two porters near Talvara on Tuesday.", published=DAY)
    assert part_retold.whole_over_part(6, [_event("a", "a", other), _event("b", "b", part)], arts) == 6


def test_the_town_that_names_the_hospital_where_the_hurt_died_is_no_scene(events):
    text = ("Army toll rises to nine\nMarch 3, 2026\n\nNAIROBI (VOA) - Nine soldiers were killed and 14 wounded in "
            "Sunday's militant assault on the Gaalmudow Hill base, two officers said on Tuesday, two of the injured "
            "having died in a Baidoa hospital.")
    evs = events(text, dateline="NAIROBI")
    assert evs and all(e.place is None or e.place.name != "Baidoa" for e in evs)
    # the hospital itself attacked is the scene: its town stays
    evs = events("Gunmen attacked a Baidoa hospital on Sunday, killing three guards, officials said.")
    assert any(e.place is not None and e.place.name == "Baidoa" for e in evs)


def test_a_forces_claim_of_its_enemys_dead_retold_in_a_reports_words_is_that_sides_claim():
    from sitrep.stories.force_claim import force_told_kill, own_or_force_kill

    assert force_told_kill("militants", "The police's statement that it had killed ")
    assert force_told_kill("Daesh fighters", 'A defence ministry spokesman insisted that troops had "eliminated ')
    assert force_told_kill("rebels", "The military said its troops killed more than ")
    assert own_or_force_kill("article:a", "rebels", "Nobody has verified the army's claim that it killed about ")
    # the state's own dead, a deed told as the report's own, or no enemy noun: no such claim
    assert not force_told_kill("soldiers", "The army said it had killed ")
    assert not force_told_kill("militants", "Troops killed ")
    assert not force_told_kill("people", "The army's statement that it had killed ")
