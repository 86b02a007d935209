"""Places on local news nobody here wrote (branch places13; seen in tests/data/geo_reports7, geo_reports4, GeoVirus and
GeoWebNews): a word that only some unit's alternate name spells is no place ("the Director of Public Prosecutions" is
no Ugandan district); a country's name ending a titled person's name is his surname ("Chief Ray Lebanon"); "in nearby
X" says X is a place; a hamlet's name abroad gets no support from another hamlet's ("Jesmond" and "Millfield" of a
Tyneside story are not the Newcastle, NSW suburbs), nor when it is written with a city of the story's country
("Millfield, Sunderland"); a lower-case "city" after a name is the common noun as often as part of the name ("Richmond
city council" of a British Columbia story is no Virginia city). Sentences written for these tests; the people are
made up, the places real."""

from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_an_english_word_only_a_unit_s_other_name_spells_is_no_place(run):
    ps = _by_text(run("GALWAY — A file on the crash near Oranmore has been sent to the Director of Public "
                      "Prosecutions, Garda Sergeant Aoife Brannock said."))
    assert "Public" not in ps
    assert _near(ps["Oranmore"], 53.27, -8.92, km=20)


def test_a_country_s_name_ending_a_titled_person_s_name_is_a_surname(run):
    ps = _by_text(run("JOPLIN, Mo. — Two families lost their homes in a fire on Tuesday night, and Battalion Chief "
                      "Ray Lebanon said a space heater was to blame."))
    assert "Lebanon" not in ps or ps["Lebanon"].lat is None
    ps = _by_text(run("BEIRUT — Prices of bread rose again across Lebanon this week, trader Karim Haddad said."))
    assert _near(ps["Lebanon"], 33.8, 35.8, km=161)  # the country itself stays


def test_in_nearby_x_is_a_place(run):
    ps = _by_text(run("COLUMBUS, Ohio — In nearby Hilliard, the school board put a new levy on the November ballot "
                      "after a long meeting on Tuesday."))
    assert _near(ps["Hilliard"], 40.03, -83.16, km=20)


def test_hamlets_abroad_do_not_vouch_for_each_other_nor_beside_a_city_of_the_story(run):
    texts = ["Police in Gateshead said windows were smashed at a corner shop in Jesmond and a van was set alight in "
             "Millfield overnight, and a man from Jarrow was arrested in Sunderland.",
             # written with a city of the story's country: the suburb the gazetteer lacks
             "A car was set alight in Millfield, Sunderland, in the early hours of Sunday, and a man from Felling was "
             "arrested in Gateshead, Northumbria Police said."]
    for text in texts:
        ps = _by_text(run(text))
        assert all(ps[n].lat is None or ps[n].country == "GB" for n in ("Jesmond", "Millfield") if n in ps)


def test_a_lower_case_city_after_a_name_is_the_common_noun(run):
    ps = _by_text(run("RICHMOND, B.C. — Richmond city council voted on Monday to hire 12 more officers, after a spate "
                      "of break-ins near Steveston and in Burnaby."))
    p = ps.get("Richmond")  # "city" outside the mention (geo/kind_outside.py)
    assert p is not None and _near(p, 49.17, -123.14, km=30)  # no Virginia "Richmond city"


def test_a_us_route_number_is_no_country(run):
    ps = _by_text(run("MARION, Ohio — A tanker overturned on U.S. 23 north of Delaware on Friday, and US 30 was shut "
                      "near Bucyrus, troopers said."))
    assert "U.S." not in ps and "US" not in ps
    assert _near(ps["Bucyrus"], 40.81, -82.98, km=20)
    ps = _by_text(run("WASHINGTON — U.S. troops left the base on Friday, and the U.S. 10-year yield rose, officials "
                      "said."))
    assert ps["U.S."].country == "US"  # the country, not a road
