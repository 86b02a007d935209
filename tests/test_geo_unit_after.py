"""A small town's name that the words right after it put in a state or a country holding none of its entries
(geo/resolve.py ``units_after``, ``unit_outside``): the gazetteer lacks the place meant, so the name keeps its
mention and gets no point. Sentences written for these tests; real gazetteer, spaCy model and committed ranker."""
from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)

from sitrep.geo.gazetteer import Entry
from sitrep.geo.recognize import Candidate
from sitrep.geo.resolve import units_after
from sitrep.geo.unit_readings import unit_outside


def _town(country, admin1, pop=3000, gid="x:1"):
    return Entry(0, gid, "Elmstead", 0.0, 0.0, "P", "PPL", country, admin1, "", pop, primary=True)


def _cand(es, text="Elmstead"):
    return Candidate(0, len(text), text, es, "exact", "", "GPE")


def test_a_state_of_the_towns_own_country_that_places_it_and_holds_none_of_its_entries():
    c = _cand([_town("US", "WI")])
    assert unit_outside(c, c.entries, frozenset(), frozenset({("US", "IL")}), False, {"US": 1.0})
    # the state listed beside it places nothing ("Elmstead, Ohio and Iowa" may list three places)
    assert not unit_outside(c, c.entries, frozenset(), frozenset({("US", "IL")}), True, {"US": 1.0})
    # one of its entries lies there: the ranker decides as before
    c2 = _cand([_town("US", "WI"), _town("US", "IL", gid="x:2")])
    assert not unit_outside(c2, c2.entries, frozenset(), frozenset({("US", "IL")}), False, {"US": 1.0})


def test_another_country_counts_only_where_the_article_is_about_it_and_not_about_the_towns():
    c = _cand([_town("FJ", "01")])
    assert unit_outside(c, c.entries, frozenset(), frozenset({("KE", "05")}), True, {"KE": 1.0, "FJ": 0.2})
    assert not unit_outside(c, c.entries, frozenset(), frozenset({("KE", "05")}), True, {"KE": 0.3, "FJ": 0.2})
    assert not unit_outside(c, c.entries, frozenset(), frozenset({("KE", "05")}), True, {"KE": 1.0, "FJ": 0.6})


def test_big_towns_and_kind_words_are_left_to_the_ranker():
    big = _cand([_town("US", "WI", pop=250_000)])
    assert not unit_outside(big, big.entries, frozenset(), frozenset({("US", "IL")}), False, {"US": 1.0})
    admin = Candidate(0, 8, "Elmstead", [_town("US", "WI")], "exact", "admin", "GPE")
    assert not unit_outside(admin, admin.entries, frozenset(), frozenset({("US", "IL")}), False, {"US": 1.0})


def test_the_words_after_stop_at_a_turn_to_another_place():
    text = "The firm, based in Elmstead but also trading in Ohio, grew."
    s = text.index("Elmstead")
    e_oh = text.index("Ohio")
    ohio = Entry(0, "x:9", "Ohio", 0.0, 0.0, "A", "ADM1", "US", "OH", "", 11_000_000, primary=True)
    cands = [Candidate(s, s + 8, "Elmstead", [_town("US", "WI")], "exact", "context", "GPE"),
             Candidate(e_oh, e_oh + 4, "Ohio", [ohio], "exact", "", "GPE")]
    assert units_after(text, cands, set())[0] is None


def test_a_small_town_put_in_another_state_gets_no_point(run):
    ps = _by_text(run("Dead geese were found in the Tomahawk area of Dorrance County in New Mexico, wildlife "
                      "officers said on Tuesday."))
    assert "Tomahawk" in ps and ps["Tomahawk"].lat is None


def test_the_same_town_in_its_own_state_keeps_its_point(run):
    ps = _by_text(run("Dead geese were found in the Tomahawk area of Lincoln County in Wisconsin, wildlife "
                      "officers said on Tuesday."))
    assert "Tomahawk" in ps and ps["Tomahawk"].lat is not None


def test_a_hamlet_in_a_country_no_other_name_points_to_is_left_blank():
    from sitrep.geo.stray_readings import stray

    hamlet = _cand([_town("AU", "08", pop=2000)], text="Larkmoor")
    support = {"GB": {"london", "england", ""}, "AU": {"larkmoor"}}
    assert stray(hamlet, hamlet.entries, support)
    # another name of the article points to its country: kept
    assert not stray(hamlet, hamlet.entries, {"GB": {"london", "england"}, "AU": {"larkmoor", "perth"}})
    # the article points nowhere twice: nothing to set it against
    assert not stray(hamlet, hamlet.entries, {"GB": {"london"}, "AU": {"larkmoor"}})
    # a town of some size keeps its point
    town = _cand([_town("AU", "08", pop=40_000)], text="Larkmoor")
    assert not stray(town, town.entries, support)


def test_the_y_of_town_comma_y_is_the_state_holding_the_town(run):
    ps = _by_text(run("Nine pupils of a school in Elmira, New York fell ill with measles last week, county nurses "
                      "said."))
    assert ps["New York"].precision == "province"


def test_a_district_of_the_big_city_of_y_keeps_the_city(run):
    ps = _by_text(run("Nine pupils of a school in Flushing, New York fell ill with measles last week, city nurses "
                      "said."))
    assert ps["New York"].precision == "town"


def test_a_country_name_qualifying_a_noun_is_the_country(run):
    # (the small model tags the name ADJ in this sentence; a country's own name stays a place all the same)
    ps = _by_text(run("He spoke at a Zimbabwe conference on Monday."))
    assert "Zimbabwe" in ps and ps["Zimbabwe"].precision == "country"


def test_a_former_country_name_is_the_country_not_another_countrys_province(run):
    ps = _by_text(run("Refugees from Zaire crossed into Rwanda in 1994, aid workers in Kigali said."))
    assert ps["Zaire"].country == "CD" and ps["Zaire"].precision == "country"


def test_the_province_where_the_text_calls_it_one_in_its_country(run):
    ps = _by_text(run("Angola reported new cases in Zaire province and in Luanda on Monday."))
    assert ps["Zaire"].country == "AO"


def test_a_name_the_article_gives_as_a_place_elsewhere_is_revived_once_the_soft_checks_pass():
    from sitrep.geo.revival import revive_repeated

    town = [_town("AU", "08", pop=9000)]
    first = Candidate(10, 18, "Elmstead", town, "exact", "context", "GPE")
    again = Candidate(60, 68, "Elmstead", list(town), "exact", "", "ORG")
    person = Candidate(90, 98, "Elmstead", list(town), "exact", "", "PERSON")
    other = Candidate(120, 127, "Dunmore", list(town), "exact", "", "ORG")
    kept = revive_repeated([first], [again, person, other], frozenset(), lambda c, *_: False)
    assert [c.start for c in kept] == [10, 60]  # not the person's mention, not a name never given as a place
    assert kept[1].cue == "context"
    # a hard rejection still holds
    assert revive_repeated([first], [again], frozenset(), lambda c, *_: True) == [first]
    # a word of a person's full name in the text is never revived
    assert revive_repeated([first], [again], frozenset({"elmstead"}), lambda c, *_: False) == [first]
    # the first mention must be a place by label and cue both
    weak_first = Candidate(10, 18, "Elmstead", town, "exact", "", "GPE")
    assert revive_repeated([weak_first], [again], frozenset(), lambda c, *_: False) == [weak_first]


def test_a_name_called_a_district_whose_only_entries_are_foreign_towns_is_left_blank():
    from sitrep.geo.stray_readings import stray

    town = _cand([_town("IN", "34", pop=40_000)], text="Larkmoor")
    support = {"ID": {"sumatra", "jakarta", ""}, "IN": {"larkmoor"}}
    assert not stray(town, town.entries, support)  # a town of 40,000 keeps its point ...
    assert stray(town, town.entries, support, implied="admin")  # ... not when the text calls the name a district


def test_a_plural_kind_word_after_a_list_makes_its_last_name_a_province(run):
    ps = _by_text(run("Fresh fighting was reported on Monday in Idlib and Hama provinces, a monitoring group said."))
    assert ps["Hama"].precision == "province"


def test_a_name_the_article_calls_a_province_is_the_province_when_it_stands_alone(run):
    places = run("The province of Ontario opened two new clinics on Friday. Nurses in Ontario said the queues "
                 "were short and a lab in Buffalo, New York offered help.")
    ont = [p for p in places if p.span.text == "Ontario"]
    assert len(ont) == 2 and all(p.country == "CA" and p.precision == "province" for p in ont)
