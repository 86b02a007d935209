"""A filled actor1 must be right (issue 16, branch fillprec): the phrase that fills it names who acted, not the
weapon used, and a bare kind of body ("a group", "members") is no actor. Sentences and names written for these
tests."""
from __future__ import annotations

import pytest

from test_events_deeds import _violent
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def _actor1s(ann, text):  # type: ignore[no-untyped-def]
    return [e.actor1 for e in _violent(ann, text) if e.actor1 is not None]


# ---- a weapon or war vehicle modifying the deed noun is what was used, not who used it

WEAPON_MODIFIER = [
    ("A drone strike killed four people near the village of Talmor on Sunday.", None),
    ("A helicopter attack left six herders dead near Talmor on Sunday.", None),
    # (the rebels of a named front are that front: events/roles.armed_name)
    ("Rebels of the Dawn Front attacked the barracks in Talmor with rifle and artillery fire on Tuesday.", "Dawn Front"),
]


@pytest.mark.parametrize("text,want", WEAPON_MODIFIER)
def test_weapon_modifier_is_no_doer(ann, text, want):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert evs, text
    names = [a.name.lower() for a in _actor1s(ann, text)]
    assert not any(w in n for n in names for w in ("drone", "helicopter", "artillery")), names
    if want:
        assert any(want.lower() in n for n in names), names


def test_owner_of_weapon_still_acts(ann):  # type: ignore[no-untyped-def]
    # the modifier that names a side is still read: "army artillery fire", "a Varnian drone strike"
    names = [a.name.lower() for a in _actor1s(ann, "Army artillery fire killed two farmers near Talmor on Monday.")]
    assert any("army" in n for n in names), names


# ---- "members" alone names no one: the phrase with its "of" does

def test_members_of_unknown_body_keep_the_whole_phrase(ann):  # type: ignore[no-untyped-def]
    acts = _actor1s(ann, "Two guards were shot dead in Orvik on Tuesday by members of a little-known farmers union.")
    assert acts and all(a.name != "members" for a in acts)
    assert any("farmers union" in a.name and "farmers union" in a.span.text for a in acts), acts


def test_members_as_victims_keep_the_whole_phrase(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Gunmen killed four members of a farming family in Orlova on Friday.")
    assert any(e.actor2 is not None and "farming family" in e.actor2.span.text for e in evs)


# ---- a kind of body with no name ("a group", "groups") is no actor; one named in quotes is

def test_unnamed_group_is_no_actor(ann):  # type: ignore[no-untyped-def]
    for text in ("A group attacked the police station in Marsten on Monday, killing three officers.",
                 "Groups from a new movement attacked the town hall in Marsten on Monday."):
        evs = _violent(ann, text)
        assert evs, text
        assert all(e.actor1 is None or e.actor1.name.lower() not in ("group", "groups") for e in evs), text


def test_group_named_in_quotes(ann):  # type: ignore[no-untyped-def]
    acts = _actor1s(ann, 'Two guards were shot dead in Orvik on Tuesday by a little-known "Iron Dawn" group.')
    assert any("Iron Dawn" in a.name and '"' not in a.name for a in acts), acts


def test_they_for_groups_named_nowhere(ann):  # type: ignore[no-untyped-def]
    text = ("Some groups are hiding in the hills above Korvel, using villagers as cover. "
            "They have burned buses and murdered a judge.")
    evs = _violent(ann, text)
    assert evs
    assert all(e.actor1 is None or e.actor1.entity_id != "CIVILIANS" for e in evs)


# ---- a campaign's author is no doer of one attack told inside it

def test_campaign_lends_no_doer_to_one_attack(ann):  # type: ignore[no-untyped-def]
    text = ("Two reporters were wounded in an attack in the port city of Davel on Monday. "
            "The attack came a week after the government's offensive against the Korsa cartel began.")
    evs = _violent(ann, text)
    assert evs
    assert all(e.actor1 is None or "government" not in (e.actor1.span.text if e.actor1.span else "").lower()
               for e in evs if e.trigger is not None and e.trigger.text == "attack")


# ---- a subject pronoun is not the side its own clause acts on

def test_pronoun_is_not_its_own_object(ann):  # type: ignore[no-untyped-def]
    text = ("The Korsa Front launched a large offensive in Varno last month. "
            "Then they tried to encircle the Korsa Front units and annihilate them.")
    evs = _violent(ann, text) + [e for e in ann.annotate(text, _ctx()).events if e.trigger.text == "encircle"]
    later = [e for e in evs if e.trigger.text in ("encircle", "annihilate")]
    assert later
    assert all(e.actor1 is None or "Korsa" not in e.actor1.name for e in later)


def test_pronoun_still_takes_side_named_before(ann):  # type: ignore[no-untyped-def]
    # (a side named in an adverbial clause may be the pronoun: "when X reached Varno, they ...")
    acts = _actor1s(ann, "When the Korsa Front reached Varno, they killed two guards at the gate.")
    assert any("Korsa" in a.name for a in acts), acts


def _ctx():  # type: ignore[no-untyped-def]
    import datetime as dt

    from sitrep.nlp.annotate import DocContext

    return DocContext("d1", published=dt.date(2024, 5, 6))


# ---- "both sides" names neither side alone

def test_both_sides_is_no_actor(ann):  # type: ignore[no-untyped-def]
    for text in ("Both sides have fought fierce battles in Varno since Monday.",
                 "The two sides exchanged fire near Varno on Monday, killing three people."):
        evs = [e for e in ann.annotate(text, _ctx()).events]
        assert evs, text
        assert all(e.actor1 is None or "side" not in e.actor1.name.lower() for e in evs), text
    acts = _actor1s(ann, "The rebel side shelled Varno on Monday, killing three people.")
    assert any("rebel" in a.name.lower() for a in acts), acts  # one side named is still read


# ---- who helps another in a deed is not its doer

def test_helper_is_not_the_doer(ann):  # type: ignore[no-untyped-def]
    for text in ("The army helped the militia in killing ten farmers near Korvel.",
                 "The party has long supported the militia in carrying out assassinations in Korvel."):
        acts = _actor1s(ann, text)
        assert acts and all("militia" in a.name.lower() for a in acts), (text, acts)
