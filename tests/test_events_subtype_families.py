"""Sub-type families measured on the CASE 2021 development half (issue 15): weapons found, cleared or seized;
prisoner exchanges; observation points; territory freed; protests that erupt; accidents with chemicals; mines
planted; convoys attacked; the land surrounding a place. Sentences written for these tests; places made up."""
from __future__ import annotations

import pytest

from events_helpers import events, subs


@pytest.mark.parametrize("text", [
    "Soldiers discovered a cache of rifles and ammunition in a cave near Tessor on Monday.",
    "Army engineers cleared hundreds of landmines from farmland around Tessor.",
    "Police seized three pistols and a hand grenade during a search in Tessor.",
    "Special forces destroyed two improvised explosive devices on the road to Tessor.",
])
def test_weapons_found_cleared_or_seized_are_disrupted_weapons_use(text):
    assert "Disrupted weapons use" in subs(text), subs(text)
    assert not any(s in ("Remote explosive/landmine/IED", "Grenade", "Non-state actor overtakes territory",
                         "Government regains territory") for s in subs(text)), subs(text)


def test_a_bomb_elsewhere_in_the_sentence_is_not_what_was_seized():
    s = subs("Rebels seized the town of Tessor on Friday, while a bomb at a market in Marlow killed two people.")
    assert "Disrupted weapons use" not in s, s


def test_a_prisoner_exchange_is_an_agreement():
    assert "Agreement" in subs("The two sides carried out an exchange of prisoners near Tessor on Sunday.")
    assert "Agreement" in subs("The rival forces exchanged prisoners at a crossing near Tessor.")


def test_observation_points_set_up_are_a_base_established():
    assert "Headquarters or base established" in subs("The army set up another observation point near Tessor on Monday.")
    assert "Headquarters or base established" in subs("Foreign troops have established five observation points around Tessor.")


@pytest.mark.parametrize("text", [
    "Government troops freed three villages near Tessor from the rebels on Wednesday.",
    "The army drove the militants out of Tessor after a week of fighting.",
    "The rebels have gained ground in the northern part of Tessor.",
])
def test_territory_freed_or_gained_is_a_territorial_event(text):
    assert any(s in ("Government regains territory", "Non-state actor overtakes territory") for s in subs(text)), subs(text)


def test_protests_erupt_a_volcano_erupts():
    evs = events("Violent protests erupted in Tessor on Tuesday over the price of bread.")
    assert not any(e.outside for e in evs), [(e.sub_event_type, e.outside) for e in evs]
    assert "Violent demonstration" in [e.sub_event_type for e in evs]
    evs = events("The volcano above Tessor erupted on Tuesday, forcing villagers to flee.")
    assert [e.outside for e in evs if e.outside] == ["natural_disaster"]


def test_a_chemical_accident_is_no_chemical_weapon():
    evs = events("A chemical leak at a fertiliser factory in Tessor killed six workers on Monday.")
    assert "Chemical weapon" not in [e.sub_event_type for e in evs]
    assert "man_made_disaster" in [e.outside for e in evs]
    # the weapon named still decides
    assert "Chemical weapon" in subs("Government forces killed twelve people in a chemical attack on Tessor.")


def test_a_mine_planted_by_fighters_is_an_explosive_not_an_accident():
    evs = events("A landmine planted by rebel fighters killed two shepherds near Tessor on Sunday.")
    assert "Remote explosive/landmine/IED" in [e.sub_event_type for e in evs]
    assert not any(e.outside for e in evs)


def test_an_attacked_convoy_is_the_target_not_a_deployment():
    evs = events("Rebel fighters attacked a military convoy near Tessor on Saturday.")
    assert [e.plover for e in evs if e.event_type == "Political"] == []
    assert any(e.event_type in ("Battles", "Violence against civilians") for e in evs)
    # a convoy sent on its own is still a deployment
    assert "MOBILIZE" in [e.plover for e in events("The army sent a convoy of tanks to Tessor on Monday.")]


def test_the_land_surrounding_a_place_is_no_siege():
    assert "Other" not in subs("Troops searched the surrounding villages of Tessor for weapons.")
    assert "Other" in subs("Government forces besieged Tessor for three weeks.")


def test_a_cue_list_in_a_trigger_stands_for_each_of_its_lemmas():
    from sitrep.events.ontology import parse_ontology

    data = {"types": [{"code": "x.found", "event_type": "Strategic developments", "sub_event_type": "Disrupted weapons use",
                       "definition": "d", "source": "s", "verbs": ["find +@things"]}],
            "cues": {"things": {"source": "s", "lemmas": ["Rifle", "cache"]}}}
    onto = parse_ontology(data)
    assert sorted(p.deps for p in onto.patterns("find", "VERB")) == [("cache",), ("rifle",)]
    data["types"][0]["verbs"] = ["find +@nothing"]
    with pytest.raises(ValueError, match="nothing"):
        parse_ontology(data)


def test_weapons_in_a_hideout_found_are_disrupted_weapons_use():
    assert "Disrupted weapons use" in subs("Troops found a hideout stocked with rifles in the hills above Tessor.")


def test_protesters_violence_told_in_another_clause_makes_a_violent_demonstration():
    s = subs("Thousands of protesters marched through Tessor on Saturday, and scuffles broke out near the town hall.")
    assert "Violent demonstration" in s and "Peaceful protest" not in s, s
    assert "Peaceful protest" in subs("Thousands of protesters marched peacefully through Tessor on Saturday.")
    # only a protest's reading looks beyond its clause: a clash elsewhere does not make an attack a riot
    assert "Violent demonstration" not in subs("Gunmen killed two guards in Tessor, and clashes broke out in Marlow.")


def test_a_petrol_bomb_in_a_protest_is_the_protesters_violence_not_a_planted_explosive():
    from sitrep.events.ontology import load_ontology
    from sitrep.events.subtype import refine

    onto = load_ontology()
    ied = onto.types["explosions.ied"]
    # "..., attacking police with petrol bombs" in a sentence that tells of a protest
    got = refine(ied, onto, {"attack", "police", "with", "petrol", "bomb"}, None, None, "bomb",
                 sentence_lemmas=frozenset({"protester", "rally", "attack", "police", "petrol", "bomb"}))
    assert got.code == "riots.violent_demonstration"
    # no protest told: a firebomb stays an explosive; a bomb at a protest stays a bomb
    assert refine(ied, onto, {"petrol", "bomb", "house"}, None, None, "bomb").code == "explosions.ied"
    assert refine(ied, onto, {"bomb", "explode", "protest"}, None, None, "explode",
                  sentence_lemmas=frozenset({"bomb", "explode", "protest"})).code == "explosions.ied"


def test_arrests_at_a_protest_are_a_protest_with_intervention():
    assert "Protest with intervention" in subs("Police arrested forty protesters at the rally in Tessor on Sunday.")
    s = subs("Police arrested three men suspected of smuggling rifles in Tessor.")
    assert "Arrests" in s and "Protest with intervention" not in s, s


def test_deaths_told_with_their_cause_in_a_when_clause_take_the_cause_type():
    evs = events("Six workers were killed when a gas cylinder exploded at a bakery in Tessor on Monday.")
    assert [e.outside for e in evs] == ["man_made_disaster"], [(e.sub_event_type, e.outside) for e in evs]
    evs = events("Two soldiers were killed when their truck hit a landmine near Tessor.")
    assert [e.sub_event_type for e in evs if e.event_type != "Political"] == ["Remote explosive/landmine/IED"]


def test_an_assault_on_civilians_is_an_attack_not_a_clash():
    evs = events("Security forces assaulted villagers in Tessor on Friday.")
    assert [e.event_type for e in evs] == ["Violence against civilians"], [e.sub_event_type for e in evs]
    assert "Armed clash" in subs("Rebels assaulted an army checkpoint outside Tessor on Friday.")


def test_territory_taken_without_a_fight_is_a_non_violent_transfer():
    s = subs("Rebels seized the deserted army base outside Tessor on Sunday after the troops pulled out.")
    assert "Non-violent transfer of territory" in s and "Non-state actor overtakes territory" not in s, s
    s = subs("The militants took control of Tessor without any resistance on Sunday.")
    assert "Non-violent transfer of territory" in s, s
    s = subs("Rebels seized Tessor on Sunday after heavy fighting with the army.")
    assert "Non-violent transfer of territory" not in s, s
