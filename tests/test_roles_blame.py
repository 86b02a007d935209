"""Who a deed is laid on, who judges it and whose troops did it (events/frames.blamed_on, participants.condemns,
antecedents.owned_forces, nominal.participle_by), on sentences written for these tests; negatives included."""
from __future__ import annotations

import pytest

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_frames import a1, a2

# sentence -> the span of the first violent event's actor1 (None: left blank)
ACTOR1_SPANS = [
    ("Officials blamed the bombing on the PKK.", "the PKK"),  # the blamer only says who did it
    ("The bombing was blamed on the PKK.", "the PKK"),
    ("The attack was attributed to Boko Haram.", "Boko Haram"),
    ("Officials blamed the bombing on Monday.", None),  # a day is nobody
    ("The government condemned the bombing on the market.", None),  # who judges a deed did not do it
    ("Police investigated the shooting of a teenager.", None),
    ("The rebels claimed the attack on the base.", "The rebels"),  # a support verb still names the doer
    ("The army launched an offensive against the rebels.", "The army"),
    ("The army said its troops killed 15 militants in a raid.", "its troops"),  # the army's troops
    ("Its troops killed 15 militants in a raid.", None),  # no body before "its"
    ("The ministry said their children were killed in the strike.", None),  # kin are never forces
    ("The bombing, which was reported by residents, killed five people.", None),  # reporting is no deed
    ("Two suicide bombers blew themselves up outside a police post on Friday.", "Two suicide bombers"),
    ("The explosion destroyed three shops.", None),  # an event noun as subject names no doer
    ("Five civilians were killed at the hands of government troops.", "government troops"),
    ("Five civilians were killed at the hands of the clock.", None),  # a thing is nobody
    ("The attackers, believed to be local youths, killed 20 villagers.", "The attackers"),  # no armed group named
]


@pytest.mark.parametrize("text,span", ACTOR1_SPANS)
def test_actor1_span(ann, text, span):  # type: ignore[no-untyped-def]
    assert a1(violent(ann, text)[0]) == span


# sentence -> the canonical name of the first violent event's actor1
ACTOR1_NAMES = [
    ("The army said its troops killed 15 militants in a raid.", "army"),
    ("Hamas said its fighters fired rockets at the town.", "Hamas"),  # not the bare "fighters"
    ("The attack, which was claimed by al-Shabaab, killed five soldiers.", "al-Shabaab"),
    ("The attackers, believed to be Boko Haram fighters, killed 20 villagers.", "Boko Haram"),
]


@pytest.mark.parametrize("text,name", ACTOR1_NAMES)
def test_actor1_name(ann, text, name):  # type: ignore[no-untyped-def]
    ev = violent(ann, text)[0]
    assert ev.actor1 is not None and ev.actor1.name == name


def test_the_one_blamed_is_no_target(ann):
    assert a2(violent(ann, "Officials blamed the bombing on the PKK.")[0]) is None


def test_a_relative_pronoun_victim_is_its_noun_even_in_capitals(ann):
    """ "WHO" in upper-case copy is the relative pronoun, not the World Health Organization."""
    for text in ("POLICE FOUND THE BODIES OF TWO TEACHERS WHO WERE MURDERED ON SUNDAY IN THE CAPITAL.",
                 "Police found the bodies of two teachers who were murdered on Sunday in the capital."):
        ev = violent(ann, text)[0]
        assert ev.actor2 is not None and ev.actor2.entity_id == "CIVILIANS", text
        assert a2(ev).lower() == "two teachers"
