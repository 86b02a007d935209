"""Doers told by a claim the parse reads badly, a passive blame with its blamer, an apposed name, the attackers told
back as a group's fighters, and a passive "suspected" that tells what the victims were (issue 16, branch
attackers29). Sentences written for these tests; the incidents and the "Kestrel"/"Red Dawn" groups are made up."""
from __future__ import annotations

import datetime as dt

import pytest

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _doers(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 3, 6)))
    evs = [e for e in an.events if e.modality == "asserted" and e.event_type in VIOLENT_EVENT_TYPES]
    assert evs, (text, [(e.trigger.text if e.trigger else None, e.event_type) for e in an.events])
    return [e.actor1.name if e.actor1 is not None else "" for e in evs]


NAMED = [
    # "owned the attack": South Asian English for a claim (events/triggers.held_weapon, data/support_verbs.tsv)
    ("Militants stormed a checkpoint in Lakki Marwat late on Friday, killing three policemen, officials said. The "
     "Tehreek-e-Taliban Pakistan owned the attack in a message to reporters.", "Taliban"),
    # a claim past an apposition opened by a possessor; "the raid" claimed is an attack (events/claims,
    # events/attack_phrases.armed_raid)
    ("Gunmen attacked a gendarmerie post near Kandi on Sunday, killing five gendarmes, a security source said. JNIM, "
     "al Qaeda's branch in the Sahel, claimed the raid on Monday.", "Jama'at Nusrat"),
    # a passive blame whose "on" phrase the parser hangs on the blamer (events/frames.attributed_to)
    ("Two taxi drivers were shot dead in Mixco on Monday, firefighters said. The killing was blamed by police on "
     "the Red Dawn gang, which extorts taxi firms.", "Red Dawn"),
    # a name apposed to "Members of a <group noun>" (events/roles._members_apposed_name)
    ("Members of an armed self-defence group, the Kestrel Brotherhood, shot dead three men on a road outside "
     "Apatzingan on Sunday, prosecutors said.", "Kestrel Brotherhood"),
    # the attackers told back as a group's fighters; a side read off a bare word is no name (events/member_doer)
    ("Eleven farmers were killed when gunmen attacked them near Gusau on Sunday, officials said. Residents said the "
     "gunmen were Lakurawa fighters.", "Lakurawa"),
    ("Eleven farmers were killed when insurgents attacked them near Gusau on Sunday, officials said. Police said "
     "the attackers were members of Lakurawa.", "Lakurawa"),
]


@pytest.mark.parametrize("text,name", NAMED)
def test_doer_named(ann, text, name):  # type: ignore[no-untyped-def]
    doers = _doers(ann, text)
    assert any(name in d for d in doers), doers


def test_said_it_had_attacked(ann):  # type: ignore[no-untyped-def]
    """ "X said in a statement ... that it had attacked the <target>": the group's own word for its deed, which the lead
    told with "jihadists" (events/claims._IT_SAID_DID): every deed of the incident is X's."""
    doers = _doers(ann, "Jihadists killed four soldiers in an attack on an army position near Mango in northern Togo "
                        "on Thursday, the army said. The assailants also wounded two soldiers before withdrawing. "
                        "The al Qaeda affiliate JNIM said in a statement released by its media arm that it had "
                        "attacked the position and killed many soldiers.")
    assert doers and all("Jama'at Nusrat" in d for d in doers), doers


def test_passive_suspected_tells_the_victims(ann):  # type: ignore[no-untyped-def]
    """ "the dead were suspected X members": what the victims are said to be, never a suspicion of X as the doer
    (events/body_blame)."""
    doers = _doers(ann, "Six people were killed on Friday during a police raid on a hillside neighbourhood of "
                        "Salvador, officials said. Police said the dead were suspected Comando Vermelho members.")
    assert not any("Comando" in d for d in doers), doers


def test_armed_victims_are_no_mob(ann):  # type: ignore[no-untyped-def]
    """Vigilantes killed when militants ambush them are the ambush's targets, and "the vigilantes were on patrol" is
    no deed: no mob violence (events/subtype._harmed_before, events/triggers._not_event_use)."""
    an = ann.annotate("Eleven members of a vigilante group were killed and six wounded when militants ambushed them "
                      "near Gusau on Sunday, officials said. The vigilantes, armed with shotguns, were on patrol at "
                      "the time.", DocContext("r1", published=dt.date(2025, 3, 6)))
    kinds = [(e.trigger.text if e.trigger else None, e.sub_event_type) for e in an.events if e.modality == "asserted"]
    assert not any(k == "Mob violence" for _, k in kinds), kinds
    assert any(e.event_type in VIOLENT_EVENT_TYPES for e in an.events if e.modality == "asserted"), kinds
