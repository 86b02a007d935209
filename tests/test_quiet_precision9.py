"""Event precision on reports that tell no new incident, in the beats of ``tests/data/quiet_reports3`` and the
earlier quiet, war and protest sets (branch precision9): a deed told in a speaker's own words by a bare pronoun
("They fought to the last round"), a deed told in a relative clause of a deed of the story's past ("the killings in
March 2004, in which gunmen opened fire"), a deed dated only by a past year or decade, and a count of deeds that
rose or fell. Sentences written for these tests; the people and incidents are made up (the towns are real, so that
the gazetteer places them)."""
from __future__ import annotations

import pytest

from test_events_precision5 import events, happened, show  # the shared annotator and helpers

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")

NO_INCIDENT = [
    # a pronoun's deed in a quotation
    "\"They fought to the last round,\" said Captain Idrissa Balewo.",
    "\"We are fighting for our right to learn,\" said student leader Amina Koroma-Tull.",
    "\"They gassed us like animals,\" said Joel Matanda, a second-year student.",
    "\"We have won some battles, but not the war,\" the minister told reporters.",
    "Colonel Dabo remembered the siege with pride.\n\n\"I was nineteen. We fought for our street and our school. "
    "Nobody ran,\" he said.",
    # a relative clause of a background deed
    "The killings in March 2004, in which gunmen on motorcycles opened fire on traders, were among the worst the "
    "town has seen.",
    "He led the assault that retook the town of Gulu from rebels in 1988, an operation in which dozens of soldiers "
    "were killed.",
    # a deed of a past whole year or decade
    "Tarrant, now 63, was one of the young men who defended Gulu in 1991, when it was besieged for three months and "
    "shelled every day by the rebels.",
    "In the 1990s he commanded units fighting the rebels, whose fighters abducted thousands of children near Gulu.",
    # a count of deeds that rose or fell
    "Kidnappings and extortion rose in several regions, the police report said.",
    "The minister said arrests of gang members in Celaya had doubled.",
    "Kano, Kaduna and Zaria all reported fewer killings, officials said.",
]

INCIDENT = [
    "\"They shot my brother outside the market in Kano on Friday,\" said Musa Adaro.",
    "\"They attacked the village at dawn and killed nine people,\" a resident of Kaduna said.",
    "They fought the soldiers near Goma for two hours on Monday, a rebel spokesman said.",
    "The attack on Monday, in which gunmen opened fire on traders in Kano, killed six people.",
    "Rebels shelled the town of Gulu in May, killing four people, officials said.",
    "Three attacks on police posts in Cauca on Monday killed two officers, the army said.",
    "At least eight civilians were killed on Sunday when bombs fell on homes near Goma, a relief worker said.",
]


@pytest.mark.parametrize("text", NO_INCIDENT)
def test_words_memories_years_and_counts_tell_no_incident(text):
    evs = [e for e in happened(events(text)) if e.event_type != "Political"]
    assert not evs, show(evs)


@pytest.mark.parametrize("text", INCIDENT)
def test_an_incident_told_with_its_facts_or_in_narrative_stays(text):
    assert [e for e in happened(events(text)) if e.event_type in VIOLENT], text
