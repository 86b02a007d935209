"""One name, one country per article (issue 14, geo/same_name.py), and a local story told by its counties
(geo/local_story.py): a name read abroad in one mention and at home in another is the home town in both; a country's
name under a dateline whose counties make the story local is the town of the name next door. Sentences written for
these tests, with made-up persons. Uses the real gazetteer, the spaCy model and the committed place ranker."""
from test_geo_context import _near
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_name_read_abroad_once_takes_the_home_town_of_its_other_mention(run):
    text = ("LISBON - Police arrested two men after a Dutch student was beaten outside a nightclub in the seaside "
            "town of Lagos early on Saturday. The student, 22, was taken to hospital in Faro. Nightclubs in the old "
            "town of Lagos will close earlier for the rest of the summer, the council said.")
    lagos = [p for p in run(text, dateline="LISBON") if p.span.text == "Lagos"]
    assert len(lagos) == 2
    assert all(p.lat is None or _near(p, 37.10, -8.67) for p in lagos)
    assert any(p.lat is not None for p in lagos)


def test_a_country_named_like_a_town_next_door_to_a_county_dateline_is_the_town(run):
    text = ("FULTON, Mo. - A barn fire west of Mexico destroyed a year of hay on Saturday, fire officials in "
            "Audrain County said. Crews from Callaway County helped put it out. A farmhand in Mexico was treated "
            "for burns to his hands, fire chief Dale Brenner said.")
    mexico = [p for p in run(text, dateline="FULTON, Mo.") if p.span.text == "Mexico"]
    assert mexico and all(p.lat is None or _near(p, 39.17, -91.88) for p in mexico)
