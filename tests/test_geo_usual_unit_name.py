"""A state's usual name is its own (issue 14, branch places7; seen in tests/data/geo_reports2): "Coahuila" and
"Michoacan" alone name the states whose official names add an honour ("Coahuila de Zaragoza", "Michoacán de
Ocampo"), not the hamlets of the same name. Sentences written for these tests."""

from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_states_bare_usual_name_is_the_state(run):
    ps = _by_text(run("Gunmen killed four police officers in Coahuila on Tuesday, the Mexican security ministry "
                      "said. Soldiers were sent to Michoacan a day later."))
    assert ps["Coahuila"].precision == "province" and ps["Coahuila"].country == "MX"
    assert ps["Michoacan"].precision == "province" and ps["Michoacan"].country == "MX"
