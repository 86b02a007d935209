"""Tolls of local crime reports (issue 16, branch ``tolls34``): "was among two people killed" counts the people
killed (nlp/figure_nouns._first_conjunct), and "between the ages of 22 and 29" is an age, never a count of the hurt
(nlp/figure_candidates). Sentences written for these tests; names and streets made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def _violent(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("lt20", published=dt.date(2025, 5, 12)))
    return an, [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]


def deaths(ann, text):  # type: ignore[no-untyped-def]
    got = [e.fatalities.low for e in _violent(ann, text)[1] if e.fatalities is not None]
    return max(got) if got else None


def wounded(ann, text):  # type: ignore[no-untyped-def]
    an, evs = _violent(ann, text)
    by_id = {f.id: f for f in an.figures}
    got = [by_id[fid].low for e in evs for fid in e.figures if fid in by_id and by_id[fid].what == "wounded"]
    return max(got) if got else None


@pytest.mark.parametrize("text, n", [
    ("A 9-year-old boy was among three people killed when gunfire broke out at a cookout in Gary on Sunday, police "
     "said.", 3),
    ("A retired nurse was among two people shot dead in the attack on a bakery in Tacoma on Monday.", 2),
])
def test_among_the_killed(ann, text, n):  # noqa: F811
    assert deaths(ann, text) == n


def test_ages_of_the_wounded_are_no_count(ann):  # noqa: F811
    text = ("A shooting outside a bar on Pruitt Street early Sunday killed one and wounded two, Akron police said. The two "
            "wounded, a man and a woman between the ages of 24 and 31, were taken to a hospital.")
    assert wounded(ann, text) == 2


@pytest.mark.parametrize("text", [
    # the new charge told as a noun after "upgraded to"
    "A man stabbed outside a pub in Wakefield on Saturday died in hospital on Monday. Darren Pyke, 31, was first "
    "charged with wounding; the charge was upgraded to second-degree murder on Tuesday.",
    # parsed as an infinitive ("to murder")
    "A man stabbed outside a pub in Wakefield on Saturday died in hospital on Monday. Darren Pyke was first charged "
    "with wounding. The charge was upgraded to murder on Tuesday and he will appear in court on Friday.",
])
def test_upgraded_charge_is_no_second_deed(ann, text):  # noqa: F811
    an, evs = _violent(ann, text)
    assert len(evs) == 1 and evs[0].fatalities is not None and evs[0].fatalities.low == 1


def test_a_motorist_is_counted(ann):  # noqa: F811
    assert deaths(ann, "A 47-year-old motorist died after an assault at a petrol station in Rockhampton on Sunday.") == 1
