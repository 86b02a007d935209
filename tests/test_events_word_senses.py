"""Trigger words in a sense that names no violent event, decided from the parse (events/word_senses.py, cue lists
of data/event_sense_cues.tsv) or by fixed phrases (data/non_event_phrases.tsv). Sentences written for these tests,
with made-up names and places; each negative has a positive beside it."""
from __future__ import annotations

from events_helpers import events


def _subs(text: str) -> list:
    return [e.sub_event_type or e.plover for e in events(text)]


def _violent(text: str) -> list:
    return [e.sub_event_type for e in events(text)
            if e.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians")]


def test_a_strike_of_workers_is_no_shelling():
    assert _violent("Dock workers at Varnholt went on strike on Monday.") == []
    assert _violent("The rebels called a 48-hour armed strike across Merrow province.") == []
    # a strike that happened is a protest (ACLED codes strikes as peaceful protests; branch protests3), an armed
    # strike that rebels impose none
    assert _subs("The strike called by the union shut the port of Varnholt.") == ["Peaceful protest"]
    assert _subs("The rebels called a 48-hour armed strike across Merrow province.") == []
    assert _subs("Porters began a general strike in Varnholt on Monday.") == ["Peaceful protest"]
    assert _violent("A drone strike killed two men in Varnholt.") == ["Air/drone strike"]


def test_a_blow_struck_is_no_strike():
    assert _violent("The blows that the police have struck against the smugglers are heavy.") == []
    assert _violent("The minister said the arrests struck a blow against the smuggling gangs.") == []


def test_an_attack_of_an_illness_is_no_attack():
    assert _violent("The old senator suffered an attack of gout last week.") == []
    assert _violent("Gunmen attacked the senator's car in Varnholt last week.") != []


def test_an_attack_on_a_website_is_no_violence():
    assert _violent("Hackers attacked the website of the Merrow council on Monday.") == []
    assert _violent("Gunmen attacked the offices of the Merrow council on Monday.") != []


def test_a_mine_as_a_place_is_no_landmine():
    assert "Remote explosive/landmine/IED" not in _subs("The patrol clashed with smugglers near a mine in the hills.")
    assert _violent("Two soldiers died when their truck hit a mine near Varnholt.") == ["Remote explosive/landmine/IED"]


def test_a_weapon_tested_or_shipped_is_not_used():
    assert _violent("Officials condemned the test of a hydrogen bomb by Ruritania.") == []
    assert _violent("Customs stopped a shipment of mortars at the port of Varnholt.") == []
    assert _violent("A bomb exploded in the market of Varnholt.") == ["Remote explosive/landmine/IED"]


def test_an_aircraft_fired_on_or_defended_against_is_no_air_strike():
    assert "Air/drone strike" not in _subs("Gunmen opened fire on a cargo plane at Varnholt airstrip on Monday.")
    assert "Air/drone strike" not in _subs("Rebels pounded the Merrow post with mortars and anti-aircraft guns.")
    assert "Air/drone strike" in _subs("A helicopter opened fire on the village of Merrow.")


def test_fixed_phrases_of_contests_and_fires():
    assert _violent("Two stags battle for mating rights in the Merrow park every autumn.") == []
    assert _violent("The army pressed on with its battle against the drug traffic in the north.") == []
    assert _violent("Firefighters battled the blaze for six hours in Varnholt.") == []
    assert _violent("Troops battled the rebels for control of Varnholt.") != []


def test_surrounded_by_fields_or_fans_is_no_siege():
    assert _subs("The old mill at Varnholt stood surrounded by flooded fields on Monday.") == []
    assert _subs("The singer arrived in Varnholt surrounded by fans.") == []
    assert _subs("Troops surrounded the town of Varnholt on Monday.") == ["Other"]


def test_a_guess_put_forward_is_a_claim():
    def modality(text):  # type: ignore[no-untyped-def]
        return [e.modality for e in events(text) if e.trigger.text == "poisoned"]

    assert modality("A doctor in Varnholt suggested that the senator had been poisoned by his rivals.") == ["claimed"]
    assert modality("Police said that the senator had been poisoned by his rivals.") == ["asserted"]
    assert modality("The autopsy results suggest the senator was poisoned at the Varnholt dinner.") == ["asserted"]


def test_a_yes_no_question_tells_no_deed_but_a_wh_question_does():
    def modality(text):  # type: ignore[no-untyped-def]
        return [e.modality for e in events(text) if e.event_type != "Political"]

    assert modality("Have the bridges at Varnholt been bombed?") == ["conditional"]
    assert modality("Did the army shell the town of Varnholt?") == ["conditional"]
    assert modality("Who shot the mayor of Varnholt?") == ["asserted"]
