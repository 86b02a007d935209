"""Towns and units the packaged GeoNames extracts lack or hold only far away, added to data/gazetteer_supplement.tsv
(issue 14, branch places32): a suburb of western Sydney that also names towns of Canada and the US, a hamlet of
upstate New York whose namesake is in Connecticut, a town of Rio Grande do Norte whose skeleton matches a town of
Minas Gerais, a village of Kenya's Lamu County that shares its name with a town of Papua New Guinea (the sentences
written for this test, the people and incidents made up)."""
from __future__ import annotations

import datetime as dt

import pytest

CASES = [
    ("Officers from Penrith in Sydney's west arrested a 15-year-old from St Marys at a house in Kingswood after a "
     "fight at a bus stop. He will face a children's court in Parramatta.",
     "St Marys", "AU", (-33.77, 150.77)),
    ("DELHI, N.Y. - Firefighters from Walton and Hamden fought a barn fire for two hours in Delaware County, "
     "deputies said.", "Hamden", "US", (42.20, -75.00)),
    ("Police found the stolen truck on a farm near Baraunas, west of Mossoro in Rio Grande do Norte, on Sunday.",
     "Baraunas", "BR", (-5.08, -37.62)),
    ("MOMBASA, Kenya - A bomb hit a police truck near Kiunga in Kenya's Lamu county on Monday, killing two officers.",
     "Kiunga", "KE", (-1.75, 41.48)),
]


@pytest.mark.parametrize("text,name,country,point", CASES)
def test_the_place_near_its_neighbours(ann, text, name, country, point):
    from sitrep.geo.resolve import haversine_km
    from sitrep.nlp.annotate import DocContext

    places = ann.annotate(text, DocContext("t", published=dt.date(2025, 6, 2))).places
    p = next(p for p in places if p.span.text == name)
    assert p.country == country and p.lat is not None
    assert haversine_km(p.lat, p.lon, *point) < 20
