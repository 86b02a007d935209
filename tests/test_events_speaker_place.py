"""A place inside a claimant phrase says where the speaker is, not the event: but not when that phrase holds the
event's own trigger (a lede whose subject the parser made the speaker of a trailing "said"): events/place.py,
PlaceScene.speakers. Sentences written for this test (branch places29), the people, groups and incidents made up, the
towns real."""
from __future__ import annotations

import datetime as dt



def _places(ann, text):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate(text, DocContext("t1", published=dt.date(2025, 3, 9), dateline=text.split(",")[0]))
    return [(e.trigger.text, e.place.name if e.place else None) for e in an.events]


def test_the_shelling_of_a_town_in_the_speaker_parse_keeps_its_town(ann):
    text = ("KYIV, March 9 (2025) - The shelling of Kupiansk by Russian forces overnight killed a 64-year-old man and wounded three "
            "neighbours, the governor of Ukraine's Kharkiv region said on Friday.")
    assert any(t == "shelling" and (p or "").startswith("Kup") for t, p in _places(ann, text))


def test_a_long_lede_subject_read_as_speaker_keeps_the_deed_town(ann):
    text = ("MAIDUGURI, Nigeria, March 9 (2025) - Fighters from the Red Valley Brigade, who villagers said arrived "
            "on motorcycles on Sunday afternoon and who had burned a nearby hamlet the day before, shot dead five "
            "herders working in fields outside Gubio, a vigilante leader said.\n\nThe Borno state governor condemned "
            "the killings.")
    assert ("shot", "Gubio") in _places(ann, text)


def test_officials_in_a_capital_still_say_where_they_spoke(ann):
    text = ("YOLA, Nigeria, March 9 (2025) - Officials in Abuja said nine farmers were killed on Tuesday by fighters of the Sand River Front in a "
            "raid on their village in Borno state.")
    assert all(p != "Abuja" for _, p in _places(ann, text))
