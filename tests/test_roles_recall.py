"""Attackers that earlier rounds left blank (events/participants.py, nominal.py, roles.py, data/agent_frames.tsv,
data/relation_nouns.tsv), on sentences written for these tests: the passive subject of a raising or control verb
("X are believed to have shot Y"), a support verb in a relative clause on the event noun ("the attack that X carried
out"), a by-phrase hung on a run of deeds ("a wave of bombings by X"), non-state armed nouns and offender nouns as
heads ("separatists", "pirates", "their captors"); negatives: victims, speakers, places and reporters stay out."""
from __future__ import annotations

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)


def a1(ev):  # type: ignore[no-untyped-def]
    return ev.actor1.span.text if ev.actor1 is not None and ev.actor1.span is not None else None


def test_the_passive_subject_of_believed_to_have_is_the_doer(ann):
    ev = violent(ann, "Islamic State fighters are believed to have executed the hostages.")[0]
    assert ev.actor1 is not None and ev.actor1.name == "Islamic State"
    assert ev.actor2 is None or "hostages" in ev.actor2.span.text


def test_a_relative_who_is_thought_to_have_acted_is_the_noun_it_qualifies(ann):
    ev = violent(ann, "The rebels, who are thought to have shelled the town, fled north.")[0]
    assert a1(ev) == "The rebels"


def test_reported_killed_keeps_its_subject_a_victim(ann):
    evs = violent(ann, "Three farmers were reported killed near the village.")
    assert all(e.actor1 is None for e in evs)


def test_a_victim_trying_to_do_something_is_no_attacker(ann):
    evs = violent(ann, "The journalist was shot dead while trying to film the protest.")
    assert all(e.actor1 is None for e in evs)


def test_a_support_verb_in_a_relative_clause_on_the_event_noun_names_the_doer(ann):
    assert a1(violent(ann, "The attack that al-Shabaab carried out last week killed 20 soldiers.")[0]) == "al-Shabaab"
    assert a1(violent(ann, "The attacks the Taliban has carried out this spring killed hundreds of civilians.")[0]) \
        == "the Taliban"
    ev = violent(ann, "The bombing, for which the Islamic State claimed responsibility, killed 30 people.")[0]
    assert ev.actor1 is not None and ev.actor1.name == "Islamic State"


def test_a_relative_clause_that_only_investigates_or_is_the_deed_names_nobody(ann):
    ev = violent(ann, "The attack that police investigated killed three guards.")[0]
    assert ev.actor1 is None
    ev = violent(ann, "The attack that killed three guards shocked the town.")[0]
    assert ev.actor1 is None


def test_a_by_phrase_hung_on_a_wave_of_deeds_names_their_doer(ann):
    ev = violent(ann, "A wave of bombings by the Pakistani Taliban killed 40 people.")[0]
    assert ev.actor1 is not None and ev.actor1.name == "Tehrik-i-Taliban Pakistan"  # (not the Afghan Taliban)


def test_a_wave_of_deeds_by_a_place_or_a_date_names_no_doer(ann):
    for text in ("A wave of bombings by the river killed 40 people.", "A spate of killings by night terrified the town."):
        evs = violent(ann, text)
        assert all(e.actor1 is None for e in evs), text


def test_separatists_and_offenders_act_where_the_parse_says(ann):
    assert a1(violent(ann, "The separatists shot down a passenger airliner over the region.")[0]) == "The separatists"
    assert a1(violent(ann, "Smugglers shot two border guards near the river.")[0]) == "Smugglers"
    ev = violent(ann, "The two hostages were killed by their captors.")[0]
    assert a1(ev) == "their captors" and ev.actor2 is not None and "hostages" in ev.actor2.span.text
    assert a1(violent(ann, "The villagers said they were attacked by herders at night.")[0]) == "herders"


def test_offender_nouns_as_victims_are_not_the_attacker(ann):
    evs = violent(ann, "Police shot dead three smugglers near the border.")
    assert all(e.actor1 is None or "smuggler" not in e.actor1.span.text for e in evs)


def test_a_generic_attacker_said_in_apposition_to_be_of_a_named_group_is_that_group(ann):
    ev = violent(ann, "The attackers, members of the Islamic State, killed 30 worshippers in the mosque.")[0]
    assert ev.actor1 is not None and ev.actor1.name == "Islamic State"
    ev = violent(ann, "The attackers, three young men, stabbed two passers-by.")[0]
    assert ev.actor1 is None or ev.actor1.name != "Islamic State"


def test_a_victim_in_apposition_stays_the_victim(ann):
    ev = violent(ann, "The victims, members of a local church, were shot by the gunmen.")[0]
    assert a1(ev) == "the gunmen"


def test_whose_fighters_are_the_fighters_of_the_group_the_clause_qualifies(ann):
    ev = violent(ann, "The Islamic State, whose fighters beheaded dozens of captives, lost the town.")[0]
    assert ev.actor1 is not None and ev.actor1.name == "Islamic State"
    ev = violent(ann, "The villagers, whose sons were killed by the militia, fled the area.")[0]
    assert a1(ev) == "the militia"


def test_the_group_stands_for_the_one_armed_group_named_just_before(ann):
    evs = violent(ann, "ISIS fighters entered the town on Monday. The group killed 20 civilians.")
    killed = [e for e in evs if e.trigger.text == "killed"][0]
    assert killed.actor1 is not None and killed.actor1.name == "Islamic State" and a1(killed) == "The group"


def test_the_group_after_two_groups_or_with_a_name_of_its_own_is_not_resolved(ann):
    evs = violent(ann, "ISIS and al-Qaeda fighters entered the town. The group killed 20 civilians.")
    killed = [e for e in evs if e.trigger.text == "killed"][0]
    assert killed.actor1 is None or killed.actor1.name not in ("Islamic State", "al-Qaeda")
    ev = violent(ann, "The Wagner group killed 20 civilians in the village.")[0]
    assert ev.actor1 is not None and "Wagner" in ev.actor1.name


def test_he_after_two_people_named_together_is_left_blank(ann):
    ev = violent(ann, "Mark Davis and Peter Brown argued outside the bar. He shot him twice.")[0]
    assert ev.actor1 is None


def test_he_after_one_person_is_that_person(ann):
    evs = violent(ann, "Police said John Smith, 34, entered the store on Friday. He shot two clerks before fleeing.")
    assert evs[0].actor1 is not None and evs[0].actor1.name == "John Smith"


def test_the_government_of_a_known_leader_is_that_state_not_the_person(ann):
    ev = violent(ann, "The government of President Bashar al-Assad has bombed hospitals in Aleppo.")[0]
    assert ev.actor1 is not None and ev.actor1.entity_id.startswith("SYR_") and "Assad" not in ev.actor1.name


def test_the_government_of_an_unknown_name_or_a_place_is_no_state_of_the_dictionary(ann):
    for text in ("The government of John Smith bombed hospitals in the north.",
                 "The government of the province bombed hospitals in the north."):
        ev = violent(ann, text)[0]
        assert ev.actor1 is None or ev.actor1.entity_id.startswith("x:"), text


def test_they_in_what_one_person_said_stands_for_the_group_named_before_not_the_speaker(ann):
    evs = violent(ann, "The mayor condemned the rebels. He said they killed 20 civilians.")
    killed = [e for e in evs if e.trigger.text == "killed"][0]
    assert killed.actor1 is not None and killed.actor1.name == "rebels" and a1(killed) == "they"
