"""Roles that earlier rounds left blank although the parse names them (events/unnamed_attackers.py,
events/participants.py, events/roles.py, events/merge.py, data/person_deeds.tsv, data/figure_lexicon.tsv), on
sentences written for these tests; negatives: causes, places, groups and the report's silence stay blank."""
from __future__ import annotations

import pytest

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_frames import a1


def a2(ev):  # type: ignore[no-untyped-def]
    return ev.actor2.span.text if ev.actor2 is not None and ev.actor2.span is not None else None


@pytest.mark.parametrize("text,span,name", [
    # unnamed men in a report that names no country: an unidentified armed group of no country
    ("Two men shot the baker outside his shop on Friday.", "Two men", "Unidentified Armed Group"),
    ("The watchman was shot by three men late on Tuesday.", "three men", "Unidentified Armed Group"),
    # the by-phrase of a deed only a person does names its doer whatever its noun
    ("Dana Orlek was assassinated by an intruder in 2011.", "an intruder", "intruder"),
    ("The farmer was strangled by his lodger.", "his lodger", "lodger"),
    # the noun before a gerund after "of" is its subject
    ("After weeks of the militia shelling Korvasta, the residents fled.", "the militia", None),
    # a bare government in a report that names no country: a government of no country
    ("The aid worker said that the government keeps shelling its own villages.", "the government",
     "Government (country not named)"),
])
def test_the_doer_the_parse_names(ann, text, span, name):  # type: ignore[no-untyped-def]
    ev = violent(ann, text)[0]
    assert a1(ev) == span and (name is None or ev.actor1.name == name)


@pytest.mark.parametrize("text", [
    "The hiker was killed by a falling rock.",  # a cause
    "He was stabbed by the canal on Sunday night.",  # a place
    "She was murdered by the roadside near Velt.",
    "The trader was kidnapped by a group that drove a van.",  # "a group" names no one
])
def test_no_doer_named(ann, text):  # type: ignore[no-untyped-def]
    assert all(e.actor1 is None for e in violent(ann, text)), text


def test_the_subject_of_a_participle_clause_after_the_object_is_the_doer(ann):
    evs = violent(ann, "The men tied the clerk to a chair, beating and kicking him while demanding the keys.")
    assert any(a1(e) == "The men" for e in evs)


def test_victims_stay_victims_and_a_gerund_keeps_its_own_subject(ann):
    ev = violent(ann, "Two men were shot dead by police in Orvale.")[0]
    assert ev.actor1 is None or "men" not in a1(ev)
    ev = violent(ann, "After weeks of fighting, the rebels shelled the barracks.")[0]
    assert ev.actor1 is None or "weeks" not in a1(ev)


def test_a_bare_government_in_a_report_of_one_country_is_that_country(ann):
    evs = violent(ann, "Clashes spread in Kenya. The government keeps shelling its own villages, the aid worker said.")
    assert all(e.actor1 is None or e.actor1.entity_id != "x:government" for e in evs)


def test_men_of_no_country_give_way_to_the_doer_a_later_mention_of_the_deed_names(ann):
    text = "Two men bombed the Korva bank on Monday. Police blamed the bombing on the Vesk cartel."
    ev = next(e for e in violent(ann, text) if e.trigger.text == "bombed")
    assert ev.actor1 is not None and ev.actor1.name == "Vesk cartel"


@pytest.mark.parametrize("text,span,name", [
    ("Guards tortured asylum seekers at the Korvin camp.", "asylum seekers", "Civilians"),
    ("Gunmen killed six worshippers at a chapel in Drava.", "six worshippers", "Civilians"),
    ("The militia is engaged in torturing dissidents, the report said.", "dissidents", None),
    ("Dorvan Lesko jailed reporters for years, quietly killing his enemies.", "his enemies", None),
])
def test_people_named_by_what_they_seek_do_or_stand_for_are_victims(ann, text, span, name):  # type: ignore[no-untyped-def]
    ev = violent(ann, text)[0]
    assert a2(ev) == span and (name is None or ev.actor2.name == name)


def test_the_object_pronoun_of_a_participle_clause_is_the_main_verbs_object(ann):
    ev = violent(ann, "The gang tied the guard up, beating him with sticks.")[0]
    assert a2(ev) == "him" and ev.actor2.name == "guard"


@pytest.mark.parametrize("text", [
    "The gang stole the car, beating him.",  # a thing is no "him"
    "The crew hauled the nets, beating them.",  # (nor "them")
])
def test_a_pronoun_the_main_object_cannot_be_stays_with_the_other_readings(ann, text):  # type: ignore[no-untyped-def]
    evs = violent(ann, text)
    assert all(e.actor2 is None or e.actor2.name not in ("car", "nets") for e in evs)


def test_a_name_coordinated_with_a_demonym_before_one_noun_keeps_its_whole_name(ann):
    ev = violent(ann, "Bombing campaigns by both the Red Front and Kurdish militants shook the province.")[0]
    assert a1(ev) == "Red Front" and "Kurdish" not in ev.actor1.name
