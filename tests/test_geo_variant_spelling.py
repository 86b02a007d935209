"""Transliteration variants count only as close spellings in the story's countries; plurals and directional
compounds of a known name are no other town; a country's own name is no person's; a capitalised particle may
start a place's name. Sentences written for these tests.

Uses the real gazetteer (built into build/ on first use, about a minute) and the spaCy model.
"""
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)

from sitrep.geo.resolve import haversine_km
from sitrep.geo.variant_spelling import close_spelling, compound_base


def _near(p, lat, lon, km=60):
    return p.lat is not None and haversine_km(p.lat, p.lon, lat, lon) < km


def test_close_spellings_differ_only_in_vowels_doubling_or_a_possessive():
    assert close_spelling("Sarqeb", "Saraqib")  # a vowel dropped inside the word
    assert close_spelling("Saraqeb", "Saraqib")
    assert close_spelling("Edleb", "Idlib")
    assert close_spelling("Kallam", "Kalam")  # doubling
    assert close_spelling("New Zealand's", "New Zealand")
    assert close_spelling("Republic of Congo", "Republic of the Congo")
    assert close_spelling("Philippine", "Philippines")  # one trailing "s"


def test_a_consonant_or_a_final_vowel_makes_another_name():
    assert not close_spelling("Hillsdale", "Hilldale Heights")
    assert not close_spelling("Mobeel", "Mouillee")  # a consonant added
    assert not close_spelling("Kalam", "Kalama")  # a vowel added at the word's end
    assert not close_spelling("Slutsky", "Slutsk")
    assert not close_spelling("Charlie", "Chorley")  # one vowel, but short names: the ratio is too low
    assert not close_spelling("East Yorkshire", "East Ayrshire")


def test_compound_base():
    assert compound_base("North Dallas") == "Dallas"
    assert compound_base("Southern Texas") == "Texas"
    assert compound_base("Americas") == "America"
    assert compound_base("Homs") is None  # a consonant before the "s": no plural
    assert compound_base("Kafr Nabl") is None


def test_a_variant_in_the_story_country_still_resolves(run):
    ps = run("Government shelling hit Sarqeb in Syria's Idlib province on Tuesday, the monitor said.")
    sar = [p for p in ps if p.span.text == "Sarqeb"]
    assert sar and _near(sar[0], 35.86, 36.80, 20)


def test_a_variant_outside_the_story_country_does_not_match(run):
    ps = run("The council in Austin, Texas met on Tuesday; Sarqeb was not on the agenda.")
    assert not any(p.country == "SY" for p in ps)


def test_a_directional_compound_is_its_base_place(run):
    ps = run("Rebel drones were not involved: a storm knocked out power lines in North Dallas on Monday, "
             "Texas officials said.")
    assert not any(p.name == "Dallesport" for p in ps)
    dal = [p for p in ps if "Dallas" in p.span.text]
    assert dal and _near(dal[0], 32.78, -96.80, 40)


def test_a_plural_of_a_name_is_no_town_spelled_like_it(run):
    ps = run("Health ministers from across the Americas met in Mexico City on Tuesday.")
    assert not any(p.name == "Americus" for p in ps)
    assert any(p.span.text == "Mexico City" and _near(p, 19.43, -99.13, 40) for p in ps)


def test_an_alternate_spelling_of_a_small_foreign_town_needs_the_story_country(run):
    # (the story's countries are the two it names most; the name itself counts once for the town's country)
    ps = run("Tourists flocked to Kalam, a resort in the Swat Valley of Pakistan, on Sunday; Pakistan and "
             "Afghanistan reopened the border crossing, and Afghanistan's trucks drove to Peshawar.")
    assert not any(p.country == "IN" for p in ps)
    # the same spelling in a story set in that town's country keeps the town
    ps = run("Farmers in Kalam, a town in Maharashtra in India, protested on Monday over crop prices.")
    kal = [p for p in ps if p.span.text == "Kalam"]
    assert kal and kal[0].country == "IN"


def test_a_country_tagged_as_a_person_is_still_a_country(run):
    ps = run("Food aid reached Mali and Niger on Monday, the agency said.")
    assert {p.country for p in ps if p.precision == "country"} >= {"ML", "NE"}


def test_a_capitalised_particle_starts_a_place_name(run):
    ps = run("Crews began removing tainted soil beside the Da Nang airport on Friday, officials said.")
    dn = [p for p in ps if "Nang" in p.span.text]
    assert dn and dn[0].span.text.startswith("Da") and dn[0].country == "VN"
