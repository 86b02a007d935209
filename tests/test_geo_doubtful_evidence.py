"""Under a dateline, a place abroad whose name is also a town of the dateline's country, with nothing tying it
abroad, vouches for no other small town read in its country (geo/local_story.lone_towns_abroad; issue 14, branch
places9: "York" of "York Regional Police" under "TORONTO", read as York, England, kept Malton, a Mississauga
neighbourhood, in Yorkshire, 5,570 km off; tests/data/geo_reports5 r14). Sentences written for this test; the
people are made up, the places real."""

from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)

TORONTO_STORY = ("TORONTO — A man from Brampton was arrested in Mississauga on Tuesday after a truck stolen in Vaughan "
                 "was found at a warehouse in Malton, police said. York Regional Police had been looking for the truck "
                 "since Sunday.")


def test_a_namesake_abroad_is_no_evidence_for_a_small_town_there(run):
    where = {p.span.text: (p.country, p.lat) for p in run(TORONTO_STORY)}
    assert where.get("Vaughan", ("", None))[0] == "CA"
    country, lat = where.get("Malton", ("CA", None))
    assert country == "CA" or lat is None  # blank beats Malton, North Yorkshire
