"""Event precision on reports that tell no new incident, in the beats of ``tests/data/quiet_reports5`` and
``quiet_reports4`` (branch precision11): a music report's words of battle ("shot to No. 1", "killed it", "the album
bombed"), the crime a verdict weighs and a relative's words about it, a kind of deed told as rare, a mining report's
"mine", and a lead's attack retold by "the attackers". Sentences
written for these tests; the people, songs and cases are made up (the towns are real, so that the gazetteer places
them)."""
from __future__ import annotations

import pytest

from test_events_precision5 import events, happened, show  # the shared annotator and helpers

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")

MUSIC = ("Kano singer Halima Dantata shot to No. 1 on the chart on Monday with a love song that has been streamed "
         "nine million times.\n\nCritics said she killed it at a concert in Kano on Friday, where a choir sang the "
         "final chorus.\n\nHer rival's last album bombed, and the rapper is fighting back with a new playlist.")

VERDICT = ("A former prison guard was jailed for life on Tuesday by a court in Kano.\n\nYakubu Sanda-Bello was found "
           "guilty in March of the murder of two inmates who were beaten in their cells in 2022.\n\n"
           "\"He was killed for nothing,\" said the brother of one of the men outside the court.")

VERDICT_CRIME = VERDICT.split("\n\n\"")[0]  # the verdict and the charge only

RARE = "Police in Kano said shootings in the city remained rare and that they had seized 30 guns last year."

NO_INCIDENT = [MUSIC, VERDICT, VERDICT_CRIME, RARE]

INCIDENT = [
    # a music report that tells harm: a stabbing at a concert
    "Kano singer Halima Dantata shot to No. 1 on the chart on Monday with a love song that has been streamed nine "
    "million times.\n\nA fan was stabbed to death at her concert in Kano on Friday, police said, as a choir sang "
    "the final chorus of her latest album.",
    # a charge after a new death, no verdict
    "A man has been charged with murder after a woman was found dead in a house in Kano on Sunday, police said.",
    # a quotation with a time of its own in a report with no verdict
    "\"They shot my brother outside the market in Kano on Friday,\" said Musa Adaro.",
]


# a mining report's "mine" (the pit) and a lead retold by "the attackers": one attack, typed as a shooting
MINE = ("Gunmen killed four miners at a gold site near Djibo on Monday, officials said.\n\nThe attackers arrived on "
        "motorbikes and opened fire on men working at the pits, a digger said.\n\nCopper and gold output has risen, "
        "and the price rally has drawn young men to small mines. \"The mine is the only work there is,\" a trader said.")
BANDITS = ("Armed bandits killed seven villagers in a raid on a farming village near Kaduna on Tuesday night, residents "
           "said.\n\nThe gunmen arrived on foot before midnight and shot people as they fled, a community leader said.")
# a landmine in a mining report, and two attacks told apart, stay
LANDMINE = ("Copper and gold output has risen at the pits, and miners dig by hand.\n\nA mine exploded under a truck "
            "carrying miners near Djibo on Monday, killing five, officials said.")
TWO = ("Gunmen killed four traders at a market in Kano on Monday, police said.\n\nIn a separate attack in Kaduna on "
       "Monday, soldiers shot two herders, residents said.")


@pytest.mark.parametrize(("text", "subs"), [(MINE, ["Attack"]), (BANDITS, ["Attack"]),
                                            (LANDMINE, ["Remote explosive/landmine/IED"]), (TWO, ["Attack", "Attack"])])
def test_one_attack_retold_and_a_mining_reports_mine(text, subs):
    assert [e.sub_event_type for e in happened(events(text))] == subs, show(happened(events(text)))


CASES = [(t, False) for t in NO_INCIDENT] + [(t, True) for t in INCIDENT]


@pytest.mark.parametrize(("text", "incident"), CASES)
def test_idioms_verdicts_and_rare_deeds_tell_no_incident_but_harm_stays(text, incident):
    """An idiom, a verdict's case or a rare kind of deed gives no event; a stabbing at a concert, a charge after a
    new death and a dated quotation keep theirs."""
    evs = happened(events(text))
    violent = [e for e in evs if e.event_type in VIOLENT or e.sub_event_type == "Attack"]
    if incident:
        assert violent, text
    else:
        assert not [e for e in evs if e.event_type != "Political"], show(evs)
