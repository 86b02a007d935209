"""Conflict towns the packaged GeoNames extracts lack, added to data/gazetteer_supplement.tsv by branch places29
(war_reports6 y07, y09, y13, y16, y18, y22; war_reports w13, war_reports5 x08: Walikale, Rubaya), and the point of Kupwara
(conflict_reports c24; GeoNames had it 55 km south): an event near one of them is placed there, not at its region or at
the dateline's city. Sentences written for this test, the incidents and groups made up, the towns real."""
from __future__ import annotations

import datetime as dt

import pytest


def _places(ann, text):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate(text, DocContext("t1", published=dt.date(2025, 3, 9), dateline=text.split(",")[0]))
    return [(e.trigger.text, e.place.name if e.place else None, e.place.country if e.place else None,
             e.place.lat if e.place else None) for e in an.events]


@pytest.mark.parametrize("text,trigger,town,cc", [
    ("NIAMEY, March 9 (2025) - Gunmen ambushed a supply column near Banibangou in the Tillaberi region on Saturday, "
     "killing four soldiers, the army said.", "ambushed", "Banibangou", "NE"),
    ("NAIROBI, March 9 (2025) - Militants fired on a police lorry near Elwak on Saturday, wounding two officers, "
     "police said.", "fired", "El Wak", "KE"),
    ("BAMAKO, March 9 (2025) - A drone struck a fuel depot in Tinzaouaten on Saturday, killing three drivers, "
     "residents said.", "struck", "Tinzaouaten", "ML"),
    ("JUBA, March 9 (2025) - Armed youths attacked a police post near Ulang in Upper Nile state on Saturday, killing "
     "two officers, the police said.", "attacked", "Ulang", "SS"),
    ("GOMA, March 9 (2025) - Rebels shelled army positions outside Walikale on Saturday, killing three soldiers, a "
     "local official said.", "shelled", "Walikale", "CD"),
])
def test_a_town_the_supplement_adds_places_its_event(ann, text, trigger, town, cc):
    assert any(t == trigger and p == town and c == cc for t, p, c, _ in _places(ann, text))


def test_kupwara_lies_where_the_town_is(ann):
    text = ("SRINAGAR, March 9 (2025) - Soldiers killed two gunmen in a firefight near Kupwara on Saturday, the army "
            "said.")
    assert any(lat is not None and abs(lat - 34.53) < 0.1 for _, _, _, lat in _places(ann, text))
