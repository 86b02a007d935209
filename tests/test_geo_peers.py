"""Names listed with their peers (geo/peers.py, containers._siblings): a province listed among provinces of its country,
a country among countries, on sentences written for these tests; and the list rule itself on hand-made entries.

The sentence tests use the real gazetteer (built into build/ on first use), the spaCy model and the committed ranker.
"""
from sitrep.geo.gazetteer import Entry
from sitrep.geo.peers import keep_listed, listed_ranks, own_ranks
from sitrep.geo.recognize import Candidate
from test_geo_context import _by_text, _near
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def _e(i: int, name: str, fcode: str, cc: str, pop: int = 0, primary: bool = True) -> Entry:
    fclass = "P" if fcode.startswith("PPL") else "A"
    return Entry(i, str(i), name, 0.0, 0.0, fclass, fcode, cc, "01", "", pop, "", primary=primary)


def _c(text: str, start: int, *entries: Entry) -> Candidate:
    return Candidate(start, start + len(text), text, list(entries), "exact")


def test_a_province_listed_with_a_province_keeps_only_the_province():
    text = "Alberta and Ontario"
    alberta = _c("Alberta", 0, _e(1, "Alberta", "ADM1", "CA"))
    ontario = _c("Ontario", 12, _e(2, "Ontario", "PPL", "US", 170_000), _e(3, "Ontario", "ADM1", "CA"))
    ranks = listed_ranks(text, [alberta, ontario])
    assert ranks == {0: ("state", "CA"), 1: ("state", "CA")}
    assert [e.id for e in keep_listed(ontario.entries, ranks[1])] == [3]


def test_a_big_city_by_its_own_name_is_left_to_the_ranker():
    text = "Florida and Washington"
    florida = _c("Florida", 0, _e(1, "Florida", "ADM1", "US"))
    wash = _c("Washington", 12, _e(2, "Washington", "PPLC", "US", 690_000), _e(3, "Washington", "ADM1", "US"))
    assert 1 not in listed_ranks(text, [florida, wash])


def test_no_list_without_a_list_gap_or_across_countries():
    a = _c("Victoria", 0, _e(1, "Victoria", "ADM1", "AU"))
    b = _c("Ontario", 12, _e(2, "Ontario", "ADM1", "CA"))
    assert listed_ranks("Victoria and Ontario", [a, b]) == {}  # provinces of two countries: no shared rank
    c = _c("Manitoba", 23, _e(3, "Manitoba", "ADM1", "CA"))
    assert listed_ranks("Ontario was far from the Manitoba", [b, c]) == {}


def test_an_alternate_name_is_not_an_own_rank():
    c = _c("Ontario", 0, _e(1, "Ontario", "ADM1", "CA", primary=False))
    assert own_ranks(c) == set()


def test_provinces_listed_in_a_sentence(run):
    ps = _by_text(run("Inspectors found the tainted feed in Saskatchewan, Manitoba, Ontario and New Brunswick last winter."))
    for name, lat, lon in (("Ontario", 50.0, -85.0), ("New Brunswick", 46.5, -66.0)):
        p = ps[name]
        assert p.lat is None or (p.country == "CA" and p.precision == "province" and _near(p, lat, lon, 500))


def test_a_country_listed_among_countries_in_a_sentence(run):
    ps = _by_text(run("Pipeline talks between Armenia, Georgia and Azerbaijan resumed in the spring."))
    p = ps["Georgia"]
    assert p.lat is None or (p.country == "GE" and p.precision == "country")


def test_a_state_after_a_country_named_like_a_state(run):
    ps = _by_text(run("The recall covers stores in Georgia, Oklahoma, Kansas, Iowa and Nebraska, the company said."))
    p = ps["Oklahoma"]
    assert p.lat is None or (p.precision == "province" and p.admin1 == "Oklahoma")
    g = ps["Georgia"]
    assert g.lat is None or (g.country == "US" and g.precision == "province")


def test_the_capital_after_a_state_stays_the_capital(run):
    ps = _by_text(run("Flights to Florida and Washington, D.C. were delayed by the storm on Monday."))
    p = ps["Washington"]
    assert p.lat is None or _near(p, 38.9, -77.04, 60)


def test_a_region_put_in_a_country_is_no_town_elsewhere(run):
    ps = _by_text(run("Earlier he had lived in Kashmir, India, for ten years before moving south."))
    p = ps["Kashmir"]
    assert p.lat is None or p.precision != "town"


def test_a_count_by_province_lists_the_province_even_by_a_big_citys_name():
    text = "eight in Alberta and one in Quebec"
    alberta = _c("Alberta", 9, _e(1, "Alberta", "ADM1", "CA"))
    quebec = _c("Quebec", 28, _e(2, "Quebec", "PPLA", "CA", 530_000), _e(3, "Quebec", "ADM1", "CA"))
    assert text[alberta.start:alberta.end] == "Alberta" and text[quebec.start:quebec.end] == "Quebec"
    ranks = listed_ranks(text, [alberta, quebec])
    assert ranks.get(1) == ("state", "CA")
    assert [e.id for e in keep_listed(quebec.entries, ranks[1])] == [3]
    # a plain list keeps the big city's name for the ranker
    plain = "Alberta and Quebec"
    q2 = _c("Quebec", 12, *quebec.entries)
    assert 1 not in listed_ranks(plain, [_c("Alberta", 0, *alberta.entries), q2])


def test_a_count_by_province_in_a_sentence(run):
    ps = _by_text(run("Officials confirmed 14 cases: twelve in Ontario, one in Manitoba and one in Quebec."))
    assert ps["Quebec"].precision in ("province", "state") or ps["Quebec"].lat > 50
