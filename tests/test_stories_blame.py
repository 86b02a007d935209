"""Conflicting claims of responsibility (stories/blame.py), on hand-built events."""
from __future__ import annotations

import datetime as dt

from sitrep.model import ActorRef, Article, Event, EventMention, Place, Span
from sitrep.stories.blame import find_blame_conflicts

D = dt.date
RUS_MIL = ActorRef("RUS_MIL", "Military Forces of Russia")
RUS_MOD = ActorRef("RUS_MOD", "Ministry of Defence of Russia")
UKR_GOV = ActorRef("UKR_GOV", "Government of Ukraine")
UKR_MIL = ActorRef("UKR_MIL", "Military Forces of Ukraine")
TOWN = Place(Span("a1", 0, 4, "Town"), name="Kharbet", lat=48.7, lon=37.5, precision="town")


def mention(mid: str, aid: str, event_type: str, plover=None, a1=None, a2=None, modality="asserted", day=D(2024, 3, 8)):
    return EventMention(id=mid, article_id=aid, sentence=Span(aid, 0, 10, "a sentence"), event_type=event_type,
                        plover=plover, actor1=a1, actor2=a2, modality=modality, date_start=day, date_end=day,
                        date_precision="day")


def event(eid: str, ms: list[EventMention], **kw) -> Event:
    return Event(id=eid, event_type=ms[0].event_type, plover=ms[0].plover, mentions=ms, modality=ms[0].modality,
                 date_start=ms[0].date_start, date_end=ms[0].date_end, date_precision="day",
                 n_sources=len(ms), n_independent_sources=len(ms), **kw)


ARTS = {a: Article(id=a, text="", outlet=f"Outlet {a}", published=D(2024, 3, 9)) for a in ("a1", "a2", "a3")}


def test_blame_and_denial_make_one_conflict_about_the_attack():
    strike = event("e1", [mention("m1", "a1", "Explosions/Remote violence", "ASSAULT")],
                   sub_event_type="Shelling/artillery/missile attack", place=TOWN)
    accuse = event("e2", [mention("m2", "a1", "Political", "ACCUSE", UKR_GOV, RUS_MIL)])
    denied = event("e3", [mention("m3", "a2", "Explosions/Remote violence", "ASSAULT", RUS_MOD, modality="denied")])
    counter = event("e4", [mention("m4", "a3", "Political", "ACCUSE", RUS_MOD, UKR_MIL)])
    out = find_blame_conflicts([strike, accuse, denied, counter], ARTS)
    assert len(out) == 1  # Russia blamed and Ukraine blamed by Russia is one war of claims, not two
    d = out[0]
    assert d.kind == "conflict"
    assert d.subject == "responsibility for the shelling/artillery/missile attack in Kharbet on 8 Mar 2024"
    claims = {(v.claimant, v.claim, v.article_id) for v in d.values}
    assert claims == {("Government of Ukraine", "Military Forces of Russia", "a1"),
                      ("Ministry of Defence of Russia", "not Ministry of Defence of Russia", "a2"),
                      ("Ministry of Defence of Russia", "Military Forces of Ukraine", "a3")}
    assert all(v.low is None and v.high is None for v in d.values)
    assert "Government of Ukraine blames Military Forces of Russia (Outlet a1)" in d.explanation
    assert "Ministry of Defence of Russia denies it (Outlet a2)" in d.explanation


def test_an_accusation_nobody_answers_is_no_conflict():
    accuse = event("e2", [mention("m2", "a1", "Political", "ACCUSE", UKR_GOV, RUS_MIL)])
    assert find_blame_conflicts([accuse], ARTS) == []


def test_a_war_of_words_without_a_denied_act_has_no_attack_as_subject():
    strike = event("e1", [mention("m1", "a1", "Explosions/Remote violence", "ASSAULT")], place=TOWN)
    accuse = event("e2", [mention("m2", "a1", "Political", "ACCUSE", UKR_GOV, RUS_MIL)])
    reject = event("e3", [mention("m3", "a2", "Political", "REJECT", RUS_MOD)])
    (d,) = find_blame_conflicts([strike, accuse, reject], ARTS)
    assert d.subject == "who is to blame: Government of Ukraine vs Ministry of Defence of Russia"
    assert "Ministry of Defence of Russia rejects the accusations (Outlet a2)" in d.explanation
