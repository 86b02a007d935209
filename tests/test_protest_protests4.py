"""Protest records, branch protests4 (issue 11): a third-person pronoun inside a quotation is no one the narrative
named (not the speaker, not the doer told before); the kin of a witness ("a baker whose nephew was wounded") hurt at
a protest is its toll, no attack of its own. Sentences written for these tests; people are made up, towns real."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2025, 6, 4)  # a Wednesday


def _asserted(ann, text):  # type: ignore[no-untyped-def]
    evs = ann.annotate(text, DocContext("p4", published=PUB)).events
    return [e for e in evs if e.modality == "asserted" and e.event_type != "Political"]


def test_quoted_they_is_not_the_speaker(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "\"They shot at people who were only singing,\" said Tomasz Brenlow Aquira, a baker "
                         "whose nephew was wounded in the leg.")
    assert all(e.actor1 is None or "Brenlow" not in e.actor1.name for e in evs), [
        (e.sub_event_type, e.actor1 and e.actor1.name) for e in evs]


def test_live_rounds_on_a_march_told_in_a_quote_are_the_march(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "Soldiers opened fire on a march by farmers in Tarbes on Tuesday, killing two men, witnesses "
                         "said.\n\n\"They shot at people who were only singing,\" said Tomasz Brenlow Aquira, a baker "
                         "whose nephew was wounded in the leg.")
    assert [e.sub_event_type for e in evs] == ["Excessive force against protesters"], [
        (e.sub_event_type, e.actor1 and e.actor1.name, e.actor2 and e.actor2.name) for e in evs]


def test_fans_fighting_police_are_a_mob_not_a_battle(ann):  # type: ignore[no-untyped-def]
    subs = [e.sub_event_type for e in _asserted(ann, "Hockey fans fought running battles with police in Tampere on "
                                                     "Saturday night after their side lost the final.")]
    assert subs == ["Mob violence"], subs
    subs = [e.sub_event_type for e in _asserted(ann, "Hockey fans rioted in Tampere on Saturday night after their "
                                                     "side lost the final.")]
    assert subs == ["Mob violence"], subs
    # a demonstration told with them stays one
    subs = [e.sub_event_type for e in _asserted(ann, "Hockey fans protesting the club's sale clashed with police in "
                                                     "Tampere on Saturday.")]
    assert subs == ["Violent demonstration"], subs


def test_killing_a_vigil_mourns_is_told_once_on_its_day(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "Hundreds of nurses held a candlelight vigil in Tarbes on Tuesday evening for a radio "
                         "host who was shot dead last week.\n\nThe mourners gathered outside the town hall with "
                         "candles and photographs of the host, who was known for his phone-in programme on local "
                         "politics. Priests led prayers, and the crowd stood in silence for a minute before walking "
                         "to the station's offices a few streets away. The gathering ended peacefully.\n\n"
                         "Marc Delorvan was shot by two men on a scooter as he left the studio on May 28, "
                         "police said.")
    attacks = [(e.sub_event_type, e.date_start) for e in evs if e.event_type == "Violence against civilians"]
    assert attacks == [("Attack", dt.date(2025, 5, 28))], attacks


def test_clashes_of_the_week_keep_the_week_when_retold_with_a_day(ann):  # type: ignore[no-untyped-def]
    # only a first telling with nothing of its own takes the later telling's day (events/vague_first); a week's
    # clashes that absorb a retelling ("gunfire at night", lent Tuesday by the next paragraph) stay the week's
    text = ("TRIPOLI, Libya — Clashes between two rival militias in the capital this week have killed at least nine "
            "people, including a child, the health ministry said on Thursday.\n\nThe fighting, between a brigade loyal "
            "to the defence ministry and a group that holds parts of the Abu Salim district, has flared again and again "
            "since it began near the port. Residents described heavy gunfire and blasts at night.\n\nOn Tuesday, a "
            "shell hit a clinic in the Ain Zara area during the morning shift, wounding two nurses, the ministry said.")
    an = ann.annotate(text, DocContext("d1", published=dt.date(2025, 2, 13)))
    clash = [e for e in an.events if e.trigger is not None and e.trigger.text == "Clashes"]
    assert clash and clash[0].date_precision == "week", [(e.trigger and e.trigger.text, e.date_precision) for e in an.events]
