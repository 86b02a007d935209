"""A deed a legal step names is an event with the accused as its doer (frames.charged_deed, data/agent_frames.tsv
frame "legal"); the possessor of a deed done to a person is its victim, never its doer (nominal.noun_roles,
frame victim_possessor of data/agent_frames.tsv). Sentences written for these tests; negatives included."""
from __future__ import annotations

import pytest

from sitrep.nlp.annotate import DocContext

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_frames import a1, a2

# sentence -> (actor1 span, actor2 span) of the first violent event
CASES = [
    # a legal charge, an indictment or an arrest over a definite deed: the deed is an event, the accused its doer
    ("Officer John Miller was charged with murder in the fatal shooting of a teenager.",
     ("Officer John Miller", "a teenager")),
    ("A teenager was shot dead outside a bar on Sunday. Police later charged John Miller, 22, with murder in "
     "the shooting.", ("John Miller", "A teenager")),
    ("A teenager was shot dead outside a bar on Sunday. John Miller, 22, was arrested for the shooting.",
     ("John Miller", "A teenager")),
    ("Brown was arrested and charged with murder in the shooting.", ("Brown", None)),  # the charge's subject shared
    ("Police say John Miller, 22, was charged with fatally shooting Tom Baker.", ("John Miller", "Tom Baker")),
    ("Prosecutors charged the officer with killing an unarmed teenager.", ("the officer", "an unarmed teenager")),
    ("A man was fatally shot by a sheriff's deputy on Tuesday night.", ("a sheriff's deputy", "A man")),
    # the possessor of a murder or a killing is its victim
    ("Police are investigating John Smith's murder.", (None, "John Smith's")),
    ("The boy's killing shocked the town.", (None, "The boy's")),
    # with an "of" phrase naming the victim, or for an armed deed, the possessor acts
    ("The officer's shooting of a teenager was ruled lawful.", ("The officer's", "a teenager")),
    ("The militia's shelling of the town killed four.", ("The militia's", None)),
]


@pytest.mark.parametrize("text,want", CASES)
def test_roles_of_charged_and_possessed_deeds(ann, text, want):  # type: ignore[no-untyped-def]
    ev = violent(ann, text)[0]
    assert (a1(ev), a2(ev)) == want


def test_a_bare_charge_names_no_deed_of_its_own(ann):
    # (branch eventfix2) a police charge for a violent crime is a legal step: no deed and no Political ACCUSE
    an = ann.annotate("Police charged John Miller with murder.", DocContext("r1"))
    assert [e.event_type for e in an.events] == []


def test_an_accusation_tells_its_deed_as_a_claim_with_the_accused_as_actor(ann):
    """(issue 16, events/accusation.py) the deed an accusation names is an event of its own, its modality "claimed"."""
    an = ann.annotate("John Miller is accused of stabbing his neighbour.", DocContext("r1"))
    assert sorted(e.event_type for e in an.events) == ["Political", "Violence against civilians"]
    ev = next(e for e in an.events if e.event_type == "Violence against civilians")
    assert ev.modality == "claimed" and a1(ev) == "John Miller"


def test_a_charged_person_is_never_the_victim_of_the_deed(ann):
    ev = violent(ann, "A teenager was shot dead on Sunday. John Miller, 22, was charged with the teenager's murder.")[0]
    assert a1(ev) == "John Miller" and a2(ev) != "John Miller"


# "I" in a quotation closed by "he said": the one person named before (antecedents.pronoun_speaker)
QUOTED_I = [
    ("Police arrested Tom Baker on Monday. “I shot the guard because he insulted me,” he told officers.", "Tom Baker"),
    ("Tom Baker and Anna Weiss spoke. “I shot the guard,” he said.", None),  # two people: whose "I" is a guess
    ("“I shot the guard,” he said.", None),  # nobody named before
]


@pytest.mark.parametrize("text,name", QUOTED_I)
def test_quoted_i_with_a_pronoun_speaker(ann, text, name):  # type: ignore[no-untyped-def]
    ev = violent(ann, text)[0]
    assert (ev.actor1.name if ev.actor1 is not None else None) == name


# a surname alone after the full name (events/roles.ActorFinder._surname_ref)
SURNAMES = [
    ("Police arrested Michael Jones on Monday. Jones shot a neighbor on Sunday.", "Michael Jones"),
    ("Police arrested Michael Jones and Sarah Jones on Monday. Jones shot a neighbor on Sunday.", None),  # two
    ("Jones shot a neighbor on Sunday.", None),  # no full name before
]


@pytest.mark.parametrize("text,name", SURNAMES)
def test_a_surname_alone_is_the_one_person_named_in_full_before(ann, text, name):  # type: ignore[no-untyped-def]
    ev = violent(ann, text)[0]
    assert (ev.actor1.name if ev.actor1 is not None else None) == name
