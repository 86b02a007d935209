"""Story figures that never double count (issue 16 part 3, branch figures7; the causes of the first read of
tests/data/story_sets12, on reports written for these tests with made-up people and incidents): two separate
incidents one night in towns 15-25 km apart, and a round-up of them, stay two incidents added once
(stories/kept_apart.py, stories/totals._absorb_round_ups)."""
from __future__ import annotations

import datetime as dt

from sitrep.model import Event, IncidentToll
from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_story_sets5 import _story

D = dt.date


def test_two_killings_one_night_in_neighbouring_towns_and_their_round_up_are_two_incidents(tmp_path):
    """A report that places its own incident in La Lima and tells another in nearby El Progreso keeps the two apart
    across reports (the story merge would join them: under 25 km, one night, no side named); the round-up "nine ...
    in two separate attacks" is their sum, never a third incident nor one of them."""
    t = _story(tmp_path, [
        ("June 7, 2031", "SAN PEDRO SULA (AP) - Gunmen shot dead six men at a cockfight in El Progreso late on "
                         "Friday, police said on Saturday."),
        ("June 7, 2031", "SAN PEDRO SULA (La Tribuna) - Three members of a family were killed by armed men in their "
                         "home in La Lima on Friday night, police said. Police said the killings did not appear to be "
                         "linked to the shooting of six men at a cockfight in nearby El Progreso the same night."),
        ("June 9, 2031", "TEGUCIGALPA (AFP) - Nine people were killed in two separate attacks on Friday night in El "
                         "Progreso and La Lima, police said on Sunday."),
    ])
    by_town = {i["place"]: i["best"] for x in t for i in x["incidents"]}
    assert by_town == {"La Lima": 3, "El Progreso": 6}, t


def _event(eid: str, day: dt.date) -> Event:
    return Event(id=eid, event_type="Violence against civilians", date_start=day, date_end=day, date_precision="day")


def test_incidents_a_round_up_tells_apart_are_never_folded_again():
    """The parts a round-up sums stay apart in the fold of incidents nothing else tells apart."""
    from sitrep.stories.told_apart import fold_untold

    a, b = _event("a", D(2031, 6, 6)), _event("b", D(2031, 6, 6))
    six = IncidentToll(event_ids=["a"], place="El Progreso", date=D(2031, 6, 6), best=6.0, low=6.0, high=6.0)
    three = IncidentToll(event_ids=["b"], place="La Lima", date=D(2031, 6, 6), best=3.0, low=3.0, high=3.0)
    groups = {id(six): [a], id(three): [b]}
    assert len(fold_untold([six, three], groups)[0]) == 1  # nothing in their words tells them apart
    kept, n = fold_untold([six, three], groups, apart={frozenset((id(six), id(three)))})
    assert n == 0 and [i.best for i in kept] == [6.0, 3.0]


def test_a_town_labelling_the_attacked_site_places_the_attack_not_the_funerals(ann):  # noqa: F811
    """"funerals in Quetta ... for the victims of the attack on the Turbat police station": the police's phrase holds
    the station's town, which still says where the attack was (events/place.labels_site_noun); before, the town
    inside the side's phrase was never used and the funerals' town placed the attack."""
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate("Thousands of mourners attended funerals in Quetta on Friday for the victims of this week's "
                      "attack on the Turbat police station, in which six officers were initially reported killed.",
                      DocContext("k1", published=D(2031, 6, 13)))
    places = [e.place.name for e in an.events if e.fatalities is not None and e.place is not None]
    assert places == ["Turbat"], [(e.event_type, e.place) for e in an.events]


def test_a_sides_count_of_its_own_deed_is_the_total_only_when_nothing_else_counts_the_dead(tmp_path):
    """"Security forces raided a militant hideout near Wana ... and killed five militants, the military said" is
    the story's only count: its total, labelled with the military (before, a party claim never added: total 0).
    Beside the elders' count of the same battle, the army's "killed 30 militants" stays a party claim."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    alone = _story(tmp_path / "a", [
        ("May 4, 2031", "ISLAMABAD (AP) - Pakistani security forces raided a militant hideout near Wana in South "
                        "Waziristan on Sunday and killed five militants, the military said. One soldier was wounded "
                        "in the exchange of fire, it said."),
    ])
    assert [x["best"] for x in alone] == [5], alone
    beside = _story(tmp_path / "b", [
        ("May 4, 2031", "MOGADISHU (Reuters) - Somalia's army said on Sunday it had killed 30 al Shabaab militants "
                        "who attacked its base in Balcad."),
        ("May 5, 2031", "MOGADISHU (AFP) - Nine people were killed in Sunday's fighting for the army base in Balcad, "
                        "among them six soldiers, clan elders told AFP."),
    ])
    assert [x["best"] for x in beside] == [9], beside
