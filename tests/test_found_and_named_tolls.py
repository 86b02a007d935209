"""Tolls told without a plain "N killed" (issue 16, branch tolls3): the bodies found in a report's first sentence
after a dateline the parser left as a sentence of its own (events/toll.attach_orphan_tolls), the wounded who
"sustained injuries" (nlp/figures.py), "became a victim of ... bullets" as a shooting (data/ontology.json), a rank
the parser split from the name it goes with (nlp/victims.py) and "the blast" of a bomb told before
(events/told_blast.py). Sentences written for these tests; names made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import deaths


def wounded(ann, text):  # type: ignore[no-untyped-def]
    """The largest count of wounded an asserted violent event carries (as bench/local_reports.py reads it)."""
    an = ann.annotate(text, DocContext("tl3", published=dt.date(2025, 5, 6)))
    figs = {f.id: f for f in an.figures}
    got = [figs[i].low for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"
           for i in e.figures if i in figs and figs[i].what == "wounded"]
    return max(got) if got else None


@pytest.mark.parametrize("text, dead, hurt", [
    # bodies found in the lede, the deed told two sentences on, under a dateline parsed as a sentence of its own
    ("SALTILLO, Mexico, May 6 — The bodies of four men were found on Monday in a dry riverbed outside the town, "
     "officials said.\n\nA shepherd who was crossing the riverbed raised the alarm early in the morning.\n\n"
     "Investigators said the men had been shot and left there overnight.", 4, None),
    ("Two people were killed and 11 others sustained injuries when gunmen fired on a bus near the market.", 2, 11),
    ("A schoolteacher became a victim of gang bullets on Tuesday. She died an hour later in hospital.", 1, None),
    ("Rebels ambushed a patrol on Sunday, killing sergeant Carlos Pineda and soldiers Andres Guzman and Luis Ortega.",
     3, None),
])
def test_tolls_told_without_a_plain_count(ann, text, dead, hurt):  # noqa: F811
    assert deaths(ann, text) == dead
    assert wounded(ann, text) == hurt


def test_the_blast_of_a_bomb_told_before_is_the_bomb(ann):  # noqa: F811
    told = "{} exploded in a cafe in the city centre on Monday evening. Five people were injured in the blast."
    assert wounded(ann, told.format("A bomb")) == 5  # its wounded with it
    assert wounded(ann, told.format("A gas cylinder")) is None  # an accident told before: the blast stays one
    # a derailment is no explosion told before: the blast of the bomb it hit stays the bomb's
    assert deaths(ann, "A freight train was derailed after hitting a bomb on the line before dawn. The driver died "
                       "in the explosion.") == 1


@pytest.mark.parametrize("text, n", [
    ("Gunmen killed journalists Tomas Ordaz and Luis Vela outside their office on Monday.", 2),
    ("Soldiers Tomas Ordaz and Luis Vela were killed in the ambush, the army said.", 2),
])
def test_a_plural_title_before_the_names_it_goes_with(ann, text, n):  # noqa: F811
    assert deaths(ann, text) == n
