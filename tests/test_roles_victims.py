"""Who suffered a deed (actor2), on sentences written for these tests with made-up names: victims shared by
coordinated verbs (events/shared_patient.py), told by what the deed left behind or as civilian (events/victim_nouns.py),
a victim pronoun whose antecedent is a guess (events/victim_pronoun.py), a government hit by one-sided violence
(participants.armed_branch), the backers and joint sides that are no victims; negatives included."""
from __future__ import annotations

import pytest
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)

from sitrep.nlp.models import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _victims(evs):  # type: ignore[no-untyped-def]
    return [e.actor2.span.text if e.actor2 is not None and e.actor2.span is not None else None for e in evs]


# ---------------------------------------------------------------- coordinated verbs sharing the victim

def test_a_passive_series_shares_its_subject(ann):
    evs = violent(ann, "Forty herders were seized, beaten and executed by the militia near Dorva last spring.")
    assert any(v is not None and "herders" in v for v in _victims(evs))


def test_the_object_written_once_is_the_object_of_each_verb(ann):
    evs = violent(ann, "The gang was punching and stabbing Arvo Tamm when police arrived.")
    assert "Arvo Tamm" in _victims(evs)


def test_shared_passive_subject_units(nlp):
    from sitrep.events.shared_patient import shared_passive_subject

    doc = nlp("Forty herders were seized, beaten and executed by the militia.")
    executed = next(t for t in doc if t.lower_ == "executed")
    assert shared_passive_subject(executed).lower_ == "herders"
    doc = nlp("Soldiers stormed the village and burned the houses.")  # an active verb: its subject did it
    burned = next(t for t in doc if t.lower_ == "burned")
    assert shared_passive_subject(burned) is None


def test_raised_object_units(nlp):
    from sitrep.events.shared_patient import raised_object

    doc = nlp("The guards were stabbing and beating the prisoner.")
    stabbing = next(t for t in doc if t.lower_ == "stabbing")
    assert raised_object(stabbing).lower_ == "prisoner"
    doc = nlp("The troops shelled the hills and the rebels looted the market.")  # a subject of its own: no sharing
    shelled = next(t for t in doc if t.lower_ == "shelled")
    assert raised_object(shelled) is None


# ---------------------------------------------------------------- what the deed left; civilian targets

def test_the_deed_left_people_dead(ann):
    evs = violent(ann, "The ambush, which left nine herders dead, was blamed on bandits.")
    assert "nine herders" in _victims(evs)
    evs = violent(ann, "A truck bomb exploded outside the depot in Dorva, leaving 12 people dead.")
    assert "12 people" in _victims(evs)


def test_a_target_that_names_no_one_gives_way_to_the_harmed(ann):
    evs = violent(ann, "Rebels attacked the town of Dorva, leaving three policemen injured.")
    assert "three policemen" in _victims(evs)


def test_what_is_left_unharmed_is_no_victim(ann):
    evs = violent(ann, "A truck bomb exploded outside the depot in Dorva, leaving the road blocked.")
    assert _victims(evs) == [None]


@pytest.mark.parametrize("text", ["Drones bombed a civilian target outside Dorva.",
                                  "Witnesses described the civilian killings in Dorva."])
def test_a_civilian_target_is_civilians(ann, text):
    ev = violent(ann, text)[0]
    assert ev.actor2 is not None and ev.actor2.entity_id == "CIVILIANS"


def test_a_target_without_civilian_word_stays_blank(ann):
    ev = violent(ann, "Drones bombed a target outside Dorva.")[0]
    assert ev.actor2 is None


# ---------------------------------------------------------------- no victims: backers, joint sides

def test_forces_backed_by_strikes_are_not_their_victims(ann):
    evs = violent(ann, "Militia fighters, supported by Ostrian drone strikes, pushed toward Dorva on Monday.")
    assert all(v is None or "fighters" not in v for v in _victims(evs))


def test_a_between_phrase_naming_the_sides_together_is_no_victim(ann):
    evs = violent(ann, "Commanders met on Friday to stop clashes between the two navies.")
    assert _victims(evs) == [None]


def test_a_between_phrase_naming_two_sides_keeps_the_pair(ann):
    ev = violent(ann, "Clashes between the Dorvan Liberation Front and the Ostrian army killed six fighters.")[0]
    assert ev.actor1 is not None and ev.actor2 is not None


# ---------------------------------------------------------------- victim pronouns

def test_a_plural_noun_between_the_name_and_they_leaves_the_victim_blank(ann):
    evs = violent(ann, "The Dorvan Liberation Front keeps dissidents in a camp, where they are beaten every night.")
    assert all(e.actor2 is None or "Liberation Front" not in e.actor2.name for e in evs)


def test_the_doers_between_do_not_block_the_name(ann):
    ev = violent(ann, "The Dorvan Liberation Front said on Monday that soldiers had beaten them.")[0]
    assert ev.actor2 is not None and "Liberation Front" in ev.actor2.name


# ---------------------------------------------------------------- a government hit by one-sided violence

def test_a_government_victim_of_a_one_sided_attack_stays_the_government():
    from sitrep.events.participants import armed_branch
    from sitrep.model import ActorRef

    gov = ActorRef("SYR_GOV", "Government of Syria")
    assert armed_branch(gov, "Violence against civilians", None, victim=True).entity_id == "SYR_GOV"
    assert armed_branch(gov, "Explosions/Remote violence", None, victim=True).entity_id == "SYR_GOV"
    fought = armed_branch(gov, "Battles", None, victim=True)
    acted = armed_branch(gov, "Explosions/Remote violence", None)
    assert fought.entity_id == acted.entity_id == "SYR_MIL"  # in a battle, and as the one who struck, its forces


# ---------------------------------------------------------------- a demonym counted as persons

def test_some_nationals_are_people_not_their_state(ann):
    ev = violent(ann, "Gunmen shot some Afghans at a market in Dorva.")[0]
    assert ev.actor2 is not None and ev.actor2.entity_id == "CIVILIANS"


def test_the_nationals_as_a_state_stay_the_state(ann):
    ev = violent(ann, "The Turks shelled the border town.")[0]
    assert ev.actor1 is not None and ev.actor1.entity_id.startswith("TUR")


# ---------------------------------------------------------------- the person, not the place of his office

@pytest.mark.parametrize("text", ["Gunmen killed the mayor of Cali on Monday.",
                                  "Gunmen carried out an attack on the mayor of Dorva."])
def test_the_mayor_of_a_town_is_the_mayor(ann, text):
    ev = violent(ann, text)[0]
    assert ev.actor2 is not None and "mayor" in ev.actor2.span.text


def test_members_of_a_named_group_stay_the_group(ann):
    ev = violent(ann, "Soldiers killed three members of the FMLN near Usulutan.")[0]
    assert ev.actor2 is not None and ev.actor2.entity_id == "FMLN"


# ---------------------------------------------------------------- the object of a verb about the deed

def test_the_authors_sought_are_no_victims(ann):
    evs = violent(ann, "Detectives are hunting the authors of the bombing at the depot.")
    assert all(e.actor2 is None or "authors" not in e.actor2.span.text for e in evs)


def test_a_person_injured_in_the_raid_stays_its_victim(ann):
    ev = violent(ann, "A farmer injured in the raid on Dorva died in hospital on Friday.")[0]
    assert ev.actor2 is not None and "farmer" in ev.actor2.span.text


# ---------------------------------------------------------------- "him" after a person noun

def test_him_after_another_person_noun_is_not_the_name_before(ann):
    ev = violent(ann, "Ramon Tuva owns the bakery. On Monday a cashier refused to open the safe, and the robbers "
                      "stabbed him.")[0]
    assert ev.actor2 is None or "Tuva" not in ev.actor2.name


def test_him_after_the_name_alone_is_the_name(ann):
    ev = violent(ann, "Ramon Tuva refused to open the safe, and the robbers stabbed him.")[0]
    assert ev.actor2 is not None and "Tuva" in ev.actor2.name


def test_people_a_participle_ties_to_the_deed_stay_its_victims(ann):
    ev = violent(ann, "Volunteers evacuated the tenants affected by the explosion in Dorva.")[0]
    assert ev.actor2 is not None and "tenants" in ev.actor2.span.text


def test_what_the_name_is_called_does_not_block_he(ann):
    ev = violent(ann, "Tomas Ardo addressed the rally as secretary of the union. Two days later he was stabbed to "
                      "death in Dorva.")[-1]
    assert ev.actor2 is not None and "Ardo" in ev.actor2.name


# ---------------------------------------------------------------- a private person is not his country's state

@pytest.mark.parametrize("text,words", [("Gunmen killed two U.S. missionaries in Lima.", "missionaries"),
                                        ("Gunmen shot a Mexican engineer near Cali.", "engineer")])
def test_a_private_person_with_a_demonym_is_a_person(ann, text, words):
    ev = violent(ann, text)[0]
    assert ev.actor2 is not None and ev.actor2.entity_id == "CIVILIANS" and words in ev.actor2.span.text


@pytest.mark.parametrize("text,prefix", [("Gunmen killed two Colombian soldiers near Cali.", "COL_MIL"),
                                         ("Gunmen shot the Salvadoran president in San Salvador.", "SLV_HEAD")])
def test_soldiers_and_offices_with_a_demonym_stay_the_state(ann, text, prefix):
    ev = violent(ann, text)[0]
    assert ev.actor2 is not None and ev.actor2.entity_id.startswith(prefix)
