"""US counties and Alaska's boroughs the gazetteer could not place, and a council's name that towns abroad share
(issue 14, branch places46; seen in tests/data/geo_reports29 and local_reports16). Sentences written for these
tests; people and incidents are made up."""
import pytest

from sitrep.nlp.annotate import DocContext


def _places(ann, text):
    return ann.annotate(text, DocContext(article_id="t")).places


@pytest.mark.parametrize("name, state, lat, lon", [
    ("Matanuska-Susitna Borough", "AK", 61.60, -149.11),
    ("Kenai Peninsula Borough", "AK", 60.49, -151.06),
    ("St. Lawrence County", "NY", 44.60, -75.17),
    ("Delta County", "TX", 33.37, -95.69),
])
def test_counties_and_boroughs_left_without_a_point_are_at_their_seat(name, state, lat, lon):
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.resolve import haversine_km

    es = [e for e in get_gazetteer().lookup(name) if e.country == "US" and e.admin1 == state and e.fcode == "ADM2"]
    assert len(es) == 1, name
    assert haversine_km(es[0].lat, es[0].lon, lat, lon) < 5


def test_a_borough_named_in_a_story_is_alaskas(ann):
    ps = _places(ann, "Troopers said a hunter, 44, was found dead near a cabin in the Matanuska-Susitna Borough on "
                      "Sunday.")
    borough = next(p for p in ps if p.span.text.startswith("Matanuska"))
    assert borough.admin1 == "Alaska" and borough.lat is not None


@pytest.mark.parametrize("text, name", [
    ("HALIFAX - A woman, 52, was hurt when her van hit a guardrail near Bedford on Tuesday, police said.", "Bedford"),
    ("HALIFAX - Firefighters put out a blaze at a warehouse in Bedford early Friday; no one was hurt.", "Bedford"),
])
def test_a_council_name_that_towns_abroad_share_names_no_state_under_a_lone_dateline(ann, text, name):
    ps = ann.annotate(text, DocContext(article_id="t", dateline="HALIFAX")).places
    assert [p.country for p in ps if p.span.text in ("HALIFAX", name)] == ["CA", "CA"]
