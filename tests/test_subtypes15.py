"""subtypes15: ACLED sub-type boundaries from mixed_reports9 and MUC-4 DEV-MUC3-1200: weapons handed over are a change
to the group, not a transfer of territory; a person of a trade seized is abducted; munitions dropped by drones are an
air/drone strike (a chemical weapon when their load is an irritant gas or chloropicrin), and so is a grenade dropped
from a drone; checkpoints set up are no base; people arrested who remain missing are forcibly disappeared. Sentences
written for these tests; names and places made up (Tessor: no gazetteer entry)."""
from __future__ import annotations

import pytest

from test_subtypes13 import kinds
from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader; published Monday 2024-05-06)

_ONE_KIND = [
    # weapons handed over: a disarmament (ACLED change to group/activity), not ground ceded
    ("Forty former members of the Tessor Liberation Front handed over their rifles and rocket launchers to the army in "
     "Tessor on Monday, a spokesman said.", "Change to group/activity"),
    # (a guard: a town handed over stays a transfer)
    ("The Tessor Liberation Front handed over the town of Tessor to the army on Monday.",
     "Non-violent transfer of territory"),
    # a person of a trade seized is taken, not ground (data/figure_lexicon.tsv person nouns)
    ("Masked men seized a coffee exporter outside his warehouse in Tessor on Sunday, police said.",
     "Abduction/forced disappearance"),
    # munitions dropped by drones, their load an irritant gas
    ("Drones dropped munitions filled with an irritant gas on army trenches near Tessor on Sunday, the general staff "
     "said.", "Chemical weapon"),
    # (a guard: explosives dropped that kill are a drone strike)
    ("A drone dropped explosives on a pickup truck near Tessor on Sunday, killing two fighters.", "Air/drone strike"),
    # a grenade dropped from a drone is a drone strike; one thrown by hand stays a grenade
    ("A small drone dropped a grenade on a checkpoint outside Tessor on Sunday, wounding three soldiers.",
     "Air/drone strike"),
    ("Two men threw a grenade at a checkpoint outside Tessor on Sunday, wounding three soldiers.", "Grenade"),
    # people arrested who remain missing are disappeared; a man who reported someone missing is only arrested
    ("In Tessor, soldiers arrested two farmers who remain missing, their families said on Friday.",
     "Abduction/forced disappearance"),
    ("Police arrested a man in Tessor on Friday who had reported his brother missing.", "Arrests"),
]


@pytest.mark.parametrize("text,kind", _ONE_KIND)
def test_the_sub_type_told(ann, text, kind):
    an = read(ann, text)
    assert kinds(an) == [kind], kinds(an)


@pytest.mark.parametrize("text,kind", [
    ("Prosecutors dropped the charges against the Tessor councillors on Monday.", "Air/drone strike"),
    ("Police set up checkpoints on the roads out of Tessor on Monday while they searched for the gunmen.",
     "Headquarters or base established"),
])
def test_no_such_event(ann, text, kind):
    an = read(ann, text)
    assert kind not in kinds(an), kinds(an)
