"""subtypes17: ACLED sub-types and modality from mixed_reports11: fighting told as what people fled or were displaced
by, and protests told as what a journalist reported on, are no incidents; "bombs" retold after jets dropped them
are the air strike; a fire that "caught" after a strike is the strike's; "soldiers its fighters seized" (a relative
clause with no relative word) takes people, not ground; an agreement retold with "signed the document" is the same
deal; a movement of troops "into the town" after the town's retaking is its entry, with its day; a demonym of a
country the dictionary lacked ("Zimbabwean police") names that country's police. Sentences written for these tests;
names made up, places made up (Tessor, Varnik: no gazetteer entry) but
for Dikwa, Lake Chad and Mutare (real places, needed where the reading keys on a place the gazetteer knows)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_subtypes13 import kinds
from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader; published Monday 2024-05-06)

_KINDS = [
    # the fighting is why people left: only the looting is news
    ("Gunmen looted an aid warehouse in Tessor on Sunday, police said. The food had been meant for families displaced "
     "by fighting.", ["Looting/property destruction"]),
    ("Drones struck the airport in Tessor on Sunday, an official said. The town has taken in thousands of people who "
     "fled fighting in Varnik.", ["Air/drone strike"]),
    # the protests are what the journalist reported on
    ("Police in Tessor arrested a radio journalist on Sunday after he reported on protests by miners, his employer "
     "said.", ["Arrests"]),
    # the bombs the jets dropped, retold, and the fire they started are the air strike
    ("Military jets dropped bombs on a market in Tessor on Sunday, killing nine people, residents said. Two bombs "
     "struck the market at noon. \"People were thrown to the ground and the stalls caught fire,\" a trader said.",
     ["Air/drone strike"]),
    # the deal told again by "the document" is one agreement
    ("The government signed a ceasefire agreement with the Tessor Liberation Front in Tessor on Sunday, officials "
     "said. A presidential adviser and the group's leader signed the document at a hotel in front of mediators.",
     ["Agreement"]),
]


@pytest.mark.parametrize("text,want", _KINDS)
def test_sub_types(ann, text, want):
    an = read(ann, text)
    assert kinds(an) == want, kinds(an)


def test_a_planted_bomb_stays_an_ied_beside_a_clash(ann):
    # "bomb" folds only into an air strike: a roadside bomb keeps its type
    an = read(ann, "A roadside bomb planted by separatists killed two soldiers near Tessor on Sunday, the army said.")
    assert kinds(an) == ["Remote explosive/landmine/IED"], kinds(an)


def test_the_entry_into_the_town_gives_the_retaking_its_day(ann):
    an = read(ann, "Soldiers have recaptured the town of Dikwa from the rebels, the army said on Monday. Troops backed "
                   "by jets moved into the town on Saturday and met no resistance, adding that the rebels had fled "
                   "towards Lake Chad.")
    got = [(e.sub_event_type, e.date_start) for e in an.events if e.modality == "asserted"
           and e.event_type != "Political"]
    assert got == [("Government regains territory", dt.date(2024, 5, 4))], got


def test_a_demonym_names_the_country_police(ann):
    an = read(ann, "Zimbabwean police arrested 40 activists at a house in Mutare on Sunday, a spokesman said.")
    got = [(e.sub_event_type, e.actor1.entity_id if e.actor1 else None) for e in an.events
           if e.modality == "asserted" and e.event_type != "Political"]
    assert got == [("Arrests", "ZWE_POLICE")], got


_SEIZED = ("Colombia's National Liberation Army (ELN) said on Tuesday it was holding two soldiers its fighters seized on "
           "Sunday near Arauquita, in the eastern province of Arauca on the border with Venezuela.")


def test_people_seized_in_a_relative_clause_with_no_relative_word(ann):
    # "two soldiers its fighters seized": the soldiers are what was seized, so no territory was taken
    from sitrep.events.triggers import zero_relative_object

    doc = ann.nlp(_SEIZED)
    seized = next(t for t in doc if t.lower_ == "seized")
    assert zero_relative_object(seized) is not None and zero_relative_object(seized).lower_ == "soldiers"
    an = read(ann, _SEIZED)
    assert "Non-state actor overtakes territory" not in kinds(an), kinds(an)
