"""Local context for the place ranker: the country or state named in a name's own sentence or clause, distinct
from the article-wide counts, and a big city's name that is no state named (sentences written for these tests;
real gazetteer, spaCy model and committed ranker)."""
from test_geo_context import _choice
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_town_beside_its_country_where_the_article_names_another_more(run):
    text = ("Brazil reported new cases on Friday. Brazil's health ministry said Brazil had tested more people. "
            "A second patient was treated in Santiago, the capital of Chile, doctors said.")
    assert _choice(text, "Santiago").country == "CL"


def test_the_sentence_before_gives_the_country_where_the_name_s_own_names_none(run):
    text = ("Brazil reported new cases on Friday. Brazil's health ministry said Brazil had tested more people. "
            "Doctors in the Andean nation of Chile counted forty cases. A laboratory in Santiago confirmed them.")
    assert _choice(text, "Santiago").country == "CL"


def test_the_clause_country_beats_the_article_country(run):
    text = ("Spain has signed a new trade deal. Spain and Portugal will share the port costs, officials in Spain "
            "said. Officials in Venezuela said the water shortage in Valencia was easing.")
    assert _choice(text, "Valencia").country == "VE"
    text = ("Spain voted on Sunday. Spain's prime minister spoke to reporters in Madrid. Across the ocean in "
            "Argentina, a strike closed three car factories in Cordoba.")
    assert _choice(text, "Cordoba").country == "AR"


def test_a_big_city_named_beside_a_town_is_not_its_state(run):
    e = _choice("The storm closed schools in Boston on Monday and is expected to reach New York by Tuesday.", "Boston")
    assert (e.country, e.admin1) == ("US", "MA")
    e = _choice("Fans travelled from New York to Boston for the final.", "Boston")
    assert (e.country, e.admin1) == ("US", "MA")


def test_a_country_beside_a_big_city_of_another_does_not_move_it(run):
    e = _choice("Samples were flown to a United States navy laboratory in Cairo for testing last week.", "Cairo")
    assert e.country == "EG"


def test_a_name_the_text_calls_a_province_is_not_placed_by_a_neighbouring_country(run):
    text = ("Patients may be moved to other hospitals in the province of Ontario. Doctors in the United States "
            "may take some mothers from Ontario with early labour.")
    e = _choice(text, "Ontario")
    assert (e.country, e.fcode) == ("CA", "ADM1")


def test_local_units_sees_the_clause_only():
    from sitrep.geo.gazetteer import Entry
    from sitrep.geo.recognize import Candidate
    from sitrep.geo.resolve import local_units

    def ent(i, name, cc, a1, fcode, fclass, pop):
        return Entry(id=i, gid=str(i), name=name, lat=0.0, lon=0.0, fclass=fclass, fcode=fcode, country=cc,
                     admin1=a1, admin2="", population=pop, primary=True)

    text = "Rain fell on Norland. Floods hit Kestow in Avaria."
    norland = Candidate(13, 20, "Norland", [ent(1, "Norland", "NL", "00", "PCLI", "A", 5_000_000)], "exact")
    kestow = Candidate(33, 39, "Kestow", [ent(2, "Kestow", "NL", "01", "PPL", "P", 2000),
                                          ent(3, "Kestow", "AV", "01", "PPL", "P", 9000)], "exact")
    avaria = Candidate(43, 49, "Avaria", [ent(4, "Avaria", "AV", "00", "PCLI", "A", 3_000_000)], "exact")
    local = local_units(text, [norland, kestow, avaria], set())
    assert local[1] == (frozenset({"AV"}), frozenset())  # Norland is in another sentence


def test_a_town_put_in_a_province_where_the_gazetteer_has_none_of_it_is_left_blank(run):
    from test_geo_context import _by_text

    text = "Police in Canada said the driver will appear before a judge in Bradford, Ontario next month."
    p = _by_text(run(text))["Bradford"]
    assert p.lat is None  # no Bradford of Ontario is known; Bradford in England (a town and a district) is not meant
