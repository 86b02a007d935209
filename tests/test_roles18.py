"""Who did it to whom (issue 16, branch `roles18`): a capitalised word of people inside a group's name the dictionary
knows is no civilians ("Members of the Volunteers for the Defence of the Homeland": events/roles), the dahalo of
Madagascar (data/actors.jsonl), the bare word "opposition" before another word, and "the opposition" at a protest,
read as the political opposition rather than rebels (nlp/actor_lexicon, events/protest_actors), and the group that
sent a message claiming a deed (events/message_sender). Sentences written for these tests; the incidents, the people
and the groups other than the VDP and the dahalo are made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_recall_forms import name, on


def _events(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("r1", published=dt.date(2025, 6, 12))).events


@pytest.mark.parametrize("text,trigger,want", [
    # a word of people ("Volunteers") heading a known group's name
    ("FADA N'GOURMA, June 12 (2025) - Members of the Volunteers for the Defence of the Homeland (VDP) killed six "
     "traders near Diapaga on Tuesday, relatives said.", "killed", "Volunteers for the Defense of the Homeland"),
    # the dahalo, told in lower case
    ("ANTANANARIVO, June 12 (2025) - Four herders were killed when their hamlet near Ihosy was attacked by about "
     "thirty dahalo on Tuesday night, the gendarmerie said.", "attacked", "Dahalo"),
    # the group that sent the claiming message
    ("A bomb exploded outside a bank in Korra on Tuesday, wounding three guards, police said.\n\nHours later, a "
     "statement from the Tovan Liberation Front claimed responsibility for the blast.", "exploded",
     "Tovan Liberation Front"),
    ("A grenade was thrown at a police post in Rafiqabad late on Monday, police said.\n\nA social media post "
     "attributed to the Crimson Valley Front claimed responsibility for the attack.", "thrown", "Crimson Valley Front"),
])
def test_the_doer_by_its_name(ann, text, trigger, want):  # type: ignore[no-untyped-def]
    got = name(on(violent(ann, text), trigger).actor1)
    assert want.lower() in (got or "").lower(), got


def test_a_message_of_no_group_names_no_doer(ann):  # type: ignore[no-untyped-def]
    text = ("A bomb exploded outside a bank in Korra on Tuesday, wounding three guards, police said.\n\nA statement "
            "from the governor's office condemned the blast.")
    assert name(on(violent(ann, text), "exploded").actor1) is None


@pytest.mark.parametrize("text,trigger,side", [
    ("HARARE, June 12 (2025) - Police arrested nine opposition activists at a meeting in a house in Harare on "
     "Sunday, their lawyers said.", "arrested", "actor2"),
    ("COLOMBO, June 12 (2025) - Opposition supporters held a rally in Kandy on Sunday against rising fuel prices.",
     "rally", "actor1"),
])
def test_the_political_opposition_is_no_rebels(ann, text, trigger, side):  # type: ignore[no-untyped-def]
    ev = on(_events(ann, text), trigger)
    got = name(getattr(ev, side)) or ""
    assert "Rebels" not in got, got


def test_the_opposition_at_a_protest_is_its_crowd():  # type: ignore[no-untyped-def]
    """"The opposition march set off": a protest whose doer the clause read as the unnamed armed opposition from the
    word "opposition" alone is the crowd, Protesters (<country>), as ACLED codes a party's supporters."""
    from sitrep.events.protest_actors import acled_protest_sides
    from sitrep.model import ActorRef, EventMention, Place, Span

    sent = Span("r1", 0, 40, "The opposition march set off from Kandy.")
    ev = EventMention("e1", "r1", sent, "Protests", "Peaceful protest",
                      actor1=ActorRef("LKA_OPP", "Opposition Rebels (Sri Lanka)", Span("r1", 0, 14, "The opposition")),
                      place=Place(Span("r1", 34, 39, "Kandy"), "Kandy", country="LK"))
    acled_protest_sides([ev])
    assert ev.actor1 is not None and ev.actor1.name == "Protesters (Sri Lanka)", ev.actor1
