"""Tolls told without a plain "N killed" (issue 16, branch tolls3): the bodies found in a report's first sentence
after a dateline the parser left as a sentence of its own (events/toll_orphans.attach_orphan_tolls), the wounded who
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


def _violent(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("tl4", published=dt.date(2025, 5, 6)))
    return [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]


@pytest.mark.parametrize("text, violent", [
    # branch tolls4 (events/told_harm.py): a bare "were injured" after an accident or a disaster is its harm
    ("A stampede at the gates of the stadium in Velmora killed four people on Sunday. Twenty people were injured, "
     "police said.", False),
    ("Floods swept through Velmora on Sunday, killing five people. Twelve others were injured, police said.", False),
    ("Three more people died of injuries suffered in Sunday's stampede at the stadium in Velmora, raising the toll to "
     "seven. Twenty-three people were injured, the health department said.", False),
    # after a violent deed, or with a doer of its own, the harm is violence
    ("Gunmen opened fire on a bus near Velmora on Sunday, killing five people. Twelve others were injured, police "
     "said.", True),
    ("Floods swept through Velmora on Sunday, killing five people. Later, gunmen wounded two aid workers, police "
     "said.", True),
])
def test_a_bare_harm_after_an_accident_is_no_attack(ann, text, violent):  # noqa: F811
    assert bool(_violent(ann, text)) is violent


def test_floodwaters_are_a_flood(ann):  # noqa: F811
    # branch tolls4 (data/ontology.json): "floodwaters" is a natural disaster's noun, its dead no attack's
    assert not _violent(ann, "Floodwaters from the river swept through parts of Velmora overnight, killing six "
                             "people and leaving 14 others missing, the Red Cross said.")
