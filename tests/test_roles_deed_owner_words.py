"""Attackers named in words the parse does not hang on the deed (events/nominal.py, participants.py,
data/agent_frames.tsv, data/agent_phrases.tsv), on sentences written for these tests: the side named on the weapon
that modifies a deed noun ("Russian artillery shelling"), "it" / "them" standing for a deed noun told before ("the
militia carried it out"), a gerund under "intent on" / "bent on" (the subject of "be" does it), "a military
aircraft" (the state's forces). Negatives (what was struck, a pronoun that may stand for another noun, a passive)
sit beside a positive, so each test fails without its rule."""
from __future__ import annotations

import pytest

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)


def a1(ev):  # type: ignore[no-untyped-def]
    return ev.actor1.span.text if ev.actor1 is not None and ev.actor1.span is not None else None


def a1_name(ann, text):  # type: ignore[no-untyped-def]
    ev = violent(ann, text)[0]
    return ev.actor1.name if ev.actor1 is not None else None


@pytest.mark.parametrize("text,name", [
    ("Russian artillery shelling killed a 61-year-old man in Velmora on Monday.", "Military Forces of Russia"),
    ("Taliban rocket fire killed three soldiers near Tarsk on Monday.", "Taliban"),
])
def test_the_side_named_on_the_weapon_of_a_deed_noun_is_the_attacker(ann, text, name):
    assert a1_name(ann, text) == name


def test_the_owner_of_what_was_struck_is_no_attacker_where_the_weapon_side_is(ann):
    assert a1_name(ann, "Russian artillery shelling killed a 58-year-old man in Tarsk on Monday.") \
        == "Military Forces of Russia"
    evs = violent(ann, "An attack on a Russian artillery depot killed two soldiers near Tarsk on Monday.")
    assert all(e.actor1 is None or e.actor1.name != "Military Forces of Russia" for e in evs)


def test_a_deed_noun_carried_out_by_it_takes_the_subject(ann):
    ev = violent(ann, "The massacre in Dorvel was planned for weeks, and the militia carried it out at dawn.")[0]
    assert a1(ev) == "the militia"


def test_them_stands_for_a_plural_deed_noun(ann):
    ev = violent(ann, "The bombings in Dorvel were long feared, and the Tarsk Brigade finally carried them out.")[0]
    assert a1(ev) is not None and "Tarsk Brigade" in a1(ev)


def test_it_names_the_doer_only_for_the_deed_and_only_when_active(ann):
    ev = violent(ann, "The bombing in Dorvel was feared for weeks, and the Tarsk Brigade staged it at dawn.")[0]
    assert a1(ev) is not None and "Tarsk Brigade" in a1(ev)
    evs = violent(ann, "The attack on the depot was expected, and the guards carried it out of the city.")
    assert all(a1(e) != "the guards" for e in evs)  # "it" may be the depot
    evs = violent(ann, "The massacre in Dorvel was planned for weeks, and it was carried out at dawn.")
    assert evs and all(e.actor1 is None for e in evs)  # a passive names no doer


def test_a_gerund_under_intent_on_is_done_by_the_subject_of_be(ann):
    ev = violent(ann, "The killing of the two farmers went on, and the army was intent on carrying it out.")[0]
    assert a1(ev) == "the army"


def test_a_military_aircraft_is_the_state_forces_of_the_report(ann):
    # data/agent_phrases.tsv: "military aircraft" as "military jets" / "military helicopters" (ACLED codes air strikes
    # to the state's forces); before, an ad-hoc actor "military aircraft"
    text = ("TARSK, Sudan — A military aircraft bombed the weekly market in Tarsk on Monday, killing 12 people, "
            "residents said.")
    assert a1_name(ann, text) == "Military Forces of Sudan"
