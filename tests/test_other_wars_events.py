"""Places and restatements in wars other than Syria's (tests/data/war_reports, branch `otherwars`), on sentences
written for these tests: peoples and armed groups' names are no places; a strike told with no weapon restates the
air strike of its report."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


# -- peoples and armed groups' names are no places (data/geo_not_places.tsv) --------------------------------------

def test_a_people_and_a_groups_region_word_are_no_places(ann):
    an = ann.annotate("Fighters of the Islamic State Sahel Province attacked a village near Abala on Friday, killing "
                      "nine Fulani herders. Elders of the Nuer community said the army had not come.",
                      DocContext("r1", published=dt.date(2025, 6, 30)))
    names = {p.name for p in an.places}
    assert not names & {"Sahel", "Nuer", "Fulani"}, names

# -- a strike with no weapon named restates the air strike (events/merge_types.unstated_strike) -------------------------

def _explosions(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 3, 11)))
    return [e.sub_event_type for e in an.events if e.event_type == "Explosions/Remote violence"]


def test_a_bare_strike_restates_the_air_strike(ann):
    assert _explosions(ann, "Army drones bombed a fuel depot near Kutum on Sunday, killing three guards, a local "
                            "official said. The depot had been struck twice before dawn, a guard said.") \
        == ["Air/drone strike"]


def test_shells_named_keep_a_shelling_of_its_own(ann):
    subs = _explosions(ann, "Army drones bombed a fuel depot near Kutum on Sunday, killing three guards, a local "
                            "official said. Artillery shells struck the hospital on Sunday, a guard said.")
    assert sorted(subs) == ["Air/drone strike", "Shelling/artillery/missile attack"]
