"""A state named in "X-backed <noun>" backs the men the noun names; it is neither their owner nor their country
(events/backed_by.py, read by events/roles.ActorFinder._backed_phrase; issue 16, branch `roles14`, war_reports6 y04
form). Sentences written for these tests (made-up town). Negatives: a phrase that names a group of its own keeps it;
a hyphenated word that names no state ("well-armed") is no backer."""
from __future__ import annotations

import pytest
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)

CASES = [
    ("Rwanda-backed rebels attacked the town of Darko on Monday, killing four civilians.", "attacked",
     "Rwanda-backed rebels"),
    ("Russian-backed forces shelled the town of Darko on Monday, killing two civilians.", "shelled",
     "Russian-backed forces"),
    ("Rwanda-backed M23 rebels attacked the town of Darko on Monday, killing four civilians.", "attacked",
     "March 23 Movement"),
    ("Saudi-backed government forces attacked Houthi positions near Darko on Sunday.", "attacked",
     "Military Forces of Yemen"),
]


@pytest.mark.parametrize("text,trigger,want", CASES)
def test_the_backer_is_not_the_doer(ann, text, trigger, want):  # type: ignore[no-untyped-def]
    ev = next(e for e in violent(ann, text) if e.trigger.text == trigger)
    assert (ev.actor1.name if ev.actor1 else None) == want, (text, ev.actor1)


def test_a_hyphenated_word_of_no_state_is_no_backer(ann):  # type: ignore[no-untyped-def]
    from sitrep.events.backed_by import backer_of
    from sitrep.nlp.models import load_pipeline

    doc = load_pipeline()("Well-armed men attacked a bank in Darko on Monday.")
    assert backer_of(doc[3]) is None
