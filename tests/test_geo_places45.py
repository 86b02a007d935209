"""A dateline town's bare mentions, a name read abroad beside the story's towns, where people are from ("A X man",
"who is from X", "aged 21 and 24 from X") (issue 14, branch places45; seen in tests/data/geo_reports28). Sentences
written for these tests; people and incidents are made up."""
import pytest

from sitrep.nlp.annotate import DocContext


def _places(ann, text):
    return ann.annotate(text, DocContext(article_id="t")).places


def test_a_dateline_towns_bare_mention_is_that_town(ann):
    ps = _places(ann, "KINGSTON, Ont. - A man from Napanee faces an assault charge after a fight on Tuesday. Kingston "
                      "police were called to a bar on Princess Street.")
    assert [p.country for p in ps if p.span.text.lower() == "kingston"] == ["CA", "CA"]


def test_a_name_read_abroad_beside_the_storys_towns_is_the_town_next_door(ann):
    ps = _places(ann, "A Surrey man was charged on Friday after a neighbour was beaten in Newton. He was arrested at a "
                      "friend's home in Abbotsford on Saturday.")
    surrey = next(p for p in ps if p.span.text == "Surrey")
    assert surrey.country == "CA"


def test_a_man_of_a_town_does_not_place_the_crash_named_elsewhere(events):
    evs = events("A Fresno man was killed when his pickup rolled over on Route 9 near Yreka on Saturday, the "
                 "highway patrol said.")
    names = [e.place.span.text if e.place is not None else None for e in evs]
    assert evs and "Fresno" not in names


@pytest.mark.parametrize("text, home", [
    ("A van hit a cyclist on Route 4 in Yreka on Monday. The van's driver, who is from Fresno, was charged with "
     "careless driving.", "Fresno"),
    ("A man was punched outside a pub in Ballarat on Saturday. Two men aged 22 and 25 from Geelong were arrested at "
     "the scene.", "Geelong"),
])
def test_a_clause_saying_where_people_are_from_does_not_place_the_event(events, text, home):
    evs = events(text)
    assert evs and home not in [e.place.span.text if e.place is not None else None for e in evs]


def test_a_man_of_a_town_places_the_deed_when_the_sentence_names_no_other_place(events):
    evs = events("A Fresno man shot and wounded his brother-in-law at their home on Sunday, police said.")
    assert any(e.place is not None and e.place.span.text == "Fresno" for e in evs)
