"""subtypes14: ACLED sub-type boundaries from mixed_reports8: drones that "slammed into" a site are a drone
strike, a deed noun told as a kind or a series ("with such bombs", "repeated fighting") is no incident, a man forced or bundled into a van or a car is abducted.
Sentences written for these tests; names and places made
up (Tessor: no gazetteer entry)."""
from __future__ import annotations

from test_subtypes13 import kinds
from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader; published Monday 2024-05-06)


def test_drones_that_slammed_into_a_depot_are_a_drone_strike(ann):
    an = read(ann, "Drones sent by the Tessor Liberation Front slammed into a grain depot in Tessor on Sunday, the "
                   "governor said.")
    assert "Air/drone strike" in kinds(an), kinds(an)


def test_killing_with_such_bombs_is_no_incident(ann):
    an = read(ann, "The Tessor rebels have killed scores of policemen with such bombs in the hills, the officer said.")
    assert kinds(an) == [], kinds(an)


def test_a_town_that_has_seen_repeated_fighting_tells_no_clash(ann):
    an = read(ann, "Tessor has seen repeated fighting between rival armed groups, residents said.")
    assert kinds(an) == [], kinds(an)



def test_a_man_forced_into_a_van_is_abducted(ann):
    an = read(ann, "Men in plain clothes forced a trade unionist into a white van outside his office in Tessor on "
                   "Saturday and drove off, his brother said.")
    assert kinds(an) == ["Abduction/forced disappearance"], kinds(an)


def test_a_car_forced_into_a_ditch_takes_no_one(ann):
    # (a guard for the rule above: the vehicle is what was forced)
    an = read(ann, "Police forced the car into a ditch near Tessor on Friday.")
    assert "Abduction/forced disappearance" not in kinds(an), kinds(an)


def test_fires_a_strike_set_off_are_no_arson(ann):
    an = read(ann, "Rockets fired by the Tessor Liberation Front hit a fuel depot in Tessor on Sunday, setting off large "
                   "fires, the governor said.")
    assert "Looting/property destruction" not in kinds(an), kinds(an)
