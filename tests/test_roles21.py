"""Branch roles21 (issue 16): a doer that got ready before the deed, and "it"/"they" told by an unnamed official or
witness; own sentences, made-up people and incidents (real groups and towns: the unknown-name path is not read)."""
from __future__ import annotations

import pytest

from sitrep.nlp.annotate import DocContext


def _doers(ann, text):  # type: ignore[no-untyped-def]
    evs = ann.annotate(text, DocContext(article_id="r21")).events
    return {e.trigger.text: (e.actor1.name if e.actor1 else None) for e in evs
            if e.event_type != "Political" and e.trigger is not None}


@pytest.mark.parametrize("text,trigger,doer", [
    # who was seen getting ready before the assault began did it
    ("Al-Shabaab fighters were seen gathering outside Baidoa on Monday before the assault on the army base began, "
     "residents said.", "assault", "al-Shabaab"),
    # who fled before it did not
    ("Villagers fled the town of Dikwa before the attack began, residents said.", "attack", None),
])
def test_a_side_that_got_ready_before_the_deed_did_it(ann, text, trigger, doer):  # type: ignore[no-untyped-def]
    got = _doers(ann, text)
    assert got.get(trigger) == doer, got


RAIDS = "Boko Haram has raided farms around Gwoza for months. "


@pytest.mark.parametrize("text,doer", [
    (RAIDS + "Local officials said it attacked the village of Ngoshe on Tuesday, burning dozens of homes.",
     "Boko Haram"),
    (RAIDS + "A spokesman for the group said it attacked the village of Ngoshe on Tuesday.", "Boko Haram"),
    (RAIDS + "Police said it attacked the village of Ngoshe on Tuesday.", "Boko Haram"),  # "it" is not the police
    # two sides named before: either, blank
    ("Boko Haram and the army have fought around Gwoza for months. Local officials said they attacked the village "
     "of Ngoshe on Tuesday.", None),
    # a group of no known name (told_side reads none): blank, never the police
    ("The Marwa Hills Brigade has fought in the hills for years. Police said it attacked the village of Ngoshe on "
     "Tuesday.", None),
])
def test_a_pronoun_told_by_a_teller_is_the_side_named_before(ann, text, doer):  # type: ignore[no-untyped-def]
    got = _doers(ann, text)
    assert got.get("attacked") == doer, got


def test_a_side_named_in_a_from_phrase_describing_the_fighters_is_not_a_second_side(ann):
    got = _doers(ann, "Benin's army said on Monday that JNIM fighters, from al Qaeda's Sahel affiliate, had crossed "
                      "into Alibori over the weekend. It said they killed four herders near Karimama on Sunday.")
    assert got.get("killed") == "Jama'at Nusrat al-Islam wal-Muslimin", got
