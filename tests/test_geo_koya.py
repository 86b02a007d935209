"""Koya of Iraqi Kurdistan is in the gazetteer's supplement as an alias of GeoNames' Koysinceq (Koi Sanjaq), so a
report of it in Iraq's Kurdistan region gets the Iraqi town, not Kōya of Japan (attack_reports16 s22, branch
misses12). Sentences written for this test, with made-up persons and events (the places are real)."""

from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)

from sitrep.geo.resolve import haversine_km


def test_koya_in_iraqi_kurdistan(run):
    text = ("ERBIL, Iraq (Reuters) - A drone struck a car near Koya in Iraq's Kurdistan region on Sunday, wounding "
            "two people, a local official, Karwan Aziz, said.")
    koya = _by_text(run(text))["Koya"]
    assert koya.lat is not None and haversine_km(koya.lat, koya.lon, 36.08, 44.63) <= 30
