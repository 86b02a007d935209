"""General English forms of who attacked (issue 16, attackers), on sentences written for these tests with made-up
people, groups and towns: "he"/"she" for an earlier person agrees with the sex the article tells of them (a title,
a pronoun used of them before) and stays blank between two people whose sex it does not tell
(events/person_gender.py); attackers "from" a capitalised name headed by a word of an armed body's name
(Brigade, Front, Legion ...: data/armed_name_words.tsv) are that group, in the dictionary or not; the person armed men are "under the command of", "led by" or "loyal to" is
an associate of their deed, not its doer (events/commanders.py); a deed with its victims or doer told that "sparked", "triggered" or "led to"
something is itself a told event (events/triggers.consequence_subject)."""
from __future__ import annotations

import pytest

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_recall_forms import name, on


@pytest.mark.parametrize("text,want", [
    # neither's sex is told: either may be meant
    ("Darek Volm met Anna Berg. She stabbed a guard.", None),
    ("Darek Volm met Anna Berg. He stabbed a guard.", None),
    # titles tell it
    ("Mr Volm met Mrs Berg in Brask. She stabbed a guard.", "Berg"),
    ("Mr Volm met Mrs Berg in Brask. He stabbed a guard.", "Volm"),
    ("Mrs Berg met Mr Volm in Brask. He stabbed a guard.", "Volm"),
    # a pronoun used of one of them before tells it
    ("Darek Volm said he was tired. He met Anna Berg in Brask. She stabbed a guard.", "Anna Berg"),
    # one person before the pronoun: no rival
    ("Police arrested Darek Volm on Tuesday. He stabbed two guards in Brask.", "Darek Volm"),
])
def test_he_or_she_agrees_with_the_sex_the_article_tells(ann, text, want):  # type: ignore[no-untyped-def]
    assert name(on(violent(ann, text), "stabbed").actor1) == want


@pytest.mark.parametrize("text,trigger,want", [
    ("Attackers from the Crimson Brigade killed four soldiers near Brask on Monday.", "killed", "Crimson Brigade"),
    ("Gunmen from the Veldan Liberation Front attacked a police post in Brask.", "attacked", "Veldan Liberation Front"),
    ("Militants from the Korsa Movement attacked a police post in Brask.", "attacked", "Korsa Movement"),
    ("Gunmen from the Crimson Legion stormed a police post in Brask.", "stormed", "Crimson Legion"),
    ("Gunmen belonging to the Crimson Brigade attacked a police post in Brask.", "attacked", "Crimson Brigade"),
    # a town is no armed group
    ("Attackers from the town of Brask killed four soldiers.", "killed", "Attackers"),
])
def test_attackers_from_a_name_headed_by_a_group_word_are_that_group(ann, text, trigger, want):  # type: ignore[no-untyped-def]
    assert name(on(violent(ann, text), trigger).actor1) == want


@pytest.mark.parametrize("text,trigger,actor1,assoc", [
    ("Kenyan troops under the command of General Viktor Dalen shelled the village of Brask.", "shelled",
     "Military Forces of Kenya", ["Viktor Dalen"]),
    ("Kenyan soldiers led by Viktor Dalen stormed a police post in Brask.", "stormed", "Military Forces of Kenya",
     ["Viktor Dalen"]),
    # whose forces the sentence does not tell: the doer stays blank, the commander is still only an associate
    ("Forces loyal to warlord Viktor Dalen attacked the town of Brask on Monday.", "attacked", None, ["Viktor Dalen"]),
    ("Troops under the command of General Viktor Dalen shelled the village of Brask.", "shelled", None,
     ["Viktor Dalen"]),
    # loyal to no person: no associate
    ("Kenyan troops loyal to the government shelled the village of Brask.", "shelled", "Military Forces of Kenya", []),
])
def test_the_commander_of_armed_men_is_an_associate_not_the_doer(ann, text, trigger, actor1, assoc):  # type: ignore[no-untyped-def]
    ev = on(violent(ann, text), trigger)
    assert name(ev.actor1) == actor1
    assert [a.name for a in ev.associates] == assoc


@pytest.mark.parametrize("text,trigger,actor1", [
    ("The shooting of three guards by a lone gunman sparked protests in Brask.", "shooting", "lone gunman"),
    ("The killing of three guards by Crimson Brigade fighters triggered clashes in Brask.", "killing",
     "Crimson Brigade"),
    ("The stabbing of a guard by a prisoner led to a lockdown in Brask.", "stabbing", None),
])
def test_a_deed_that_brought_something_about_is_a_told_event(ann, text, trigger, actor1):  # type: ignore[no-untyped-def]
    evs = violent(ann, text)
    ev = on(evs, trigger)
    assert name(ev.actor1) == actor1
    assert ev.modality == "asserted"


def test_what_the_deed_brought_about_has_not_its_victims_as_doers(ann):  # type: ignore[no-untyped-def]
    from sitrep.model import VIOLENT_EVENT_TYPES
    from test_roles import DocContext, dt

    an = ann.annotate("The shooting of three guards by a lone gunman sparked protests in Brask.",
                      DocContext("r1", published=dt.date(2023, 5, 6)))
    protests = [e for e in an.events if e.trigger.text == "protests"]
    assert protests and protests[0].actor1 is None
    # no victim or count told: which shooting is not said here, and no violent event is read
    an = ann.annotate("The shooting sparked protests in Brask.", DocContext("r1", published=dt.date(2023, 5, 6)))
    assert not [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]
