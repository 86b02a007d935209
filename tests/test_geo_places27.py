"""Towns the packaged gazetteer lacked (issue 14, branch places27, found on tests/data/geo_reports15 and the undated
copies of geo_reports5 and 11, ``bench/geo_undated.py``): Kyaukphyu and Ramree of Rakhine, Mongla and Char Fasson
of Bangladesh, Diboli and Léré of Mali, Zudáñez of Bolivia, Filadelfia of Costa Rica and the island of Samar are in
the gazetteer's supplement, so a story of them gets their points, not a namesake's far off (Philadelphia for
"Filadelfia", Samara for "Samar", Lere of Nigeria for "Léré") nor none. Sentences written for these tests, with
made-up persons (the places are real)."""

from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)

from sitrep.geo.resolve import haversine_km


def _near(p, lat, lon, km=30.0):
    return p.lat is not None and haversine_km(p.lat, p.lon, lat, lon) <= km


def test_rakhine_port_towns(run):
    text = ("Fishing boats stayed in harbour at Kyaukphyu on Monday as a storm approached Rakhine state, and ferries "
            "to Ramree were halted, a port official, U Tun Lwin, said.")
    ps = _by_text(run(text))
    assert _near(ps["Kyaukphyu"], 19.43, 93.55) and _near(ps["Ramree"], 19.10, 93.86)


def test_bangladesh_coastal_towns(run):
    text = ("Cargo handling at Mongla was suspended on Tuesday and fishermen from Char Fasson in Bhola were told to "
            "return to shore, officials in Bangladesh said.")
    ps = _by_text(run(text))
    assert _near(ps["Mongla"], 22.48, 89.60) and _near(ps["Char Fasson"], 22.19, 90.76)


def test_a_costa_rican_town_is_no_philadelphia(run):
    text = ("Guanacaste police detained two men after a robbery at a petrol station in Filadelfia on Thursday. "
            "Officers from Liberia and Santa Cruz searched the area, said a spokeswoman, Ana Quesada.")
    ps = _by_text(run(text))
    fil = ps["Filadelfia"]
    assert fil.lat is None or _near(fil, 10.45, -85.56)


def test_samar_is_the_philippine_island(run):
    text = ("Relief goods were loaded in Cebu on Sunday for families in Samar whose houses were flattened by the "
            "typhoon, a Philippine Coast Guard officer, Lt. Mark Dagami, said.")
    ps = _by_text(run(text))
    assert _near(ps["Samar"], 11.83, 125.00, km=100)


def test_lere_is_malis(run):
    text = ("Residents fled Léré after gunmen attacked the weekly market on Sunday, a local official in Mali said. "
            "Some reached Niafunké and others walked towards the border with Mauritania.")
    ps = _by_text(run(text))
    assert _near(ps["Léré"], 15.72, -4.91)


def test_a_town_of_the_named_country_over_a_far_capital(run):
    # no dateline; the text names Lebanon and its places, nothing of Libya
    text = ("Dozens of families crossed from Syria into Lebanon on Tuesday, aid workers said, most of them from "
            "villages near Homs. In Tripoli, a mosque has opened its hall to 150 people, and volunteers in Akkar "
            "are handing out blankets, said a relief worker, Rami Khoury.")
    ps = _by_text(run(text))
    assert _near(ps["Tripoli"], 34.43, 35.84)


def test_the_capital_keeps_its_name_where_its_country_is_named(run):
    text = ("Flights from Tripoli to Istanbul resumed on Monday after clashes near the airport, officials in Libya "
            "said. Travellers in Lebanon and Syria were not affected.")
    ps = _by_text(run(text))
    assert _near(ps["Tripoli"], 32.89, 13.19)


def test_towns_of_a_named_county(run):
    # no dateline; Pike County is Alabama's (its seat Troy, Enterprise next door)
    text = ("A man was charged with burglary on Thursday after a break-in at a pawn shop, Troy police said. He was "
            "arrested at a motel in Enterprise hours later and is being held at the Pike County jail, Sgt. Dale "
            "Wiggins said.")
    ps = _by_text(run(text))
    assert _near(ps["Troy"], 31.81, -85.97) and _near(ps["Enterprise"], 31.32, -85.86)


def test_a_jamaican_parish_written_st(run):
    text = ("Two men were shot dead near a bar in Cambridge district on Sunday night, the St James police said. "
            "Residents of the parish, west of Falmouth, said gunmen fled in a car towards Montego Bay.")
    ps = _by_text(run(text))
    sj = ps["St James"]
    assert sj.lat is None or _near(sj, 18.37, -77.85, km=60)  # the parish, not Vung Tau's old name


def test_a_hamilton_suburb_and_a_durban_town(run):
    text = ("Police arrested a man in Dinsdale on Friday after a burglary in Hamilton, Waikato police said. In a "
            "separate case, KwaZulu-Natal officers recovered a stolen car in Verulam.")
    ps = _by_text(run(text))
    assert _near(ps["Dinsdale"], -37.79, 175.24) and _near(ps["Verulam"], -29.64, 31.05)
