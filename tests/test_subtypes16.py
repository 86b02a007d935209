"""subtypes16: ACLED sub-type boundaries from mixed_reports10: a burning told by a participle after a strike is what
the strike did, not property destruction of its own; "the bombing" retells a suicide bombing (it names no weapon of
its own, like "the blast"). Sentences written for these tests; names and places made up (Tessor: no gazetteer
entry)."""
from __future__ import annotations

import pytest

from test_subtypes13 import kinds
from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader; published Monday 2024-05-06)

_ONE_KIND = [
    # a trailing participle tells what the strike did: one air/drone strike
    ("Drones struck a fuel depot in Tessor on Sunday, setting its storage tanks on fire, an official said.",
     "Air/drone strike"),
    ("Two missiles hit a grain warehouse in Tessor on Sunday, burning it to the ground, the governor said.",
     "Shelling/artillery/missile attack"),
    # "the bombing" in a later sentence is the suicide bombing retold, whoever claims it
    ("A suicide bomber blew himself up at a police post in Tessor on Sunday, killing four officers. "
     "The bombing was claimed by the Tessor Liberation Front.", "Suicide bomb"),
]


@pytest.mark.parametrize("text,kind", _ONE_KIND)
def test_one_event_of_the_sub_type(ann, text, kind):
    an = read(ann, text)
    assert kinds(an) == [kind], kinds(an)


def test_a_burning_with_a_subject_of_its_own_stays_property_destruction(ann):
    an = read(ann, "Drones struck a fuel depot in Tessor on Sunday, and looters set fire to the market stalls nearby, "
                   "an official said.")
    assert "Looting/property destruction" in kinds(an), kinds(an)
