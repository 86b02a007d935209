"""A given name that reads as a person's is no place (geo/first_names.py, data/first_names.tsv): a surname after it,
a title, a person noun or another given name before it. Towns that carry such a name keep it where the text says
place. Sentences written for these tests; people made up. Some are in the mixed case a truecased wire report gets
(capitalised given name, surname left in lower case)."""
import pytest

from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


@pytest.mark.parametrize("text, name", [
    ("The murder of Bernardo quintana shocked the country on Monday.", "Bernardo"),
    ("The police received a letter from Pablo ruiz on Monday.", "Pablo"),
    ("Former ambassador Santiago morales was kidnapped on Monday.", "Santiago"),
    ("Rights activist maria Julia ortega said the soldiers killed two farmers.", "Julia"),
    ("The bomb exploded near the house of Jose arrieta in the capital.", "Jose"),
    ("The bodies were found near the farm of Elena sofia gomez.", "Elena"),
    ("The bomb exploded near the house of Jose Arrieta in the capital.", "Jose"),
])
def test_a_given_name_read_as_a_persons_is_no_place(run, text, name):  # noqa: F811
    assert name not in {p.span.text for p in run(text)}


@pytest.mark.parametrize("text, name", [
    ("The rebels attacked a police station in Santiago on Monday.", "Santiago"),
    ("The Santiago police said two men were arrested.", "Santiago"),
    ("Santiago, Chile's capital, was calm on Monday.", "Santiago"),
    ("The talks were held in Victoria on Tuesday.", "Victoria"),
    ("Two bombs exploded in San Jose on Friday.", "San Jose"),
])
def test_a_town_that_carries_a_given_name_stays_a_place(run, text, name):  # noqa: F811
    assert name in {p.span.text for p in run(text)}
