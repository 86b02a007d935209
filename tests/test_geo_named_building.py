"""A building named after a person or a club, written with a lower-case head word ("the X Y international airport in
Z", "the X Y stadium in Z"), lies where the text puts it: the town its first word matches is no evidence (it was read
as that town, a country away) (geo/facility.py, _named_head; issue 14). A town's own building keeps the town.
Sentences written for these tests; people made up, places real."""

from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_an_airport_named_after_a_person_lies_in_the_town_the_text_puts_it(run):
    ps = _by_text(run("Gunmen fired mortar rounds at the Kano Okafor international airport in Accra on Monday."))
    assert "Kano" not in ps, ps.get("Kano")
    assert ps["Accra"].country == "GH"
    airport = [p for t, p in ps.items() if "airport" in t]
    assert airport and airport[0].country == "GH", airport


def test_a_stadium_named_after_a_club_is_no_evidence_for_its_first_word(run):
    ps = _by_text(run("Police dispersed fans outside the Mosul Ademi stadium in Jos after the match."))
    assert "Mosul" not in ps, ps.get("Mosul")
    assert ps["Jos"].country == "NG"


def test_a_town_s_own_hospital_keeps_the_town(run):
    ps = _by_text(run("A car bomb exploded near the Lower Shebelle regional hospital in Marka on Sunday."))
    assert ps["Lower Shebelle"].country == "SO"
