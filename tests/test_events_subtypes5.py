"""Three readings that made extra events on tests/data/mixed_reports and the other own sets (branch subtypes5):
a burning joined by "and" to the doer's own deed is part of it (events/joined_burning.py); a ceasefire, truce or
deal told as in force or under talks is no new agreement (events/standing_pact.py); fighting told as going on with
no time or toll of its own is no clash (events/going_on.py). Sentences written for these tests, the people and
towns made up."""
from __future__ import annotations

import datetime as dt

import pytest

_PROPERTY = "Looting/property destruction"
_AGREEMENT = "Agreement"
_CLASH = "Armed clash"


def _asserted(ann, text):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate(text, DocContext("t1", published=dt.date(2025, 3, 14)))
    return [e.sub_event_type for e in an.events if e.modality == "asserted"]


@pytest.mark.parametrize("text,host", [
    ("Insurgents beheaded two men and set fire to more than thirty houses in a village near Dorvanka on Friday, "
     "residents said.", "Attack"),
    ("Militants shot dead three traders and torched their shops in Dorvanka on Wednesday, police said.", "Attack"),
    ("Three rockets hit a fuel depot in Tesmoli on Tuesday night and set it on fire, the governor said.",
     "Shelling/artillery/missile attack"),
    ("Rebel fighters looted the market of Kaskiru on Monday and set fire to dozens of homes, residents said.",
     _PROPERTY),
])
def test_a_burning_joined_to_the_doers_deed_is_that_deed(ann, text, host):
    subs = _asserted(ann, text)
    assert host in subs
    assert subs.count(_PROPERTY) == (1 if host == _PROPERTY else 0)


@pytest.mark.parametrize("text", [
    "Talks on a truce between the two militias, mediated by elders from Dorvanka, made little progress on Tuesday.",
    "Fighting flared near Tesmoli on Monday despite a ceasefire signed by the rebels and the army two years ago.",
    "Half of the soldiers in Ombrella serve under a bilateral deal with the neighbouring state, officials said.",
])
def test_a_standing_or_discussed_pact_is_no_new_agreement(ann, text):
    assert _AGREEMENT not in _asserted(ann, text)


@pytest.mark.parametrize("text,other", [
    ("Gunmen killed five people at a bar in Dorvanka on Friday night, prosecutors said, as fighting between two "
     "factions of the gang went on in the city.", "Attack"),
    ("Rebels shelled Ombrella on Friday, officials said, as fighting raged across the province.",
     "Shelling/artillery/missile attack"),
])
def test_fighting_going_on_is_no_clash(ann, text, other):
    subs = _asserted(ann, text)
    assert other in subs
    assert _CLASH not in subs


@pytest.mark.parametrize("none,kept,sub", [
    ("Militants shot dead three traders and torched their shops in Dorvanka on Wednesday, police said.",
     # (men not told as a crowd: a crowd's arson is a violent demonstration, branch protests10)
     "Unidentified men set fire to the police station in Brackwell on Friday, forcing officers to flee, witnesses said.",
     _PROPERTY),
    ("Militants shot dead three traders and torched their shops in Dorvanka on Wednesday, police said.",
     "Gunmen killed four farmers near Dorvanka on Wednesday, and youths burned the chief's house in Ombrella the "
     "next day, an elder said.", _PROPERTY),
    ("Talks on a truce between the two militias, mediated by elders from Dorvanka, made little progress on Tuesday.",
     "The army and the rebels signed a ceasefire agreement in Tesmoli on Tuesday, mediators said.", _AGREEMENT),
    ("Talks on a truce between the two militias, mediated by elders from Dorvanka, made little progress on Tuesday.",
     "A truce between the two clans took effect in Dorvanka at midnight on Monday, elders said.", _AGREEMENT),
    ("Rebels shelled Ombrella on Friday, officials said, as fighting raged across the province.",
     "Fighting raged in Ombrella for a third day on Tuesday, residents said.", _CLASH),
    ("Rebels shelled Ombrella on Friday, officials said, as fighting raged across the province.",
     "Fighting continued in Brackwell overnight, killing four civilians, the mayor said.", _CLASH),
])
def test_the_deed_told_on_its_own_stays_beside_the_one_folded(ann, none, kept, sub):
    assert sub not in _asserted(ann, none)  # the burning joined to the attack, the truce under talks, fighting going on
    assert sub in _asserted(ann, kept)  # a burning, a pact, a fight told as an incident of its own
