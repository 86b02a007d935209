"""Two readings fixed on main after merging the 2026-12-05 eighth round's branches (sentences written for this test).

- A killing at a campaign rally is an attack, not force used on protesters: precision12 made a campaign rally no
  protest event, and the sub-type rules still read its "rally" as a protest word.
- The unidentified armed group of an event's own place: attackers16 named it by the place's country whenever the
  report's one country was not settled; a place in a country none of the report's actors belong to (a person's name
  read as a foreign town) lends no group.
"""
from __future__ import annotations

from types import SimpleNamespace

from events_helpers import events

from sitrep.events.generic_doers import unidentified_generic_doers
from sitrep.model import ActorRef, EventMention, Place, Span


def test_killing_at_a_campaign_rally_is_an_attack() -> None:
    evs = events("Candidate Tomas Varela was shot dead on Friday while attending an election rally in a suburb of "
                 "Cali, police said.")
    shot = [e for e in evs if e.trigger is not None and e.trigger.text == "shot"]
    assert shot and shot[0].event_type == "Violence against civilians" and shot[0].sub_event_type == "Attack"


def test_rally_broken_up_by_police_stays_a_protest() -> None:
    evs = events("Police fired tear gas to break up a rally by opposition supporters demanding the release of "
                 "detained leaders in Harare on Saturday.")
    assert any(e.event_type == "Protests" for e in evs)


def _finder(named: frozenset[str]):  # type: ignore[no-untyped-def]
    resolved = []

    def resolve(name, focus):  # type: ignore[no-untyped-def]
        resolved.append(tuple(focus))
        return (f"UAG-{focus[0]}", f"Unidentified Armed Group ({focus[0]})")

    return SimpleNamespace(focus=[], resolve=resolve, report_country=lambda doc: None,
                           named_countries=lambda doc: named), resolved


def _event(country: str) -> EventMention:
    sp = Span("a", 0, 7, "gunmen ")
    return EventMention(id="e1", article_id="a", sentence=sp, event_type="Violence against civilians",
                        actor1=ActorRef("x:gunmen", "gunmen", sp),
                        place=Place(span=sp, name="Munoz", lat=15.7, lon=120.9, country=country, precision="town"))


def test_place_of_a_country_no_actor_belongs_to_lends_no_group() -> None:
    finder, _ = _finder(frozenset({"CO"}))
    ev = unidentified_generic_doers([_event("PH")], finder, doc=object())[0]
    assert ev.actor1 is not None and ev.actor1.name == "gunmen"


def test_place_of_an_actors_country_names_the_group() -> None:
    finder, _ = _finder(frozenset({"MZ", "RW"}))
    ev = unidentified_generic_doers([_event("MZ")], finder, doc=object())[0]
    assert ev.actor1 is not None and ev.actor1.name == "Unidentified Armed Group (MZ)"


def test_report_naming_no_country_takes_the_place() -> None:
    finder, _ = _finder(frozenset())
    ev = unidentified_generic_doers([_event("PK")], finder, doc=object())[0]
    assert ev.actor1 is not None and ev.actor1.name == "Unidentified Armed Group (PK)"
