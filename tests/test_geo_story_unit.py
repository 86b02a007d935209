"""A story of one state: a small town read in another state far off, that nothing else in the text points to, is
not the one meant (issue 14, branch places8; seen in tests/data/geo_reports4, a Bihar flood report's Hasanpur read
in Uttar Pradesh and a Texas Panhandle crash's Conway read in Arkansas, and in GeoWebNews, a Virginia story's
Stonewall). Sentences written for these tests; the people are made up, the places real."""

from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_village_of_a_bihar_story_is_not_placed_in_another_state(run):
    ps = _by_text(run("PATNA: Floodwater cut the road between Saharsa and Hasanpur on Sunday, and villages in "
                      "Supaul, Madhepura and Darbhanga were under water, said Ravi Kumbhar, a district officer."))
    assert "Supaul" in ps and ps["Supaul"].lat is not None
    assert "Hasanpur" not in ps or ps["Hasanpur"].lat is None or ps["Hasanpur"].admin1 == ps["Supaul"].admin1


def test_a_county_the_town_does_not_fit_is_no_tie(run):
    ps = _by_text(run("AMARILLO, Texas — A truck overturned near Conway in Carson County on Monday, and the highway "
                      "between Groom and Lubbock was closed, said trooper Dale Ransby."))
    assert "Lubbock" in ps and ps["Lubbock"].lat is not None
    assert "Conway" not in ps or ps["Conway"].lat is None or ps["Conway"].admin1 == ps["Lubbock"].admin1


def test_a_county_name_the_story_state_shares_is_no_tie_to_another_state(run):
    # (issue 14, branch places9; tests/data/geo_reports5 r02: "Delaware County" and "Montgomery County" name
    # Oklahoma counties too, which made a Main Line town's Ardmore look tied to Ardmore, Oklahoma)
    ps = _by_text(run("PHILADELPHIA — A fire gutted a bakery on Haverford Road in Ardmore early Sunday, Lower Merion "
                      "officials said. Crews from Narberth and from Delaware County helped, and the Montgomery County "
                      "fire marshal in Norristown is investigating."))
    assert "Norristown" in ps and ps["Norristown"].admin1 == "Pennsylvania"
    assert "Ardmore" not in ps or ps["Ardmore"].lat is None or ps["Ardmore"].admin1 == "Pennsylvania"
