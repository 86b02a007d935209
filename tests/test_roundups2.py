"""Round-ups of several incidents, second set (branch roundups2): a paragraph headed by a town after the report's
opening prose, or by a town and its unit word ("Zolochiv community: ..."), places its deeds; a place of another
country or a city district of another province under a town heading is no scene; a lead that counts a stretch of days
before the incidents it sums is no incident of its own. Sentences written for these tests; people and incidents made
up."""
from __future__ import annotations

import datetime as dt

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _told(ann, text, published=dt.date(2025, 8, 15)):  # type: ignore[no-untyped-def]
    """(trigger, place name, deaths) of the asserted violent events read from ``text``."""
    an = ann.annotate(text, DocContext("r1", published=published))
    return [(e.trigger.text if e.trigger else "", e.place.name if e.place else None,
             e.fatalities.low if e.fatalities else None) for e in an.events
            if e.modality == "asserted" and e.event_type in VIOLENT_EVENT_TYPES]


def test_first_item_heading_after_prose_places_its_paragraph(ann) -> None:  # type: ignore[no-untyped-def]
    """The first heading lies near the text's start but after a paragraph of prose: an item, not a dateline."""
    text = ("Region update, 15 August\n\n"
            "The enemy hit 9 villages yesterday. Details below.\n\n"
            "Balakliia: in the evening the enemy shelled the town with artillery. A man aged 58 was killed.\n\n"
            "Bohodukhiv community: at noon the Russians dropped a guided bomb on a farm. Two women were hurt.")
    places = {p for _, p, _ in _told(ann, text)}
    assert "Balakliya" in places, places
    assert "Bohodukhiv" in places, places


def test_place_of_another_country_under_a_town_heading(ann) -> None:  # type: ignore[no-untyped-def]
    text = ("YAOUNDE, March 4 - Officials reported two attacks in the west of the country.\n\n"
            "BAMENDA — Separatist fighters ambushed a police patrol at Mile 16 on the edge of the city on Monday, "
            "killing two officers, an official said.\n\n"
            "BUEA — Gunmen killed a trader at a market on Sunday, residents said.")
    places = [p for _, p, _ in _told(ann, text, dt.date(2025, 3, 4))]
    assert "Bamenda" in places, places
    assert not any(p and p.startswith("M") and p.endswith("l\u0113") for p in places), places


def test_city_district_of_another_province_under_a_town_heading(ann) -> None:  # type: ignore[no-untyped-def]
    text = ("KYIV, July 2 - Russian attacks hit three cities overnight, officials said.\n\n"
            "KHERSON — A Russian artillery shell hit a bus stop in the city's Dniprovskyi district on Tuesday, "
            "killing a woman, the governor said.\n\n"
            "ODESA — A drone struck a warehouse in the port on Tuesday night, wounding two guards.")
    places = [p for _, p, _ in _told(ann, text, dt.date(2025, 7, 2))]
    assert "Kherson" in places, places
    assert "Dniprovskyi" not in places, places


def test_lead_counting_a_stretch_of_days_is_no_incident(ann) -> None:  # type: ignore[no-untyped-def]
    text = ("ABUJA, May 7 - Gunmen and a roadside bomb killed six people in northern Nigeria on Monday and "
            "Tuesday, police said.\n\n"
            "In Katsina state, gunmen shot dead four farmers near Funtua on Monday.\n\n"
            "In Borno state, a roadside bomb killed two soldiers near Bama on Tuesday, an army officer said.")
    deaths = sorted(d for _, _, d in _told(ann, text, dt.date(2025, 5, 7)) if d is not None)
    assert deaths == [2, 4], deaths


def test_lead_above_its_incidents_is_kept(ann) -> None:  # type: ignore[no-untyped-def]
    """Eleven is more than the four and two told: the lead is the only telling of five deaths."""
    text = ("ABUJA, May 7 - Gunmen and a roadside bomb killed eleven people in northern Nigeria on Monday and "
            "Tuesday, police said.\n\n"
            "In Katsina state, gunmen shot dead four farmers near Funtua on Monday.\n\n"
            "In Borno state, a roadside bomb killed two soldiers near Bama on Tuesday, an army officer said.")
    deaths = {d for _, _, d in _told(ann, text, dt.date(2025, 5, 7))}
    assert 11 in deaths, deaths


def test_lead_before_an_incident_counted_later_is_no_incident(ann) -> None:  # type: ignore[no-untyped-def]
    """The clash's toll is told in the sentence after its own: the lead's nine may be made up of it and the four."""
    text = ("ABUJA, May 7 - Gunmen and a roadside bomb killed at least nine people in northern Nigeria over the "
            "weekend, officials said.\n\n"
            "In Zamfara state, gunmen attacked a police post near Gusau on Saturday night. A nurse said the bodies of "
            "five policemen were brought to the hospital.\n\n"
            "On Sunday, a roadside bomb killed four soldiers near Bama, an army officer said.")
    told = _told(ann, text, dt.date(2025, 5, 7))
    assert 9 not in [d for _, _, d in told], told


def test_fronted_place_before_a_trailing_speaker(ann) -> None:  # type: ignore[no-untyped-def]
    """"In X, gunmen shot ..., residents said": X is where the deed was, not where the residents spoke."""
    text = ("CAP-HAITIEN, Jan 22 - Gang attacks killed at least nine people in northern Haiti this week, police "
            "said.\n\n"
            "In Limbe, members of a gang coalition stormed the police station on Monday night, killing four residents "
            "as they withdrew, a rights group said.\n\n"
            "In Cap-Haitien, gunmen from the Ti Makak gang shot dead five people in the Petite Anse neighbourhood on "
            "Tuesday, among them a pastor, residents said.")
    told = _told(ann, text, dt.date(2025, 1, 22))
    assert any(t == "shot" and p == "Cap-Haïtien" for t, p, _ in told), told


def test_one_towns_fighting_told_over_two_days_is_kept(ann) -> None:  # type: ignore[no-untyped-def]
    """"Fighting raged around X on Monday and Tuesday", then its steps day by day in X: the lead is the incident."""
    text = ("GONDAR (Staff) — Heavy fighting between militiamen and federal troops raged around Woreta on Monday and "
            "Tuesday, residents said.\n\n"
            "The militiamen briefly entered the town's market on Monday night before troops pushed them back on "
            "Tuesday, residents said. At least six civilians were killed, a nurse said.")
    told = _told(ann, text, dt.date(2025, 7, 9))
    assert any(t.lower() == "fighting" for t, _, _ in told), told
