"""Sub-type families of the fourth CASE round (issue 15): troop movements are ACLED's change to group/activity;
protests split by ACLED's codebook (road-blocking, force yielding to the protesters' own violence, non-lethal
dispersal); a chemical agent beats the launcher. Sentences written for these tests; places made up."""
from __future__ import annotations

import pytest

from events_helpers import events, subs


# ------------------------------------------------------------------------- troop movements
@pytest.mark.parametrize("text", [
    "The army moved tanks and troops to the border near Tessor on Monday.",
    "The rebels sent hundreds of fighters to reinforce their positions around Tessor.",
])
def test_armed_forces_on_the_move_are_a_change_to_group_activity(text):
    evs = events(text)
    got = [(e.event_type, e.sub_event_type, e.plover) for e in evs]
    assert ("Strategic developments", "Change to group/activity", "MOBILIZE") in got, got


def test_an_aid_convoy_is_no_change_to_group_activity():
    got = subs("An aid convoy of twenty lorries arrived in Tessor on Monday.")
    assert "Change to group/activity" not in got, got


# ------------------------------------------------------------------------- protests, ACLED's four ways
@pytest.mark.parametrize("text", [
    "Hundreds of farmers protested in Tessor on Monday and blocked the main highway for six hours.",
    "Striking lorry drivers rallied outside the ministry in Tessor and shut down the roads around it.",
])
def test_demonstrators_blocking_roads_is_a_violent_demonstration(text):
    assert "Violent demonstration" in subs(text), subs(text)


def test_police_blocking_a_road_does_not_make_the_protest_violent():
    s = subs("Riot police blocked the road to the square as students marched peacefully through Tessor.")
    assert "Violent demonstration" not in s, s


def test_killings_told_in_another_clause_are_force_against_the_protesters():
    s = subs("Four people were killed on Sunday after soldiers opened fire on peaceful marchers in Tessor.")
    assert "Excessive force against protesters" in s, s


def test_a_march_over_a_road_accident_is_no_force_against_it():
    s = subs("Students marched through Tessor on Friday demanding justice for two pupils killed in a bus accident.")
    assert "Excessive force against protesters" not in s, s
    assert "Peaceful protest" in s, s


def test_force_against_protesters_who_threw_stones_is_a_violent_demonstration():
    s = subs("Police shot dead two protesters in Tessor after the demonstrators threw stones at the town hall.")
    assert "Violent demonstration" in s, s
    assert "Excessive force against protesters" not in s, s


def test_tear_gas_into_a_crowd_with_no_one_hurt_is_an_intervention():
    s = subs("Police broke up the march in Tessor by firing tear gas at the crowd of protesters.")
    assert "Protest with intervention" in s, s
    assert "Excessive force against protesters" not in s, s


def test_a_march_against_police_brutality_is_still_peaceful():
    s = subs("Thousands marched peacefully through Tessor on Saturday to denounce police brutality.")
    assert "Peaceful protest" in s, s
    assert "Protest with intervention" not in s, s


def test_a_march_against_gun_violence_is_no_force():
    s = subs("Thousands of students rallied in Tessor on Saturday against gun violence in schools.")
    assert "Excessive force against protesters" not in s, s


def test_a_peaceful_protest_violently_broken_up_is_force_not_a_riot():
    s = subs("Soldiers violently dispersed a peaceful protest of teachers in Tessor on Monday.")
    assert "Violent demonstration" not in s, s


# ------------------------------------------------------------------------- chemical agents
def test_a_chemical_agent_in_a_shell_or_a_bomb_is_a_chemical_weapon():
    s = subs("The militia fired shells filled with chlorine at the village of Tessor on Monday.")
    assert "Chemical weapon" in s, s


def test_the_refine_order_puts_the_chemical_agent_before_the_launcher():
    from sitrep.events.ontology import load_ontology
    from sitrep.events.subtype import refine

    onto = load_ontology()
    for code in ("explosions.shelling", "explosions.air_drone"):
        got = refine(onto.types[code], onto, {"shell", "chlorine", "fire", "helicopter"}, None, None, "fire")
        assert got.code == "explosions.chemical", (code, got.code)


# ------------------------------------------------------------------------- rapes told with a verb
@pytest.mark.parametrize("text", [
    "Two women were raped in Tessor on Sunday, police said.",
    "Militiamen raped a girl in a village near Tessor last week.",
])
def test_a_rape_told_with_a_verb_is_sexual_violence(text):
    assert "Sexual violence" in subs(text), subs(text)


def test_the_lemma_of_raped_is_rape_and_rap_stays_rap():
    from sitrep.nlp.models import load_pipeline

    nlp = load_pipeline()
    assert [t.lemma_ for t in nlp("Soldiers raped them.")][1] == "rape"
    assert [t.lemma_ for t in nlp("She will rap on stage tonight.")][2] == "rap"


# ------------------------------------------------------------------------- new armed units
@pytest.mark.parametrize("text", [
    "A new militia was set up in the province of Tessor last month.",
    "The rebels formed a new brigade in Tessor on Monday.",
])
def test_a_new_armed_unit_is_a_change_to_group_activity(text):
    assert "Change to group/activity" in subs(text), subs(text)


def test_forces_forming_a_cordon_are_no_new_unit():
    assert "Change to group/activity" not in subs("Government forces formed a cordon around Tessor on Monday.")


# ------------------------------------------------------------------------- a snippet's main event (bench)
def test_a_generic_attack_gives_way_to_the_specific_deed_of_its_sentence():
    import sys
    from pathlib import Path
    from types import SimpleNamespace as NS

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import devsets

    sent, other = NS(start=0), NS(start=200)

    def ev(sub, conf, s=sent, mod="asserted"):
        return NS(event_type="X", sub_event_type=sub, plover=None, modality=mod, outside=None, confidence=conf, sentence=s)

    clash, shelling = ev("Armed clash", 0.8), ev("Shelling/artillery/missile attack", 0.6)
    assert devsets.main_event([clash, shelling]) is shelling
    # not across sentences, nor from an asserted clash to a planned shelling
    assert devsets.main_event([clash, ev("Shelling/artillery/missile attack", 0.6, other)]) is clash
    assert devsets.main_event([clash, ev("Shelling/artillery/missile attack", 0.6, mod="planned")]) is clash


# ------------------------------------------------------------------------- territory without a fight
def test_territory_taken_without_any_clashes_is_a_non_violent_transfer():
    s = subs("Government troops took control of three villages near Tessor without any armed clashes.")
    assert "Non-violent transfer of territory" in s, s


def test_a_shootout_is_an_armed_clash():
    assert "Armed clash" in subs("A shootout between police and gunmen left two officers dead in Tessor.")


# ------------------------------------------------------------------------- agreements in ACLED's sense
@pytest.mark.parametrize("text", [
    "The insurgents opened peace talks with the authorities in Tessor on Monday.",
    "Forty militants surrendered to the army near Tessor on Friday.",
    "The government released 300 prisoners on Tuesday under the truce.",
])
def test_peace_talks_prisoner_releases_and_surrenders_are_agreements(text):
    assert "Agreement" in subs(text), subs(text)


def test_talks_on_trade_are_no_agreement():
    assert "Agreement" not in subs("The two ministers held talks on trade in Tessor on Monday.")


def test_a_chemical_agent_told_in_the_strike_sentence_makes_a_chemical_weapon():
    s = subs("A government helicopter dropped two barrel bombs carrying cylinders of poison gas on Tessor.")
    assert "Chemical weapon" in s, s
    assert "Chemical weapon" in subs("The village of Tessor was attacked on Tuesday with poisonous gas, activists said.")


def test_a_boiler_blast_at_a_chemical_plant_is_no_chemical_weapon():
    s = subs("A boiler exploded at a chemical plant in Tessor on Monday, killing one worker.")
    assert "Chemical weapon" not in s, s


def test_guns_fired_during_a_march_are_force_against_it():
    s = subs("Two men fired their guns during a march of students in Tessor on Monday.")
    assert "Excessive force against protesters" in s, s
