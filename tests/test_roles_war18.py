"""Attackers driven off, named as the object of the verb of defence (issue 16, branch roles24;
events/repelled_men.py): "officers fought them off", "troops pushed the insurgents back", "the militants were beaten
back by soldiers". The defenders are the side attacked, never the doer; the doer is the attackers only where a
pronoun or a name tells them, else blank. Also attackers named as members of a group by a naming verb ("the attackers
were identified as members of X", "the attackers, described as members of X, killed": events/member_doer.py).
Sentences and places made up."""
from __future__ import annotations

import pytest

from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_roles_target_forms2 import _violent


@pytest.mark.parametrize("text", [
    "Troops backed by jets pushed the insurgents back near the village of Marvuko on Saturday.",
    "Soldiers beat the militants back after a long gunfight near the village of Tesselo on Monday.",
])
def test_the_defenders_of_a_repulse_are_no_doer(ann, text):  # noqa: F811
    (ev,) = _violent(ann, text)
    assert ev.actor1 is None
    assert ev.actor2 is not None and ev.actor2.name != "Islamist Militants (Nigeria)"
    assert ev.actor2.span is not None and ev.actor2.span.text in ("Troops", "Soldiers")


def test_beaten_back_attackers_are_the_doer_of_their_attack(ann):  # noqa: F811
    evs = _violent(ann, "ISWAP fighters attacked an army base near the town of Gubio on Sunday. The militants were "
                        "beaten back by soldiers after a three-hour gunfight.")
    assert len(evs) == 1
    assert evs[0].actor1 is not None and evs[0].actor1.name == "Islamic State West Africa Province"
    assert evs[0].actor2 is not None and evs[0].actor2.name == "Military Forces of Nigeria"


@pytest.mark.parametrize("text,group", [
    ("The attackers, described by the ministry as members of the Islamic State Sahel Province, killed 12 villagers "
     "near the village of Tondikiwi on Friday.", "Islamic State Sahel Province"),
    ("Gunmen killed eight villagers near the village of Dorawa on Sunday. The attackers were later identified as "
     "members of Ansaru, police said.", "Ansaru"),
])
def test_attackers_named_as_members_of_a_group_take_its_name(ann, text, group):  # noqa: F811
    # events/member_doer.py: "identified as" / "described as" members of a group, the naming verb passive or a
    # participle on the doers (branch roles24)
    evs = _violent(ann, text)
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == group


@pytest.mark.parametrize("word", ["ACTIVITY", "OPERATION"])
def test_a_deed_labelled_a_name_is_no_attackers(ann, word):  # noqa: F811
    """Upper-case copy can give a deed noun a name's label ("REPELLED THE REBEL ACTIVITY", "ACTIVITY" as ORG): the
    object of the defence verb is then an attack repelled, never the men who attacked."""
    from spacy.tokens import Span

    from sitrep.events.repelled_men import repelled_men

    doc = ann.nlp(f"THE ESTRADA BATTALION SOLDIERS REPELLED THE REBEL {word} NEAR SANTA ROSA.")
    obj = next(t for t in doc if t.text == word)
    doc.ents = [Span(doc, obj.i, obj.i + 1, label="ORG")]
    assert obj.dep_ == "dobj" and obj.head.lemma_ == "repel"
    assert repelled_men(obj.head) is None
