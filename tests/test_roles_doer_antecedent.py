"""Which earlier-named side a borrowed doer stands for (events/doer_antecedent; issue 16, branch `roles15`, held-out
war_reports7): a speaker told by a pronoun of the other number is not the pronoun in its words ("They said its
fighters ...", "It said they ..."); a doer borrowed from before is never the state whose forces the deed hit; a name
fused into "X-allied" names the sponsor, not the group; a name inside another group's description describes it;
blank when two groups fit. Sentences written for these tests; the
towns are made up."""
from __future__ import annotations

import pytest

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_recall_forms import name, on


@pytest.mark.parametrize("text,trigger,want", [
    # a speaker "They" is not the "its" of its words: the group blamed in the sentence before
    ("Security officials on Monday blamed Boko Haram for a run of raids near Korra since January. They said its "
     "fighters set off a bomb beside a farm road on Sunday, killing two soldiers.", "bomb", "Boko Haram"),
    # the state whose soldiers were killed is not "its", though its ministry speaks after the deed
    ("Islamic State West Africa Province has fought the army around Korra for years. Its fighters stormed a military "
     "camp near Korra on Sunday, killing nine Nigerien soldiers, Niger's defence ministry said.", "stormed", None),
    # "The Islamic State-allied group" is the ADF, named two sentences back, not the Islamic State
    ("Ugandan police said they were hunting members of the Allied Democratic Forces who crossed into Korra district "
     "this week. The Islamic State-allied group has raided villages across the border for years. Police said the "
     "rebels hacked six people to death at a fishing camp on Thursday.", "hacked", "Allied Democratic Forces"),
    # al Qaeda is named inside JNIM's description: JNIM is the one group before "The group"
    ("JNIM, the Sahel branch of al Qaeda, has spread into the north of Benin, and the army has doubled its "
     "deployments there. The group overran a military post outside Korra on Thursday, killing eight soldiers.",
     "overran", "Jama'at Nusrat al-Islam wal-Muslimin"),
])
def test_a_borrowed_doer_is_the_side_the_text_points_back_to(ann, text, trigger, want):  # type: ignore[no-untyped-def]
    got = name(on(violent(ann, text), trigger).actor1)
    if want is None:
        assert got is None or "Niger" not in got, got
    else:
        assert want.lower() in (got or "").lower(), got


@pytest.mark.parametrize("text,trigger,wrong", [
    # two groups named before and no description between them: a guess, left blank
    ("Fighters of al-Shabaab and of the Islamic State were seen near Korra last week, officials said. On Sunday the "
     "rebels attacked a police post and killed four officers.", "attacked", ("shabaab", "islamic state")),
    # the speaker "It" (the army) is not the "they" of its words
    ("Togo's army said on Tuesday that JNIM fighters had crossed into the hills near Korra. It said they killed "
     "five civilians in the village on Saturday night.", "killed", ("togo",)),
])
def test_a_borrowed_doer_is_blank_when_the_text_does_not_tell(ann, text, trigger, wrong):  # type: ignore[no-untyped-def]
    got = (name(on(violent(ann, text), trigger).actor1) or "").lower()
    assert not any(w in got for w in wrong), got


def test_they_before_an_unarmed_speaker_points_back_to_the_group(ann):  # type: ignore[no-untyped-def]
    # "They ..., the reserve's management said": the group named before, not the speaker nor the reserve
    text = ("Fighters of al-Shabaab moved into the Korra game reserve in April, forcing lodges to close, officials said. "
            "They killed two game rangers at a camp near Korra on Saturday, the reserve's management said.")
    assert "shabaab" in (name(on(violent(ann, text), "killed").actor1) or "").lower()
