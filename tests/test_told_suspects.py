"""How local news outside the US tells (or does not tell) the attacker (issue 16, branch roles11): a suspect named by
surname alone ("A man surnamed X was detained": events/surnamed.py), a named person "suspected of" the deed
(events/suspected_of.py), and a police official quoted on the crime, who is never its doer
(events/official_speakers.py). Sentences written for these tests; names and places made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def doers(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("ts1", published=dt.date(2025, 3, 4)))
    return [e.actor1.name if e.actor1 else None for e in an.events
            if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]


NAMED = [
    # "A man surnamed X was detained" (a legal step's subject); the victim told the same way is not
    ("A man surnamed Huang was detained on Sunday after he allegedly stabbed a taxi driver to death in a quarrel over "
     "a fare, police said. The driver, surnamed Wu, died at the scene.", "Huang"),
    # "The suspect, a man surnamed X" (a suspect noun's apposition)
    ("Three people were injured when a man attacked customers with a hammer at a noodle shop on Friday. The suspect, "
     "a 44-year-old man surnamed Gao, was detained at the scene, police said.", "Gao"),
    # the bare surname a legal step's subject later
    ("A man in his 50s killed a neighbour with a knife in an apartment block on Tuesday, police said. The man, "
     "surnamed Yoon, fled on foot. Yoon was arrested two hours later at a bus terminal.", "Yoon"),
    # a named person "suspected of" the deed
    ("Police arrested a 52-year-old man on Monday on suspicion of murdering his wife at their home. Hideo Takamura, "
     "a taxi driver, is suspected of stabbing his wife with a kitchen knife on Sunday night, investigative sources "
     "said.", "Hideo Takamura"),
    # the suspect shares a surname with a quoted police officer, who is another person
    ("A youth was hacked to death in an attack by a group of men on Monday night, said Md Anwar Mia, in-charge of the "
     "hospital police camp. Police arrested Jewel Mia and charged him with murder, officer-in-charge Mohammad Kamal "
     "said.", "Jewel Mia"),
]
NOT_DOERS = [
    # a victim surnamed X
    ("A 70-year-old woman surnamed Ma was found stabbed to death in her home on Saturday, police said. No one has "
     "been arrested.", ("Ma",)),
    # suspected of a theft, then killed by villagers
    ("Villagers beat a man to death on Wednesday night. Ravi Munda, who was suspected of stealing goats, died on the "
     "way to hospital, police said.", ("Ravi Munda",)),
    # the district police chief who tells the deed
    ("A 52-year-old bus driver died after he was assaulted by a passenger on Friday night.\n\nKelantan district police "
     "chief ACP Zulkifli Osman said the victim had refused to stop the bus between stops. Police arrested the "
     "27-year-old suspect at his home the same night. He has been remanded for seven days to assist investigations "
     "for murder.", ("Zulkifli", "Osman")),
]


@pytest.mark.parametrize("text, who", NAMED)
def test_the_suspect_told_this_way_is_the_attacker(ann, text, who):  # type: ignore[no-untyped-def]
    assert who in doers(ann, text)


@pytest.mark.parametrize("text, words", NOT_DOERS)
def test_these_are_never_the_attacker(ann, text, words):  # type: ignore[no-untyped-def]
    assert not any(d is not None and w in d for d in doers(ann, text) for w in words)
