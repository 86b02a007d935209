"""The suspect a crime report names (charged, booked, identified, in apposition to "the gunman") is the attacker of the
deed it told with an unnamed doer (events/charged_suspect.py); a bare arrest, a charge of fraud, a denied charge, a
named attacker or the police are left alone. Sentences written for these tests; names made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def attackers(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("cs1", published=dt.date(2025, 4, 2)))
    return [e.actor1.name if e.actor1 else None for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]


@pytest.mark.parametrize("text, who", [
    ("A woman was fatally shot in Omaha on Friday. Prosecutors charged Milo Fenwick, 33, with murder on Monday.",
     "Milo Fenwick"),
    ("A man was stabbed to death outside a bar in Tulsa. Police identified the suspect as Grady Holloway, 27.",
     "Grady Holloway"),
    ("A man was shot dead in Akron on Sunday. His cousin, Luther Banks, 30, was booked on suspicion of murder.",
     "Luther Banks"),
    ("A teenager was killed in a shooting in Waco. Officers arrested Nate Corwin, who was charged with homicide.",
     "Nate Corwin"),
    ("A woman was shot dead in Omaha on Friday. Milo Fenwick, 33, faces a charge of second-degree murder.",
     "Milo Fenwick"),
    ("A woman was shot dead in Omaha on Friday. Prosecutors filed murder charges against Milo Fenwick on Monday.",
     "Milo Fenwick"),
])
def test_the_charged_suspect_is_the_attacker(ann, text, who):  # noqa: F811
    assert who in attackers(ann, text)


@pytest.mark.parametrize("text, who", [
    ("A man was shot dead in Omaha on Friday. Milo Fenwick, 33, was arrested on an unrelated warrant.", "Milo Fenwick"),
    ("A man was shot dead in Omaha on Friday. Milo Fenwick, 33, was charged with fraud.", "Milo Fenwick"),
    ("A man was shot dead in Omaha on Friday. Milo Fenwick faces charges of fraud.", "Milo Fenwick"),
    ("A man was shot dead in Omaha on Friday. Milo Fenwick, 33, was not charged with murder.", "Milo Fenwick"),
    ("Police officers shot and killed a man in Omaha. Milo Fenwick, 33, was charged with assault.", "Milo Fenwick"),
])
def test_no_suspect_without_a_charge_of_violence_nor_over_a_named_attacker(ann, text, who):  # noqa: F811
    assert who not in attackers(ann, text)


def test_the_one_remanded_after_a_charge_told_by_kind_is_the_attacker(ann):  # noqa: F811
    # British court reporting (branch tolls7): the charge names "a man", the court step names him
    text = ("A man has been charged with murder after a woman died of injuries she suffered at a flat in Hartcliffe. "
            "Dale Pemberton, 41, of Filton, appeared at the magistrates' court on Monday and was remanded in custody.")
    assert "Dale Pemberton" in attackers(ann, text)
    # remanded with no charge of violence in the report: no suspect
    assert "Dale Pemberton" not in attackers(ann, "A woman was found injured at a flat in Hartcliffe. Dale Pemberton, "
                                                   "41, appeared at the magistrates' court and was remanded on a fraud charge.")
