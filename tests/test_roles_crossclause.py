"""Attackers named in another clause of the sentence (issue 16, branch crossclause), on sentences written for these
tests: a subject pronoun takes up the subject of the clause its own clause hangs on ("X became notorious when it
bombed ...", "X arrived and they searched ..., beating ..."; events/antecedents.host_subject), an infinitive after a
control adjective or "in order to" shares the subject of "be" or of the verb ("X is ready to attack", "X raided the
farm in order to kill ..."; events/frames.infinitive_host), and a misparsed "who X say(s) shot" keeps the noun the
relative clause qualifies (events/participants.said_aux). Negatives: a rival between the subject and the pronoun, a
pronoun of another number, an answering side ("they shot back"), a "tough" adjective ("hard to attack"), two sides
that clashed or a second body in the sentence before ("X clashed with Y. They killed ...")."""
from __future__ import annotations

import pytest
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)


def on(evs, trigger):  # type: ignore[no-untyped-def]
    got = [e for e in evs if e.trigger.text == trigger]
    assert got, (trigger, [e.trigger.text for e in evs])
    return got[0]


def name(ev):  # type: ignore[no-untyped-def]
    return ev.actor1.name if ev.actor1 is not None else None


# (sentence, trigger, the actor1's name or None for blank)
CASES = [
    # a subject pronoun takes up the subject of the clause its clause hangs on
    ("Al-Shabaab became notorious when it bombed a hotel in Mogadishu.", "bombed", "al-Shabaab"),
    ("Kenyan troops arrived in the village on Monday and they searched every house, beating several farmers.",
     "beating", "Military Forces of Kenya"),  # a conjoined clause passes it on to its participle
    ("Al-Shabaab was weakened last year, yet it stayed dangerous because it shelled the market and killed "
     "ten traders.", "shelled", "al-Shabaab"),  # through a chain of the same pronoun
    ("Islamic State fighters entered Sirte on Monday. The group was ruthless when it executed 12 prisoners.",
     "executed", "Islamic State"),  # "the group" as that subject is the group named before
    ("Jonas Verhoek was 30 when he shot his neighbour.", "shot", "Jonas Verhoek"),
    ("Jonas Verhoek argued with Piet Maarsen before he shot him.", "shot", None),  # a rival person between
    ("The villagers fled when it bombed the market.", "bombed", None),  # a pronoun of another number
    # "it"/"they" opening a sentence: the previous sentence's subject when it is the one candidate there
    ("Boko Haram has grown stronger in the north this year. It attacked a police post in Maiduguri on Sunday.",
     "attacked", "Boko Haram"),
    ("The Nigerian army said Boko Haram was regrouping near the border. It attacked a police post in Maiduguri on "
     "Sunday.", "attacked", None),  # two bodies there: a guess
    ("Kenyan troops stormed an al-Shabaab camp on Monday. They killed 12 fighters.", "stormed",
     "Military Forces of Kenya"),  # a name that only qualifies the camp is no rival (the killing folds into the
    # storming, an event of its own: branch strays)
    ("Kenyan troops clashed with al-Shabaab fighters on Monday. They killed 12 civilians.", "killed", None),
    ("Kenyan troops and al-Shabaab fighters clashed on Monday. They killed 12 civilians.", "killed", None),
    # an infinitive after a control adjective or "in order to" shares the subject of "be" or of the verb
    ("Al-Shabaab is ready to attack the capital.", "attack", "al-Shabaab"),
    ("The Taliban were able to capture the airport on Sunday.", "capture", "Taliban"),
    ("The Taliban stronghold was impossible to attack.", "attack", None),  # a tough adjective: the subject is hit
    ("Boko Haram fighters raided the farm in order to kill its owner.", "kill", "Boko Haram"),
    ("The commander issued an order to shoot the prisoners.", "shoot", None),  # an order names nobody who shot
    # "who X say shot" misparsed with "say" as an auxiliary: the noun the clause qualifies, not the sayer
    ("Police in Garissa are holding two al-Shabaab fighters who Kenya say bombed the bus.", "bombed",
     "al-Shabaab"),
]


@pytest.mark.parametrize("text,trigger,want", CASES)
def test_the_attacker_named_in_another_clause(ann, text, trigger, want):  # type: ignore[no-untyped-def]
    ev = on(violent(ann, text), trigger)
    assert name(ev) == want


def test_the_side_that_answers_is_not_the_side_that_fired(ann):
    first = "Ostrian soldiers shelled a police station near the border on Monday. "
    ev = on(violent(ann, first + "Hours later, they struck back at an army post, killing two guards."), "struck")
    assert ev.actor1 is None
    ev = on(violent(ann, first + "Hours later, they attacked an army post, killing two guards."), "attacked")
    assert name(ev) == "Ostrian soldiers"  # no answering verb: the side that acted before
    ev = on(violent(ann, "The rebels withdrew in March. They returned in May and killed 12 villagers."), "killed")
    assert name(ev) == "rebels"  # "returned" to a place answers nothing ("returned fire" does)


def test_a_rival_side_between_leaves_they_blank_rather_than_the_side_of_the_deed_before(ann):
    evs = violent(ann, "Kenyan troops shelled a village near the border on Monday. On Tuesday Kenyan troops chased "
                       "al-Shabaab fighters into the hills, and they shot two herders.")
    assert on(evs, "shot").actor1 is None
