"""A bare "police said" / "the army said" over another state's dead forces tells no deed of the speaker's own
country's forces (issue 16, branch attackers13; events/claims.claimant_forces, events/bare_state.says_whose): the
bare noun's country is the report's focus, a guess where the report names two countries. A claimant that names its
country ("Russia's defence ministry said") still tells what its own forces did. Reports written for these tests
with made-up villages."""
from __future__ import annotations

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_crossclause import name

BARE_POLICE = ("Three Kenyan police officers were killed on Monday when their truck hit a roadside bomb near Kelvoro "
               "in Mandera county, close to the border with Somalia, police said.")
BARE_ARMY = ("Nine Nigerien soldiers were killed in an ambush near Tamsara in the Tillaberi region on Sunday, the army "
             "said. Niger's junta turned to Russia for security support after expelling French troops.")
NAMED = ("Russia's defence ministry said 30 Ukrainian soldiers were killed near Kelvoro in the Kharkiv region on "
         "Tuesday.")


def test_bare_police_over_another_states_dead_is_no_doer(ann):  # type: ignore[no-untyped-def]
    assert [name(e) for e in violent(ann, BARE_POLICE) if name(e) == "Military Forces of Somalia"] == []


def test_bare_army_in_a_report_naming_two_countries_is_no_doer(ann):  # type: ignore[no-untyped-def]
    assert [name(e) for e in violent(ann, BARE_ARMY) if name(e) == "Military Forces of Russia"] == []


def test_a_claimant_naming_its_country_still_tells_its_forces_deed(ann):  # type: ignore[no-untyped-def]
    assert "Military Forces of Russia" in [name(e) for e in violent(ann, NAMED)]
