"""Doers told by "came under attack by X", by a blame "on remnants of X", by a bare blame after a sentence with a
titled speaker ("Capt. X said"), by "X group later said its men had carried out the killings", and by a claim told
past the target's own return of fire; a claim's outlet is no target (issue 16, branch attackers32). Sentences written
for these tests; the incidents, people and places named in them are made up or used only as settings."""
from __future__ import annotations

import datetime as dt

import pytest

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _events(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 3, 6)))
    evs = [e for e in an.events if e.modality == "asserted" and e.event_type in VIOLENT_EVENT_TYPES]
    assert evs, (text, [(e.trigger.text if e.trigger else None, e.event_type) for e in an.events])
    return evs


def _doers(ann, text):  # type: ignore[no-untyped-def]
    return [e.actor1.name if e.actor1 is not None else "" for e in _events(ann, text)]


NAMED = [
    # "came under attack by X" with the by-phrase hung on "came" (events/under_fire_roles.under_attack_roles)
    ("Two policemen were killed when the Kotka police station came under attack by militants of the banned "
     "Tehreek-e-Taliban Pakistan late on Friday, police said.", "Taliban"),
    # "blamed the attack on remnants of X": members of a named group (events/frames._armed_noun, events/membership)
    ("Two soldiers were killed when a roadside bomb went off beside their truck in Piagapo on Monday, the army said. "
     "Col. Ramon Dizon blamed the attack on remnants of the Dawlah Islamiyah, which he said was desperate.",
     "Dawlah Islamiyah"),
    # a bare blame three sentences on, past a titled speaker whose "Capt." ends no sentence (events/accusation)
    ("At least nine people were killed at a funeral wake near Eringeti on Sunday night, the army said. Mourners had "
     "gathered in a yard when the attackers came, army spokesman Capt. Jules Ndeke said Tuesday. Residents said more "
     "people were missing. Ndeke blamed the Allied Democratic Forces, a Ugandan-led armed group.", "Allied Democratic"),
    # "The X group later said its men had carried out the killings" (events/claims._OWN_MEN_DID)
    ("Insurgents beheaded four farmers in Muidumbe district on Thursday, local officials said. The Islamic State "
     "group later said its men had carried out the killings, in a notice from its news agency.", "Islamic State"),
]


@pytest.mark.parametrize("text,name", NAMED)
def test_doer_named(ann, text, name):  # type: ignore[no-untyped-def]
    doers = _doers(ann, text)
    assert any(name in d for d in doers), doers


def test_under_attack_is_a_clash(ann):  # type: ignore[no-untyped-def]
    """The post named as the subject of "came under attack by X" is the target: an armed post makes it a clash."""
    evs = _events(ann, "A navy outpost on the edge of Minbya came under attack by the Arakan Army on Tuesday, with "
                       "fighting lasting into the night, residents said.")
    assert any(e.sub_event_type == "Armed clash" and e.actor1 is not None and "Arakan" in e.actor1.name
               for e in evs), [(e.sub_event_type, e.actor1) for e in evs]


def test_claim_outlet_is_no_target(ann):  # type: ignore[no-untyped-def]
    """ "claimed the attack on its Telegram channels": the channel is where the claim was posted, no victim."""
    an = ann.annotate("Rebels killed at least 14 people at a funeral wake near Kamango on Sunday night, the army "
                      "said. The extremist group claimed the attack on its Telegram channels.",
                      DocContext("r1", published=dt.date(2025, 3, 6)))
    evs = [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]
    assert evs and all(e.actor2 is None or "Telegram" not in e.actor2.name for e in evs), [e.actor2 for e in evs]


def test_claim_past_the_targets_return_of_fire(ann):  # type: ignore[no-untyped-def]
    """A claim two sentences on names the attackers of the deed told first, though the sentence between tells a
    deed done by that deed's own target (the police firing back: events/claims._claim_looks_back)."""
    evs = _events(ann, "Four Taliban policemen were killed when gunmen attacked their checkpoint on the outskirts of "
                       "Jalalabad on Sunday night, a police spokesman said. The gunmen fired at the checkpoint from a "
                       "nearby orchard and fled after a brief exchange of fire, spokesman Zahid Mohmand said. Daesh's "
                       "Khorasan branch claimed the attack in a statement published on Monday.")
    first = min(evs, key=lambda e: e.sentence.start)
    assert first.actor1 is not None and first.actor1.name == "Islamic State", first.actor1
