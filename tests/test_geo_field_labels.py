"""A word of a release's field label ("Time" of "Date/Time:") names no place, though a town in Norway is spelled
so; sentences written for these tests. Uses the real gazetteer, the spaCy model and the committed place ranker."""
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)

from sitrep.nlp.incident_field import in_field_label


def test_the_words_of_a_field_label_lie_inside_it():
    text = "Incident: Burglary\nDate/Time: 04/12/2026 0310 hrs\nLocation: 40 block of Mill Road\n"
    start = text.index("Time")
    assert in_field_label(text, start, start + 4)
    assert not in_field_label(text, text.index("Mill"), text.index("Mill") + 4)
    assert not in_field_label(text, text.index("Burglary"), text.index("Burglary") + 8)


def test_time_of_a_date_time_field_is_no_place(run):
    ps = run("Riverside Police Department\nIncident Summary\n\nIncident: Shooting\nDate/Time: 04/12/2026 0310 hrs\n"
             "Location: 40 block of Mill Road\nSummary: Officers found a 27-year-old man with a gunshot wound "
             "to the leg. He was taken to a hospital.\n")
    assert not any(p.span.text == "Time" for p in ps)


def test_time_of_a_date_and_time_field_is_no_place(run):
    ps = run("Harbor County Sheriff's Office\nType: Assault\nDate and Time: 05/02/2026 2215 hrs\n"
             "Area: North Front Street\n\nDeputies were called to a bar after a fight in its parking lot.\n")
    assert not any(p.span.text == "Time" for p in ps)
