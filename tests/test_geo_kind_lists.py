"""A kind word that opens a list or names a place ("the villages of X and Y", "a town called X", "regions like X")
is the evidence each name of the list needs (geo/context_cue.py ``kind_opener``), on sentences written for these
tests with made-up persons and a made-up village ("Varnokke").

Uses the real gazetteer (built into build/ on first use, about a minute) and the spaCy model.
"""
from test_geo_places import _by_text, run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_town_called_x_is_a_place(run):
    ps = _by_text(run("The outbreak began in a town called Gjern, officials in Aarhus said."))
    assert ps["Gjern"].country == "DK" and ps["Gjern"].lat is not None


def test_a_later_member_of_a_list_opened_by_a_kind_word_is_a_place(run):
    # the first member has no gazetteer entry: the list's opener, not its neighbour, is the evidence
    ps = _by_text(run("Herds were culled in the villages of Varnokke and Brædstrup on Friday."))
    assert ps["Brædstrup"].country == "DK"
    ps = _by_text(run("Herds were culled in the Danish villages of Brædstrup and Gjern on Friday."))
    assert ps["Gjern"].country == "DK" and ps["Brædstrup"].country == "DK"


def test_a_list_with_no_kind_word_before_it_gets_no_cue(run):
    for text in ("Police questioned the friends of Gjern, Brædstrup and Tomas Velich.",
                 "Officers spoke to a man named Brædstrup on Monday."):
        assert "Brædstrup" not in _by_text(run(text))


def test_a_name_after_the_end_of_a_list_is_no_member(run):
    # "... of Ledbury and Bromyard," ends the list: the speaker after it is not one more town
    ps = _by_text(run("Aid reached the towns of Ledbury and Bromyard, Jackson Hale said on Monday."))
    assert "Bromyard" in ps and "Jackson" not in ps


def test_a_sentences_first_word_with_a_kind_word_or_people_after_it_is_a_place(run):
    ps = _by_text(run("Flooding hit Shandong. Heze city alone has registered 300 cases."))
    assert ps["Heze"].country == "CN"
    ps = _by_text(run("Dust blew in from the port in Western Australia. Esperance residents complained to the council."))
    assert ps["Esperance"].country == "AU"


def test_an_english_word_first_in_its_sentence_stays_a_word(run):
    assert not _by_text(run("Officials met on Monday. Capital city residents were told to stay home."))
