"""Places of story_sets25's kind (issue 14, branch places49): a city's district by its kind word ("the X district of
Kharkiv") is no namesake district of another city, and a town "in eastern Congo" (a country by a name two share) is
no namesake abroad. Sentences written for these tests; people and incidents are made up."""

from sitrep.geo.resolve import haversine_km
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_district_of_a_city_is_no_namesake_district_of_another_city(run):
    text = ("KHARKIV - A drone hit a school in the Kyivskyi district of Kharkiv before dawn on Friday, wounding a "
            "caretaker, Olena Marchuk, the mayor's office said.")
    ps = run(text, dateline="KHARKIV")
    p = next(p for p in ps if p.span.text.startswith("Kyivskyi"))
    assert p.lat is None or haversine_km(p.lat, p.lon, 49.98, 36.25) < 40, (p.lat, p.lon)


def test_a_district_written_after_its_name_is_no_namesake_town_of_a_neighbour_country(run):
    text = ("OSTRAVA - Police detained a man, Tomas Kubelka, after a knife attack in the Poruba district of Ostrava on "
            "Saturday evening.")
    ps = run(text, dateline="OSTRAVA")
    p = next(p for p in ps if p.span.text.startswith("Poruba"))
    assert p.lat is None or haversine_km(p.lat, p.lon, 49.82, 18.17) < 40, (p.lat, p.lon)


def test_a_village_in_eastern_congo_is_no_namesake_abroad(run):
    text = ("GOMA - Militiamen killed six farmers near Mangusu village in eastern Congo's North Kivu province on "
            "Thursday, a local chief, Pascal Muhindo, said.")
    ps = run(text, dateline="GOMA")
    p = next(p for p in ps if p.span.text.startswith("Mangusu"))
    assert p.lat is None or p.country == "CD", p.country
