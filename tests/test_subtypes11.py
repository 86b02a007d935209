"""Branch subtypes11 tests (own sentences, made-up names and places; real armed groups only where the actor dictionary
must know them): a person "struck by three shots" is shot, not shelled (cue ``small_arms_rounds``); a background
fight dated only by another sentence's day lends no type (events/merge ``undated_background``, ``own_day``); "a car
packed with explosives blew up" is a bomb (ontology ``blown_carriers``); a fight of two sides both known armed stays a clash
after the learned decision (events/subtype ``armed_pair``); "shells that crashed into homes" is the shelling, no
accident (events/triggers ``near_lemmas`` reads a relative subject's noun)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.nlp.annotate import DocContext

D = dt.date


def _types(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=D(2026, 6, 11)))
    return [e.sub_event_type for e in an.events if e.event_type != "Political" and e.modality == "asserted"]


_CASES = [
    # a person "struck by three shots" is shot, not shelled (cue small_arms_rounds)
    ("A 24-year-old man was killed in a shooting in the Velmar district on Saturday night, police said. He was struck "
     "by at least three shots as he stood outside a bar shortly after midnight.", ["Attack"]),
    # a background fight dated only by the lead's day lends the lead no type (merge_lend_type.undated_background, own_day)
    ("Gunmen opened fire on a minibus in the Korvath district on Wednesday night, killing a woman passenger and "
     "wounding two others, police said. Drug gangs and militias fight over territory across the district.",
     ["Attack"]),
    # "blew up" told of the charge's carrier is a bomb (ontology blown_carriers)
    ("On Tuesday a car packed with explosives blew up at the gate of a district office in Velmar, killing four "
     "people, police said.", ["Remote explosive/landmine/IED"]),
    # the actor dictionary knows Hezbollah as a militia: both sides armed, whatever the words (subtype.armed_pair)
    ("Unidentified gunmen attacked the headquarters of Hezbollah in the southern Lebanese city of Tyre on Monday "
     "night, killing two members of the armed group, a local security official said.", ["Armed clash"]),
    # shells "that crashed into homes" are the shelling, no accident (triggers.near_lemmas, a relative subject)
    ("Militants fired mortar shells that crashed into homes near the port of Velmar on Monday night, killing two "
     "children, police said.", ["Shelling/artillery/missile attack"]),
]


@pytest.mark.parametrize("text,want", _CASES)
def test_subtype(ann, text, want):
    assert _types(ann, text) == want


@pytest.mark.parametrize("text,want", [
    # guards: a plane's crash is an accident; a hand grenade stays a grenade
    ("A small plane crashed into homes near the Velmar airfield on Monday, killing two people, officials said.",
     ["Man-made disaster"]),
    ("A man threw a grenade into a crowded market in Velmar on Tuesday, wounding six shoppers, police said.",
     ["Grenade"]),
])
def test_guards(ann, text, want):
    assert _types(ann, text) == want
