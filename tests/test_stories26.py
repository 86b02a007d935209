"""Branch stories26 (issue 16): one incident told by reports that share no place (the same toll of ten or more on the
same day's deed), a village no gazetteer holds retelling its region's count, and a doer's own dead lent as its victim.
Keys, counts and sentences written for these tests (made-up incidents)."""
from __future__ import annotations

import datetime as dt

from sitrep.events.merge_lend import absorb, doers_own_noun
from sitrep.model import ActorRef, Event, EventMention, Figure, IncidentToll, Place, Span
from sitrep.stories.cluster import ArticleKeys, cluster_articles
from sitrep.stories.totals.told_twice import _people_retold

DAY = dt.date(2026, 3, 10).toordinal()


def _keys(aid: str, seq: int, *keys: str, day: int | None = DAY) -> ArticleKeys:
    return ArticleKeys(aid, seq, day, frozenset(keys))


def test_the_same_toll_of_ten_or_more_on_the_same_days_deed_links_two_reports_with_no_place_in_common():
    # a bureau report of "At least 31 people were killed ... in Tazegh village" (a village no gazetteer holds) and a
    # UN statement of "31 civilians" killed in the region's strike that Tuesday: one incident told twice
    a = _keys("a", 0, "c:zz", "k:zz:31", "d:explosions/remote violence:zz:%d" % DAY, "p:bureau")
    b = _keys("b", 1, "c:zz", "k:zz:31", "d:explosions/remote violence:zz:%d" % DAY, "m:un")
    assert len(cluster_articles([a, b])) == 1


def test_a_small_toll_or_another_day_or_no_date_keeps_them_apart():
    day = "d:explosions/remote violence:zz:%d" % DAY
    # seven dead twice in one country on one day is common: two incidents
    assert len(cluster_articles([_keys("a", 0, "c:zz", "k:zz:7", day), _keys("b", 1, "c:zz", "k:zz:7", day)])) == 2
    # the same toll on different days
    other = "d:explosions/remote violence:zz:%d" % (DAY + 3)
    assert len(cluster_articles([_keys("a", 0, "c:zz", "k:zz:31", day), _keys("b", 1, "c:zz", "k:zz:31", other)])) == 2
    # the toll of one country and the day of another's deed
    assert len(cluster_articles([_keys("a", 0, "k:zz:31", "d:battles:yy:%d" % DAY),
                                 _keys("b", 1, "k:zz:31", "d:battles:yy:%d" % DAY)])) == 2


def _incident(aid: str, place: Place, who: str, best: float, victims: set[str]) -> tuple:  # type: ignore[type-arg]
    fig = Figure(aid + ":f", Span(aid, 0, 2, "31"), "killed", who=who, low=best, high=best)
    m = EventMention(id=aid, article_id=aid, sentence=Span(aid, 0, 1, "x"), event_type="Explosions/Remote violence",
                     fatalities=fig, place=place)
    e = Event(id=aid, event_type="Explosions/Remote violence", mentions=[m], place=place, fatalities_best=best)
    return IncidentToll(event_ids=[aid], best=best, date=dt.date(2026, 3, 10)), [e], victims


def test_a_village_no_gazetteer_holds_retells_the_same_days_count_of_its_region():
    village = Place(Span("a", 0, 6, "Tazegh"), "Tazegh")  # no point, no region, no country
    region = Place(Span("b", 0, 6, "Oriana"), "Oriana", lat=1.0, lon=2.0, geonameid="9", country="ZZ", admin1="Oriana",
                   precision="province")
    people = _incident("a", village, "people", 31, set())
    civilians = _incident("b", region, "civilians", 31, {"civilians"})
    assert _people_retold(people, civilians)
    # a village placed in another region stays apart
    placed = Place(Span("a", 0, 6, "Tazegh"), "Tazegh", lat=5.0, lon=6.0, geonameid="7", country="ZZ", admin1="Belmar")
    assert not _people_retold(_incident("a", placed, "people", 31, set()), civilians)


def _mention(mid: str, doer: ActorRef | None, victim: ActorRef | None) -> EventMention:
    return EventMention(id=mid, article_id="r", sentence=Span("r", 0, 1, "x"), event_type="Battles", actor1=doer,
                        actor2=victim)


def test_the_doers_own_dead_told_apart_are_never_lent_as_the_side_it_attacked():
    # "Rebel fighters attacked a ranger post in Kelvoro ... The army said three fighters were killed."
    doer = ActorRef("x:rebel-fighters", "Rebel fighters", Span("r", 0, 14, "Rebel fighters"))
    own_dead = ActorRef("x:fighters", "three fighters", Span("r", 80, 94, "three fighters"))
    keep = _mention("k", doer, None)
    absorb(keep, _mention("o", None, own_dead))
    assert keep.actor2 is None
    assert doers_own_noun(own_dead, doer)
    # the rangers it attacked are lent
    rangers = ActorRef("x:rangers", "two rangers", Span("r", 60, 71, "two rangers"))
    keep = _mention("k", doer, None)
    absorb(keep, _mention("o", None, rangers))
    assert keep.actor2 is rangers
