"""A violent deed that the sentence takes as done keeps its modality when a negation sits on another verb or noun
above it (issue 16): an indirect question under "not clear" or "not known", a motive nobody has given, arrests not
yet made, a group said to have had no part. What is negated is the knowing, the motive, the arrests or one side's
part; the deed happened. True denials stay denied. Sentences and names written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext

from test_events_deeds import _violent
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def _mods(ann, text):  # type: ignore[no-untyped-def]
    return [(e.trigger.text, e.modality) for e in _violent(ann, text)]


PRESUPPOSED = [
    "It was not clear who was behind the attack on the Norvel market in Tarsik on Tuesday.",
    "Investigators have not yet explained the motive behind the kidnapping of the Brell family in Tarsik on Tuesday.",
    "The Kavari Front was not behind the attack on the Norvel market in Tarsik on Tuesday, a spokesman said.",
    "No arrests have been made in the killing of Dara Brell in Tarsik on Tuesday.",
    "The Kavari Front was not involved in the attack on the Norvel market in Tarsik on Tuesday.",
    "It is not known who carried out the bombing of the Norvel market in Tarsik on Tuesday.",
    "Investigators did not say who was responsible for the ambush near Tarsik on Tuesday.",
    "Officials gave no motive for the shooting at the Norvel market in Tarsik on Tuesday.",
    "No group has claimed the bombing of the Norvel market in Tarsik on Tuesday.",
    "Police have not identified the gunmen in the attack on the Norvel market in Tarsik on Tuesday.",
]


@pytest.mark.parametrize("text", PRESUPPOSED)
def test_a_deed_taken_as_done_is_not_denied(ann, text):  # type: ignore[no-untyped-def]
    mods = _mods(ann, text)
    assert mods, text
    assert all(m in ("asserted", "background") for _, m in mods), mods


DENIED = [
    "The Kavari Front denied carrying out the attack on the Norvel market in Tarsik on Tuesday.",
    "The army did not shell the town of Tarsik on Tuesday, a spokesman said.",
    "There was no attack on the Norvel market in Tarsik on Tuesday, police said.",
    "Rebels did not attack the Norvel market in Tarsik on Tuesday.",
    "Police said no one was shot at the Norvel market in Tarsik on Tuesday.",
    "The Kavari Front never kidnapped the Brell family, its leader said on Tuesday.",
]


@pytest.mark.parametrize("text", DENIED)
def test_a_true_denial_stays_denied(ann, text):  # type: ignore[no-untyped-def]
    mods = _mods(ann, text)
    assert all(m == "denied" for _, m in mods), mods


STILL_OPEN = [
    "Police did not say whether the army shelled the town of Tarsik on Tuesday.",  # "whether": not taken as done
    "Rebels did not take part in an attack on Tarsik on Tuesday.",  # "an attack": no deed named
]


@pytest.mark.parametrize("text", STILL_OPEN)
def test_no_deed_is_taken_as_done_without_a_question_word_or_a_named_deed(ann, text):  # type: ignore[no-untyped-def]
    assert all(m != "asserted" for _, m in _mods(ann, text)), _mods(ann, text)
