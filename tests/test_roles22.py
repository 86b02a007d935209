"""Branch roles22 (issue 16): the doer of a passive harm told in a "when" clause; own sentences, made-up incidents
(real groups and towns: the unknown-name path is not read)."""
from __future__ import annotations

import pytest

from sitrep.nlp.annotate import DocContext


def _doers(ann, text):  # type: ignore[no-untyped-def]
    evs = ann.annotate(text, DocContext(article_id="r22")).events
    return {e.trigger.text: (e.actor1.name if e.actor1 else None) for e in evs
            if e.event_type != "Political" and e.trigger is not None}


@pytest.mark.parametrize("text,doer", [
    # the armed side acting in the "when" clause did the harm, whatever its verb
    ("Three farmers were killed when Boko Haram fighters stopped a minibus near Gwoza on Sunday, police said.",
     "Boko Haram"),
    ("Two traders were shot dead when al-Shabaab fighters broke into their shop in Baidoa on Monday night.",
     "al-Shabaab"),
    # the clause shared by two passive verbs ("was killed and ... were injured when ...")
    ("A driver was killed and two passengers were injured when Boko Haram fighters held up a bus near Gwoza on "
     "Sunday.", "Boko Haram"),
    # who ran into a device, or fled, did not do it
    ("A soldier was killed when his patrol hit a mine near Gwoza on Sunday, the army said.", None),
    ("Two villagers were killed when soldiers fled the town of Gwoza on Sunday, residents said.", None),
])
def test_an_armed_side_acting_in_a_when_clause_did_the_harm(ann, text, doer):  # type: ignore[no-untyped-def]
    got = _doers(ann, text)
    assert got and set(got.values()) == {doer}, got  # the harm (and the clause's deed, if read) has this doer


@pytest.mark.parametrize("text", [
    # the parse hangs "when" on the closing "... said": the speaker is no doer (local_reports15 e13, local_reports8 o10)
    "A boy and his uncle were killed when two men on a motorcycle shot at a kiosk in the Ludueña neighbourhood of "
    "Rosario on Monday night, Santa Fe province's security ministry said.",
    "A 41-year-old trader was shot dead and his son was injured when two gunmen on a motorcycle opened fire on them "
    "in front of their shop in Galle last night, police said.",
])
def test_the_speaker_of_a_when_clause_sentence_is_no_doer(ann, text):  # type: ignore[no-untyped-def]
    got = _doers(ann, text)
    assert got and not ({"Santa Fe", "Police Forces of Sri Lanka"} & set(got.values())), got
