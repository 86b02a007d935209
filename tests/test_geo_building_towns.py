"""A building named after its town (issue 14, branch places7; seen in tests/data/story_sets2, a prison riot placed
at a foreign hamlet of the prison's name): "X prison", "X market", "the X hospital" lie in the story's country, not
at a small namesake abroad. Sentences written for these tests; the buildings are made up, named after small real
towns of another country than the story's."""

from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def _not_abroad(p, home):
    return p.lat is None or p.country == home


def test_a_prison_named_after_a_hamlet_abroad_is_not_placed_there(run):
    ps = _by_text(run("Ten people died in a riot at Tapijulapa prison in Bolivia on Friday, officials said."))
    assert "Tapijulapa" in ps and _not_abroad(ps["Tapijulapa"], "BO")


def test_a_market_named_after_a_hamlet_abroad_is_not_placed_there(run):
    ps = _by_text(run("Ten people died when a fire swept through Bochalema market in Kenya on Friday, officials "
                      "said."))
    assert "Bochalema" in ps and _not_abroad(ps["Bochalema"], "KE")


def test_the_demonym_of_the_story_points_home(run):
    ps = _by_text(run("Bolivian police said ten people died in a riot at Tampajal prison on Friday."))
    assert "Tampajal" not in ps or _not_abroad(ps["Tampajal"], "BO")

