"""Deaths and injuries read in more of the ways reporters tell them (issue 16; sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import EventMention, Figure, Span
from sitrep.events.toll import is_toll_update


def _mention(sentence: str, trigger: str, number: str) -> EventMention:
    t, n = sentence.index(trigger), sentence.index(number)
    fig = Figure(id="f", span=Span("a", n, n + len(number), number), what="killed", low=1.0, high=1.0)
    return EventMention(id="e", article_id="a", sentence=Span("a", 0, len(sentence), sentence), event_type="Battles",
                        trigger=Span("a", t, t + len(trigger), trigger), fatalities=fig)


@pytest.mark.parametrize("sentence,trigger,number,running", [
    ("Deaths from the clash near Orlen reached fifteen on Monday.", "clash", "fifteen", True),
    ("Deaths from the clash near Orlen reached twenty-one on Monday.", "clash", "twenty-one", True),
    ("Deaths from the clash near Orlen reached 15 on Monday.", "clash", "15", True),
    ("Deaths from the clash near Orlen had risen to fifteen by Monday.", "clash", "fifteen", True),
    ("Fifteen soldiers died in the clash after the column reached Orlen.", "clash", "Fifteen", False),
])
def test_a_running_toll_in_words_is_an_update(sentence, trigger, number, running):
    assert is_toll_update(_mention(sentence, trigger, number)) is running
