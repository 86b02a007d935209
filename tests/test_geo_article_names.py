"""A place's name led by the Arabic article in lower case ("near al-Sukhnah", "in ad-Dana", "el-Arish") is a
place's name, not a lower-case word: the gazetteer already matches its article variants ("As Sukhnah") (issue 10,
branch misses10; seen in tests/data/story_sets10 s02, where no report placed the ambush). Sentences written for
these tests; the incidents are made up, the places real."""

from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_town_led_by_a_lower_case_article_is_placed(run):
    ps = _by_text(run("DAMASCUS (Reuters) - Militants ambushed a fuel convoy near al-Sukhnah on Sunday, officials said."))
    assert "al-Sukhnah" in ps and ps["al-Sukhnah"].country == "SY"


def test_sun_letter_spellings_of_the_article_are_placed(run):
    ps = _by_text(run("Shells fell on ad-Dana and on al-Mayadin overnight, a monitor said."))
    assert {"ad-Dana", "al-Mayadin"} <= set(ps) and all(ps[k].country == "SY" for k in ("ad-Dana", "al-Mayadin"))


def test_a_group_led_by_the_article_stays_no_place(run):
    ps = _by_text(run("Fighters loyal to al-Qaeda and al-Shabaab were blamed, a spokesman told al-Jazeera."))
    assert not ps


def test_an_article_led_piece_of_a_longer_name_is_no_town_of_its_own(run):
    ps = _by_text(run("ALGIERS (Reuters) - The poet was treated in Bab el-Oued hospital for three weeks, his lawyer said."))
    assert "el-Oued" not in ps
