"""Places a first wave left wrong on its held-out sets (issue 14, branch places23; seen in tests/data/local_reports10
and war_reports4): a maker's name before one of its models ("a passing Toyota Quantum" read as Toyota, Japan), a
dateline town whose name the lists hold as a common word ("MOBILE, Ala." missed), the state a dateline names after
its town taken as an unplaced event's place ("KNOXVILLE, Tenn."), and districts the gazetteer lacked (Jaro of Iloilo
City, Pakistan's former tribal districts). Sentences written for these tests; people and incidents are made up."""

from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_makers_name_before_its_model_is_no_town(run):
    ps = _by_text(run("The minibus was hit by several rounds fired from a passing Toyota Quantum outside Mthatha on "
                      "Sunday. A Honda Accord was found burnt out nearby, police said."))
    assert "Toyota" not in ps or ps["Toyota"].lat is None
    assert "Honda" not in ps or ps["Honda"].lat is None
    assert "Mthatha" in ps


def test_a_common_word_dateline_before_a_state_abbreviation_is_the_town(run):
    text = ("MOBILE, Ala. - A man was wounded when shots were fired at a gas station in Mobile early Sunday, "
            "police said.")
    ps = run(text, dateline="MOBILE, Ala.")
    towns = [p for p in ps if p.span.text in ("MOBILE", "Mobile")]
    assert len(towns) == 2 and all(_near(p, 30.69, -88.04) for p in towns)


def test_a_common_word_without_a_dateline_stays_a_word(run):
    ps = _by_text(run("Police said the mobile unit arrived late. A Mobile Crisis Team spoke to the man."))
    assert "Mobile" not in ps


def _event_places(text: str, dateline: str) -> list:
    from sitrep.nlp.annotate import Annotator, DocContext

    an = next(iter(Annotator().annotate_many([(text, DocContext(article_id="p23", dateline=dateline))])))
    return [e.place for e in an.events if e.place is not None]


def test_an_unplaced_event_takes_the_dateline_town_not_the_state_named_after_it():
    text = ("CHATTANOOGA, Tenn. - A man was shot dead Friday night after an argument outside a bar on Brainerd Road, "
            "police said. Officers found him in the parking lot. He was 34 and lived in Red Bank, his family said. "
            "Tennessee has seen a rise in bar shootings this year.")
    places = _event_places(text, "CHATTANOOGA, Tenn.")
    assert places and all(p.precision != "province" for p in places)
    # the town itself, or (places28: "lived in Red Bank" is the victim's home, so the paragraph's one town is the
    # street) the street of the lede at the town's point
    assert any(p.name == "Chattanooga" or abs(p.lat - 35.05) + abs(p.lon + 85.31) < 0.05 for p in places)


def test_a_district_of_the_dateline_city_is_that_district(run):
    text = ("ILOILO CITY - Two men were arrested in Barangay Tabuc Suba, Jaro district, on Friday after a "
            "shooting, police said.")
    ps = _by_text(run(text, dateline="ILOILO CITY"))
    jaro = ps.get("Jaro district") or ps.get("Jaro")
    assert jaro is not None and _near(jaro, 10.72, 122.56, km=20)


def test_pakistans_former_tribal_districts_are_placed(run):
    ps = _by_text(run("PESHAWAR, Pakistan - Gunmen attacked a police post in the Kurram district and a convoy near "
                      "Mir Ali in North Waziristan on Sunday, officials said.", dateline="PESHAWAR, Pakistan"))
    kurram = ps.get("Kurram district") or ps.get("Kurram")
    assert kurram is not None and _near(kurram, 33.83, 70.17, km=50)
    assert "Mir Ali" in ps and _near(ps["Mir Ali"], 32.97, 70.28, km=20)
    assert "North Waziristan" in ps and ps["North Waziristan"].country == "PK"


def test_a_kind_word_before_of_belongs_to_the_name_after_it(run):
    ps = _by_text(run("A drone strike on a car in the southern Gaza city of Deir al-Balah killed two men on Monday, "
                      "medics said."))
    assert "Gaza city" not in ps
    assert "Deir al-Balah" in ps and _near(ps["Deir al-Balah"], 31.42, 34.35, km=20)


def test_a_lower_case_city_after_a_name_still_reads_the_city(run):
    ps = _by_text(run("Protesters gathered outside the Gaza city hall on Sunday, witnesses said."))
    assert any(p.country == "PS" for p in ps.values())


def test_balcad_is_placed_north_of_mogadishu(run):
    ps = _by_text(run("MOGADISHU - A bomb hit a minibus near Balcad on Friday, killing four people, police said.",
                      dateline="MOGADISHU"))
    assert "Balcad" in ps and _near(ps["Balcad"], 2.36, 45.39, km=20)


def test_anefis_is_placed_in_kidal_region(run):
    ps = _by_text(run("DAKAR (Reuters) - Rebels said they ambushed an army convoy near Anefis in northern Mali on "
                      "Sunday.", dateline="DAKAR"))
    assert "Anefis" in ps and _near(ps["Anefis"], 18.05, 0.60, km=30)
