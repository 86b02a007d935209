"""Counts that nothing tells apart are one incident in the story total: the largest kept, never a sum
(stories/told_apart.py; sentences written for these tests)."""
from __future__ import annotations

import pytest
from storyfix import D, article, figure, retake_mention, span, town_place

from sitrep.events.merge_victims import richer_victim
from sitrep.model import ActorRef
from sitrep.stories.merge import merge_mentions
from sitrep.stories.totals import story_totals

CIVS = ActorRef("CIVILIANS", "Civilians")
GUNMEN = ActorRef("unk:gunmen", "gunmen")


def _kill(a, phrase, fig, place=None, day=None, prec="day", source="clause", actor1=None, actor2=CIVS):  # type: ignore[no-untyped-def]
    m = retake_mention(a, phrase, place, day, prec=prec, fatalities=fig, actor1=actor1, actor2=actor2, sub="Attack",
                       etype="Violence against civilians")
    m.place_source = source if place is not None else ""
    return m


def _total(ms, arts):  # type: ignore[no-untyped-def]
    by_id = {a.id: a for a in arts}
    return story_totals(merge_mentions(ms, by_id), by_id)


def test_victims_told_in_other_words_with_nothing_of_their_own_are_not_added():
    text = ("Gunmen shot dead a bank clerk and her brother yesterday, the police said. "
            "Neighbours saw the murder of the young clerk outside her house.")
    a = article("a1", text, "Daily Courier", D(2023, 5, 8))
    ms = [_kill(a, "shot dead", figure(a, "a bank clerk and her brother", "killed", None, 2, 2),
                day=D(2023, 5, 7), actor1=GUNMEN),
          _kill(a, "murder", figure(a, "the young clerk", "killed", None, 1, 1), day=D(2023, 5, 8), prec="reported",
                actor2=ActorRef("x:young-clerk", "young clerk"))]
    t = _total(ms, [a])
    assert (t.n_incidents, t.best, t.low, t.high) == (1, 2, 1, 2)  # the largest count, never 3
    assert "largest kept, not added" in t.how


@pytest.mark.parametrize("text,days,prec,source,far", [
    # two days of their own, one place borrowed by both
    ("On Monday gunmen killed two traders in Dorvik. On Thursday three drivers were killed in Dorvik.",
     (D(2023, 5, 8), D(2023, 5, 11)), "day", "article", False),
    # one report day, two places of their own far apart
    ("In Dorvik two traders were killed. In Kelmar, far to the east, three drivers were killed.",
     (D(2023, 5, 12), D(2023, 5, 12)), "reported", "clause", True),
])
def test_counts_told_apart_by_a_day_or_a_place_of_their_own_are_added(text, days, prec, source, far):  # type: ignore[no-untyped-def]
    a = article("a1", text, "Daily Courier", D(2023, 5, 12))
    dorvik = town_place(a, "Dorvik", name="Dorvik", gid="1")
    second = town_place(a, "Kelmar", name="Kelmar", gid="9", lat=36.5, lon=37.5, admin1="Other") if far else dorvik
    ms = [_kill(a, "killed", figure(a, "two traders", "killed", None, 2, 2), dorvik, days[0], prec=prec, source=source),
          _kill(a, "three drivers were killed", figure(a, "three drivers", "killed", None, 3, 3), second, days[1],
                prec=prec, source=source)]
    t = _total(ms, [a])
    assert (t.n_incidents, t.best) == (2, 5)
    assert "largest kept" not in t.how


def test_a_place_borrowed_from_the_dateline_does_not_tell_counts_apart():
    text = ("Dorvik -- Two traders were shot dead on the coast road. "
            "The shooting of a trader in Kelmar was the third this year.")
    a = article("a1", text, "Daily Courier", D(2023, 5, 12))
    ms = [_kill(a, "were shot dead", figure(a, "Two traders", "killed", None, 2, 2),
                town_place(a, "Dorvik", name="Dorvik", gid="1"), D(2023, 5, 12), prec="reported", source="article"),
          _kill(a, "shooting", figure(a, "a trader", "killed", None, 1, 1),
                town_place(a, "Kelmar", name="Kelmar", gid="9", lat=36.5, lon=37.5, admin1="Other"), D(2023, 5, 12),
                prec="reported")]
    t = _total(ms, [a])
    assert (t.n_incidents, t.best) == (1, 2)


def test_a_round_up_dated_after_the_incident_it_sums_is_not_added():
    text = ("A union leader was kidnapped on Tuesday and found dead. "
            "Police said today the two killings of union leaders this week may be linked.")
    a = article("a1", text, "Daily Courier", D(2023, 5, 12))
    ms = [_kill(a, "kidnapped", figure(a, "A union leader", "killed", None, 1, 1), day=D(2023, 5, 9)),
          _kill(a, "killings", figure(a, "two", "killed", None, 2, 2), day=D(2023, 5, 12))]
    t = _total(ms, [a])
    assert (t.n_incidents, t.best) == (1, 2)


def test_two_incidents_told_apart_are_never_folded_through_a_third():
    text = ("On Monday two traders were killed in Dorvik. "
            "On Thursday three drivers were killed in Dorvik. "
            "Five people have been killed, the mayor said.")
    a = article("a1", text, "Daily Courier", D(2023, 5, 12))
    dorvik = town_place(a, "Dorvik", name="Dorvik", gid="1")
    ms = [_kill(a, "were killed", figure(a, "two traders", "killed", None, 2, 2), dorvik, D(2023, 5, 8)),
          _kill(a, "three drivers were killed", figure(a, "three drivers", "killed", None, 3, 3), dorvik, D(2023, 5, 11)),
          _kill(a, "have been killed", figure(a, "Five people", "killed", None, 5, 5), day=D(2023, 5, 12),
                prec="reported", actor1=GUNMEN)]
    t = _total(ms, [a])
    # the five may be either day's (or both): it takes one of them in, the other day's count stays apart
    assert t.best == 7 and t.n_incidents == 2


def _victim(text, eid, phrase):  # type: ignore[no-untyped-def]
    a = article("a1", text, "Daily Courier", D(2023, 5, 12))
    return ActorRef(eid, phrase, span(a, phrase))


def test_a_restatement_keeps_the_richer_victim():
    text = "The victims were two peasant leaders; 12 persons died; the general and the outstanding general; they."
    vague = _victim(text, "CIVILIANS", "The victims")
    leaders = _victim(text, "x:peasant-leaders", "two peasant leaders")
    counted = _victim(text, "CIVILIANS", "12 persons")
    general = _victim(text, "x:general", "the general")
    fuller = _victim(text, "x:outstanding-general", "the outstanding general")
    pronoun = _victim(text, "CIVILIANS", "they")
    assert richer_victim(vague, leaders) is leaders
    assert richer_victim(pronoun, leaders) is leaders
    assert richer_victim(counted, leaders) is counted  # a counted group is the victims counted: it stays
    assert richer_victim(general, fuller) is fuller
    assert richer_victim(fuller, general) is fuller
    assert richer_victim(leaders, vague) is leaders
    assert richer_victim(None, vague) is vague and richer_victim(vague, None) is vague
