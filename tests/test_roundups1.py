"""Round-ups of several incidents (issue 16, branch roundups1): a day's total told after the incidents it sums is
no incident of its own, "The attacks ..." after two incidents points back at them, and a situation report's
paragraph headed by a town ("Gwadar: On 3 May, ...") places that paragraph's deeds there, not at a province named in
passing. Sentences written for these tests; people and incidents made up."""
from __future__ import annotations

import datetime as dt

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _told(ann, text, published=dt.date(2025, 5, 7)):  # type: ignore[no-untyped-def]
    """(trigger, place name, deaths) of the asserted violent events read from ``text``."""
    an = ann.annotate(text, DocContext("r1", published=published))
    return [(e.trigger.text if e.trigger else "", e.place.name if e.place else None,
             e.fatalities.low if e.fatalities else None) for e in an.events
            if e.modality == "asserted" and e.event_type in VIOLENT_EVENT_TYPES]


ROUND_UP = ("KANO, Nigeria - Gunmen killed five traders on a road outside Kano on Monday, police said.\n\n"
            "Elsewhere, a roadside bomb killed three soldiers near Maiduguri on Sunday, an army officer said.\n\n"
            "In all, {n} people were killed in the two incidents, officials said.")


def test_total_of_the_incidents_told_is_no_incident(ann) -> None:  # type: ignore[no-untyped-def]
    told = _told(ann, ROUND_UP.format(n="eight"))
    deaths = sorted(d for _, _, d in told if d is not None)
    assert deaths == [3, 5], told


def test_total_above_its_parts_is_kept(ann) -> None:  # type: ignore[no-untyped-def]
    """Twelve is more than the five and three told: the total is the only telling of four deaths."""
    told = _told(ann, ROUND_UP.format(n="twelve"))
    assert 12 in {d for _, _, d in told}, told


def test_the_attacks_after_two_incidents_point_back(ann) -> None:  # type: ignore[no-untyped-def]
    text = ("KANO, Nigeria - Gunmen killed five traders on a road outside Kano on Monday, police said.\n\n"
            "On Sunday, a roadside bomb killed three soldiers near Maiduguri, an army officer said.\n\n"
            "The attacks come a month after the governor of Kano promised to recruit more police officers.")
    told = _told(ann, text)
    assert not any(t.lower() == "attacks" for t, _, _ in told), told


def test_town_heading_places_its_paragraph(ann) -> None:  # type: ignore[no-untyped-def]
    text = ("Weekly security note: southern Balochistan (1-4 May 2025)\n\n"
            "Gwadar: On 3 May, a bomb hidden in a handcart went off near a checkpoint, killing one policeman.\n\n"
            "Panjgur: On 2 May, gunmen shot dead two drivers from Sindh province at a fuel station. No group has "
            "said it carried out the killings.")
    places = {t: p for t, p, _ in _told(ann, text)}
    assert "Panjgur" in places.values(), places
    assert "Sindh" not in places.values(), places


def _doers(ann, text, published=dt.date(2025, 6, 4)):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=published))
    return {e.sub_event_type: (e.actor1.name if e.actor1 else None) for e in an.events
            if e.modality == "asserted" and e.event_type in VIOLENT_EVENT_TYPES}


def test_claim_of_the_deed_told_before_names_no_later_deed(ann) -> None:  # type: ignore[no-untyped-def]
    text = ("A suicide car bomber struck the gate of an army camp in Balcad on Tuesday, killing six soldiers, an "
            "officer said. Al Shabaab claimed the bombing.\n\nHours later, a hand grenade thrown into a busy "
            "restaurant in Kismayo killed two diners, police said.")
    doers = _doers(ann, text)
    assert doers.get("Suicide bomb") == "al-Shabaab", doers
    assert doers.get("Grenade") is None, doers


def test_bracketed_day_after_the_place_is_a_dateline() -> None:
    from sitrep.ingest.textmeta import dateline_caps

    m = dateline_caps("GAROWE, Somalia (June 4) - Gunmen killed a trader on Tuesday.")
    assert m is not None and m.group("dl") == "GAROWE, Somalia"
