"""A town placed only abroad, with little confidence, in a story whose other places all lie in one country, is
left blank (geo/foreign_towns.py). Places built by hand for these tests (no model, no gazetteer)."""
from sitrep.geo.foreign_towns import blank_foreign_towns
from sitrep.model import Place, Span


def _place(name, start, country, conf, lat=10.0, lon=10.0, precision="town"):
    return Place(span=Span(article_id="t", start=start, end=start + len(name), text=name), name=name, lat=lat,
                 lon=lon, country=country, precision=precision, confidence=conf, feature_class="P.PPL")


def test_an_unsure_town_alone_abroad_is_left_blank():
    ps = [_place("Velmora", 0, "CA", 0.9), _place("Tarnish Bay", 30, "CA", 0.8), _place("Corvallo", 60, "US", 0.3)]
    out = blank_foreign_towns(ps, 0.25)
    assert out[2].lat is None and out[2].span.text == "Corvallo" and out[2].mention == "name"
    assert out[0].lat is not None and out[1].lat is not None


def test_a_town_whose_country_the_text_names_keeps_its_point():
    ps = [_place("Velmora", 0, "CA", 0.9), _place("Tarnish Bay", 30, "CA", 0.8),
          _place("United States", 50, "US", 0.9, precision="country"), _place("Corvallo", 70, "US", 0.3)]
    assert blank_foreign_towns(ps, 0.25)[3].lat is not None


def test_a_confident_foreign_town_keeps_its_point():
    ps = [_place("Velmora", 0, "CA", 0.9), _place("Tarnish Bay", 30, "CA", 0.8), _place("Corvallo", 60, "US", 0.8)]
    assert blank_foreign_towns(ps, 0.25)[2].lat is not None


def test_a_story_of_two_countries_has_no_home_to_judge_by():
    ps = [_place("Velmora", 0, "CA", 0.9), _place("Tarnish Bay", 30, "MX", 0.8), _place("Corvallo", 60, "US", 0.3)]
    assert blank_foreign_towns(ps, 0.25)[2].lat is not None


def test_one_other_place_is_too_little_to_say_where_the_story_is():
    ps = [_place("Velmora", 0, "CA", 0.9), _place("Corvallo", 60, "US", 0.3)]
    assert blank_foreign_towns(ps, 0.25)[1].lat is not None


def test_a_world_city_keeps_its_point():
    from sitrep.geo.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    city = max(gaz.lookup("New York"), key=lambda e: e.population)
    ps = [_place("Velmora", 0, "GB", 0.9), _place("Tarnish Bay", 30, "GB", 0.8),
          Place(span=Span(article_id="t", start=60, end=68, text="New York"), name=city.name, lat=city.lat,
                lon=city.lon, geonameid=city.gid, country=city.country, precision="town", confidence=0.38,
                feature_class="P.PPL")]
    assert blank_foreign_towns(ps, 0.25, gaz)[2].lat is not None
    assert blank_foreign_towns(ps, 0.25)[2].lat is None
