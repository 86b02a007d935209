"""Event precision on reports that tell no new incident, in the forms of ``tests/data/quiet_reports7`` (branch
precision13): a passive deed befalling "no" one, an attack foreseen as "likely", a deed to forestall ("before someone
is stabbed"), a wild animal's attack, a bill "under attack", a name called ("attacked X as 'saboteurs'"), "years of
offensives", a market's fall ("stocks slaughtered", "crashed 3.4 per cent", "shares were massacred"), a challenge
beaten off, a basketball score, knives seized, blades taken "off the streets", a fight's weapons, a crowd leaving
"before dispersing", an arms purchase, "shooting first and asking questions later", a film "shot in" a town, a
bomb squad that defused nothing and a thriller's plot. Sentences written for these tests; the people, teams and companies are made up (the
towns are real, so that the gazetteer places them)."""
from __future__ import annotations

import pytest

from test_events_precision5 import events, happened, show  # the shared annotator and helpers

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")

NO_ONE = ("\"No market has been attacked and no trader has been harmed,\" a police spokesman in Kisumu said on "
          "Monday, calling a video shared online false.")
LIKELY = ("Kenya raised its terror alert on Monday, warning that an attack was likely in Mombasa over the "
          "holidays.")
FORESTALL = ("The Kisumu police chief said on Monday that patrols \"take knives off the streets before someone is "
             "stabbed\".")
ANIMAL = "A crocodile attacked and killed a fisherman on the shore of Lake Victoria near Kisumu on Monday."
UNDER_ATTACK = "A plan to raise fuel taxes came under fierce attack in Kenya's parliament in Nairobi on Tuesday."
NAME_CALLED = "The interior minister attacked the strike leaders as \"traitors\" in Nairobi on Tuesday."
YEARS_OF = ("The army says the group has only a few dozen fighters left near Garissa, after years of offensives that "
            "killed most of its commanders.")
MARKET = ("Shares in Nairobi suffered on Tuesday, with bank stocks slaughtered after the central bank raised rates. "
          "The index crashed 4.1 per cent. Shares in Tana Mills were massacred.")
CHALLENGE = "The Kisumu governor survived a party vote on Tuesday, beating off a challenge from her deputy."
BASKETBALL = ("The Nairobi Hawks shot down the Mombasa Sharks 101-88 on Saturday, with guard Otieno Wafula torching "
              "them for 33 points. The Hawks coach praised a teammate of Wafula's.")
KNIVES = "Officers seized 2,100 knives in the year, the commander told councillors in Leeds."
ARMS_DEAL = "Kenya signed a 90-million-dollar deal in Nairobi on Tuesday to buy six attack helicopters."
SHOOT_FIRST = "\"Traders are shooting first and asking questions later,\" a Nairobi broker said on Tuesday."
FILM_SHOT = "The film, shot in Kisumu over the summer, opens in Nairobi on Friday."
BOMB_SQUAD = "A bomb squad used a robot to open a suitcase left at Kisumu station on Monday; it held old clothes."
THRILLER = ("Review: a new Kenyan thriller by director Amina Otieno opens with a bang as a car bomb rips through a "
            "wedding in Mombasa, killing the groom. The film is in cinemas from Friday.")

NO_INCIDENT = [NO_ONE, LIKELY, FORESTALL, ANIMAL, UNDER_ATTACK, NAME_CALLED, YEARS_OF, MARKET, CHALLENGE, BASKETBALL,
               KNIVES, ARMS_DEAL, SHOOT_FIRST, FILM_SHOT, BOMB_SQUAD, THRILLER]

INCIDENT = [
    # a passive deed with a count, no "no"
    "Two traders were attacked in a market in Kisumu on Monday, police said.",
    # an attack foreseen and then told done
    "Gunmen attacked a bus near Garissa on Monday, killing four passengers, police said.",
    # "before" in the past: the deed happened
    "The man was stabbed near Kisumu on Monday before police arrived, officers said.",
    # an armed man, not an animal
    "A gunman attacked and killed a fisherman on the shore of Lake Victoria near Kisumu on Monday, police said.",
    # a post under attack stays an attack
    "A police post came under attack near Garissa on Tuesday, and two officers were wounded.",
    # an attack as part of an offensive is no name called
    "Rebels attacked the town of Beni on Tuesday as part of an offensive, killing five soldiers, the army said.",
    # grenades thrown at people, not what a fight was fought with
    "Attackers threw grenades at a bar in Garissa on Saturday night, wounding six people, police said.",
    # a market place shelled, food stocks looted: a place and a thing, no market move
    "The market in Kisumu was shelled on Monday, and the rebels were blamed.",
    "Rebels attacked a depot in Goma on Monday and left its food stocks looted and burned.",
    # who shot first in a real fight
    "Police said it was unclear who shot first in Kisumu on Monday, when two officers were killed.",
    # a fight with an armed side, named after "with"
    "Soldiers fought with al-Shabaab fighters near Garissa on Monday, the army said.",
]

CASES = [(t, False) for t in NO_INCIDENT] + [(t, True) for t in INCIDENT]


@pytest.mark.parametrize(("text", "incident"), CASES)
def test_denied_foreseen_animal_debate_market_sport_and_seized_goods_tell_no_incident_but_deeds_stay(text, incident):
    """"No X has been attacked", an attack "likely", "before someone is stabbed", a crocodile, a plan under attack, a
    name called, years of offensives, a market's fall, a challenge beaten off, a basketball score and knives seized
    give no event; the attacks, stabbings, shootings, grenades and fights beside them keep one."""
    evs = happened(events(text))
    if incident:
        assert [e for e in evs if e.event_type in VIOLENT], show(evs)
    else:
        assert not [e for e in evs if e.event_type != "Political"], show(evs)


def test_a_fight_fought_with_grenades_is_one_armed_clash():
    """"Two armed groups fought with machine guns and rocket-propelled grenades": one armed clash, no grenade or
    shelling event of its own."""
    evs = happened(events("Two armed groups fought with machine guns and rocket-propelled grenades in Janzur on "
                          "Sunday night, killing two fighters, a medical source said."))
    assert [e.sub_event_type for e in evs] == ["Armed clash"], show(evs)


def test_a_crowd_leaving_before_dispersing_met_no_intervention():
    """"Protesters chanted slogans before dispersing": the crowd left of itself (events/crowd_left)."""
    from sitrep.events.crowd_left import crowd_left_lemmas
    from sitrep.nlp.models import load_pipeline

    nlp = load_pipeline()
    left = nlp("Protesters waved flags and chanted slogans before dispersing shortly before midnight.")
    assert crowd_left_lemmas(next(left.sents)) == frozenset({"disperse"})
    forced = nlp("Police fired tear gas before dispersing the protesters.")
    assert crowd_left_lemmas(next(forced.sents)) == frozenset()


def test_a_ceasefire_signed_stays_an_agreement():
    """A deal between armed sides is an Agreement; only a deal to buy or sell things is a trade."""
    evs = happened(events("The two militias signed a deal in Kisumu on Tuesday to free hostages and share wells."))
    assert [e for e in evs if e.sub_event_type == "Agreement"], show(evs)


def test_a_bomb_squad_that_defused_a_device_stays_a_disruption():
    """The squad is a unit, no deed; its "defused" is the disrupted weapons use."""
    evs = happened(events("A bomb squad defused an explosive device planted near a market in Kisumu on Monday, "
                          "police said."))
    assert [e for e in evs if e.sub_event_type == "Disrupted weapons use"], show(evs)
