"""Event precision on reports that tell no new incident, in the beats of ``tests/data/quiet_reports6`` (branch
precision12): fire with blank rounds, a court's finding about an old deed, boxing, cricket and esports words of
battle, an election campaign's rallies and "battle for every vote", a disease that "attacks", a period's murder
figures against an earlier one, a definition of a kind of deed, a storm's falling tree and its "attack", a likeness
("like a bomb"), a company fighting off a bid and a power that a law gives. Sentences written for these tests; the
people, companies and cases are made up (the towns are real, so that the gazetteer places them)."""
from __future__ import annotations

import pytest

from test_events_precision5 import events, happened, show  # the shared annotator and helpers

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")

BLANKS = ("Soldiers stormed a school near Kaduna on Monday to free pupils held by mock raiders. Commandos exchanged "
          "fire with the raiders using blank rounds and \"killed\" three of them.")
FILM_BLANKS = "The actor said he was shot at with blank cartridges for weeks during filming near Kaduna."
COURT = ("A court in Kano jailed two former policemen for 20 years on Tuesday over the death of a trader in 2019.\n\n"
         "Judges found that the men had stopped the trader at a checkpoint and shot him beside the road.")
BOXING = ("Kano boxer Sani Dauda knocked out the champion in the seventh round on Saturday to win the bantamweight "
          "title, his promoter said.\n\nDauda attacked from the opening bell, landing heavy shots to the body, and "
          "sent his rival to his corner bleeding.")
CRICKET = ("Kano thrashed Kaduna by nine wickets on Sunday, with the opening batsman hitting a century. The coach said "
           "his bowler had been brilliant in the final match.\n\nThe visiting coach said his batsmen had been "
           "executed by good bowling.")
ESPORTS = ("A Kano esports team won the championship of a shooter game on Sunday, beating a Lagos side 3-1 in front "
           "of 9,000 fans. Its coach said the players had ambushed their rivals. The Lagos team admitted it had been "
           "ambushed by Kano's tactics.")
CAMPAIGN = ("Kenya's two main parties opened their campaigns for the election on Monday with rival rallies in "
            "Kisumu.\n\n\"This is a battle for every vote,\" a candidate told supporters.\n\nThe opposition leader "
            "attacked the government over fuel prices.\n\nPolice said both rallies ended peacefully.")
CHOLERA = "\"Cholera attacks quickly,\" the health minister told reporters in Lilongwe on Tuesday."
FIGURES = ("Police said on Saturday that 5,210 people were murdered in Kano state in the quarter to September, down "
           "from 5,900 a year earlier.\n\nMost murders were committed with knives, the report said.")
DEFINED = ("Massacres, defined as the killing of three or more people in one incident, fell from 80 to 61 last year "
           "in Kano state, the ministry said.")
STORM = ("A storm battered Galway on Thursday. A woman was slightly injured when a branch hit her car, police said. "
         "\"The sea attacked us all night,\" said a fisherman, and a shopkeeper said the wind hit the town like a bomb.")
BID = "The Kano steelmaker said on Tuesday it had fought off a hostile takeover bid from a rival."
DRILL = ("Troops stormed a hotel near Kaduna on Monday in a counter-terrorism exercise. In the drill, police bomb "
         "teams defused a second device and soldiers shot down mock drones.")
EMERGENCY = ("Lawmakers in Tegucigalpa debated on Wednesday whether to extend a state of emergency that lets police "
             "arrest suspected gang members without a warrant.")

NO_INCIDENT = [BLANKS, FILM_BLANKS, COURT, BOXING, CRICKET, ESPORTS, CAMPAIGN, CHOLERA, FIGURES, DEFINED, STORM, BID,
               EMERGENCY, DRILL]

INCIDENT = [
    # a fight with live fire stays a battle
    "Soldiers exchanged fire with bandits near Kaduna on Monday, killing three of them, the army said.",
    # police telling what happened, no court
    "Police said two men stopped a trader at a checkpoint near Kano on Monday and shot him beside the road.",
    # harm at a boxing night
    "Kano boxer Sani Dauda knocked out the champion in the seventh round on Saturday to win the bantamweight title, "
    "his promoter said.\n\nOutside the arena, two fans were stabbed to death after the bout, police said.",
    # a campaign rally met with force
    "Police fired tear gas to break up an opposition rally in Kisumu on Monday, weeks before the election.",
    # a fresh death when a bomb hit a car
    "A man was killed when a bomb hit his car near Kaduna on Thursday, police said.",
    # a murder of the day beside no figure
    "Three people were murdered in Kano on Sunday night, police said.",
]

CASES = [(t, False) for t in NO_INCIDENT] + [(t, True) for t in INCIDENT]


@pytest.mark.parametrize(("text", "incident"), CASES)
def test_staged_court_sport_campaign_weather_and_statistics_tell_no_incident_but_harm_stays(text, incident):
    """Blanks, a court's finding, a match's or a campaign's words, a disease, a storm, a figure, a definition, a bid
    and a law's power give no event; fire, shooting, a stabbing, tear gas, a bomb and a murder of the day keep one."""
    evs = happened(events(text))
    violent = [e for e in evs if e.event_type in VIOLENT or e.event_type == "Protests"]
    if incident:
        assert violent, show(evs)
    else:
        assert not [e for e in evs if e.event_type != "Political"], show(evs)


def test_a_campaign_rally_against_the_result_stays_a_protest():
    """A rally with a demand in an election report is a protest."""
    text = ("Opposition supporters held a rally in Kisumu on Monday to protest against the election result, which "
            "their candidate says was rigged.")
    assert happened(events(text), "Peaceful protest"), show(events(text))


def test_a_bomb_defused_outside_a_drill_stays():
    """A device defused with no drill named is a disrupted weapons use."""
    text = "Police bomb teams defused a device found outside a school in Kaduna on Monday, police said."
    assert happened(events(text), "Disrupted weapons use"), show(events(text))


def test_the_deed_a_conviction_is_for_is_the_case():
    """In a verdict report, "upheld the conviction of three officers for the killing of a driver": the killing is
    the charge's deed (events/verdict_report), as "murder" is."""
    from sitrep.events.verdict_report import verdict_crime
    from sitrep.nlp.models import load_pipeline

    doc = load_pipeline()("Appeals court upholds conviction of police officers in 2016 killing\n\nThe Court of Appeals "
                          "on Tuesday upheld the murder conviction of three police officers for the killing of a "
                          "19-year-old driver during a raid in Kano in 2016.")
    killing = [t for t in doc if t.lower_ == "killing"][-1]
    assert verdict_crime(killing)
