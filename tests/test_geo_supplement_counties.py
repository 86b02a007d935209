"""Counties of Ontario, Nova Scotia and New Brunswick, El Alto of Bolivia and the Araucanía region without its article,
added to data/gazetteer_supplement.tsv by branch places30 (geo_reports17 r08, r11, r18-r21; geo_reports16 r16): a
county the packaged extracts lacked was read as a US namesake ("Huron County", Ohio) or left blank, and El Alto as a
village of Peru. Sentences written for this test, the incidents made up, the places real."""
from __future__ import annotations

import pytest
from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


@pytest.mark.parametrize("text,name,lat,lon", [
    ("Provincial police in Oxford County said a barn near Tillsonburg burned overnight, and a man from Woodstock was "
     "charged with arson.", "Oxford County", 43.10, -80.75),
    ("RCMP in Colchester County said two cars collided near Stewiacke on Friday, sending one driver to hospital in "
     "Truro.", "Colchester County", 45.40, -63.30),
    ("A farmer near Goderich lost three tractors to thieves this month, provincial police in Huron County said.",
     "Huron County", 43.65, -81.50),
    ("Protesters blocked the main avenues of El Alto on Monday, cutting the road down to La Paz for six hours.",
     "El Alto", -16.50, -68.16),
    ("Prosecutors in Temuco said masked men burned two lorries on a farm road in Araucanía overnight.",
     "Araucanía", -38.90, -72.67),
])
def test_a_county_or_town_the_extracts_lacked_is_placed(run, text, name, lat, lon):
    ps = _by_text(run(text))
    assert name in ps and _near(ps[name], lat, lon, km=80)
