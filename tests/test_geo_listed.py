"""Names listed with recognised places (geo/listed.py), hyphenated place compounds ("X-based"), a name qualifying a
noun of people ("a Bromyard woman") and a number that counts a noun after a name (geo/recognize.py), on sentences
written for these tests with made-up persons.

Uses the real gazetteer (built into build/ on first use, about a minute) and the spaCy model.
"""
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def _by_text(places):
    return {p.span.text: p for p in places}


def test_a_bare_town_listed_after_a_place_is_a_place(run):
    ps = _by_text(run("Floodwater closed roads between Ledbury and Bromyard on Sunday, said Tomas Velich."))
    assert "Ledbury" in ps and "Bromyard" in ps
    assert ps["Bromyard"].country == "GB"
    ps = _by_text(run("The buses stop in Deventer and Almelo twice a day."))
    assert ps["Almelo"].country == "NL"


def test_a_listed_name_keeps_only_entries_in_its_neighbours_countries(run):
    # Bromyard is an English town only: listed with a Sudanese region it is no place (blank beats wrong)
    ps = _by_text(run("Aid convoys reached Kassala and Bromyard this week."))
    assert "Kassala" in ps and "Bromyard" not in ps


def test_a_word_of_a_persons_full_name_is_not_revived_by_a_list(run):
    ps = _by_text(run("Mira Bromyard and Ledbury council staff met on Monday."))
    assert "Bromyard" not in ps
    ps = _by_text(run("The toll rose in Ledbury, where Bromyard and Kessa Orlin live."))
    assert "Bromyard" not in ps  # not listed with the place: a relative clause between


def test_a_bare_of_is_no_evidence_for_the_list(run):
    ps = _by_text(run("Relatives mourned the deaths of Ledbury, Bromyard and Tomas Velich."))
    assert "Bromyard" not in ps


def test_based_compound_makes_a_place(run):
    ps = _by_text(run("The Devon-based charity opened a shop on Tuesday, said Orla Fenwick."))
    assert ps["Devon"].country == "GB"
    ps = _by_text(run("Halden Voss, the Berlin-born pianist, said the hall was full."))
    assert ps["Berlin"].country == "DE"


def test_other_hyphen_compounds_are_no_cue(run):
    ps = _by_text(run("The Ledbury-style reforms were dropped, said Orla Fenwick."))
    assert "Ledbury" not in ps or ps["Ledbury"].lat is None or ps["Ledbury"].country == "GB"


def test_a_number_counting_a_noun_after_a_country_is_no_address(run):
    ps = _by_text(run("Officials said 15 US envoys left, and that the 300 U.S. soldiers would stay."))
    assert ps["US"].country == "US" and ps["U.S."].country == "US"


def test_a_currency_or_a_house_number_still_blocks_the_name(run):
    ps = _by_text(run("A donor gave 25 US dollars to the fund."))
    assert "US" not in ps
    ps = _by_text(run("Officers were called to 300 Pershore at midnight."))
    assert "Pershore" not in ps


def test_a_name_qualifying_people_names_their_town(run):
    ps = _by_text(run("A Bromyard woman was fined on Monday, magistrates in Hereford, England, said."))
    assert ps["Bromyard"].country == "GB"


def test_people_of_a_town_outside_the_storys_countries_are_no_cue(run):
    # an English village named in a story set in Ohio: the construction names the story's own area; abstain
    ps = _by_text(run("Deputies in Ohio said a Bromyard man was arrested."))
    assert "Bromyard" not in ps
    ps = _by_text(run("The Jones family said a Kessa Orlin woman had called from Hereford, England."))
    assert "Orlin" not in ps and "Kessa Orlin" not in ps


def test_a_listed_name_may_lie_across_a_border_from_its_neighbour(run):
    # a Sudanese region listed with a South Sudanese town (two countries since 2011, bordering): the town is revived
    ps = _by_text(run("Relief flights now land in Darfur and Malakal twice a week, said Tomas Velich."))
    assert "Darfur" in ps and ps.get("Malakal") is not None and ps["Malakal"].country == "SS"


def test_bordering_countries_come_from_the_country_table():
    from sitrep.geo.listed import bordering

    assert "SS" in bordering(["SD"]) and "SD" not in bordering(["SD"])
    assert "GB" not in bordering(["SD"])


def test_a_name_word_of_no_persons_name_does_not_stop_the_list(run):
    # the model may tag an organisation ending on a town's name as a person; it names no one called so
    ps = _by_text(run("The Hope Children's Village Malakal reopened. Flights now reach Darfur and Malakal again."))
    assert any(p.country == "SS" for t, p in ps.items() if t == "Malakal")


def test_a_town_qualifying_a_buildings_noun_is_a_place_despite_a_person_label(run):
    ps = _by_text(run("Two men were hurt in a fight at a Hamilton shopping centre on Sunday, New Zealand police said. "
                      "Constable Aroha Tane said the mall was closed."))
    assert ps.get("Hamilton") is not None and ps["Hamilton"].country == "NZ"
    # with no country of the article holding such a town the label still stands
    ps = _by_text(run("Brenna Hamilton said the Vellmar hospital staff were tired."))
    assert "Hamilton" not in ps


def test_health_agency_regions_have_no_point(run):
    # regions of a health agency's own drawing are areas with no point: left blank, never placed far
    ps = _by_text(run("The agency said mumps cases rose across the Americas and the Eastern Mediterranean, "
                      "said spokesman Idris Volk."))
    for name in ("Americas", "Eastern Mediterranean"):
        assert name not in ps or ps[name].lat is None


def test_a_name_the_list_revived_vouches_for_the_next_one(run):
    # (issue 14, branch places9: the model calls Sleaford and Louth persons; Sleaford, revived by Spalding, was too
    # weak to revive Louth, and the list stopped there. tests/data/geo_reports5 r08, geo_reports4 r20's Hala)
    ps = _by_text(run("Volunteers with sandbags came from Spalding, Sleaford, Louth and Lincoln after the river burst "
                      "its banks, said organiser Dawn Keal."))
    for town in ("Spalding", "Sleaford", "Louth", "Lincoln"):
        assert town in ps and ps[town].country == "GB", town
