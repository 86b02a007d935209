"""A group's name written in hyphenated parts before its head word stays whole (events/roles.np_tokens,
``_name_hyphen``), on sentences written for these tests: "Tehreek-i-Taliban Pakistan" is the Pakistani Taliban, not
"Taliban Pakistan" read as Pakistan's army; "Hizb-ul-Mujahideen militants" keeps its first part."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.annotate import DocContext
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)


def test_a_hyphenated_group_name_claiming_the_attack_is_not_the_state_in_its_name(ann):
    evs = violent(ann, "A suicide bomber killed 20 people at a mosque in Peshawar on Friday. The banned "
                       "Tehreek-i-Taliban Pakistan (TTP) claimed responsibility for the attack.")
    assert evs and all(e.actor1 is not None and e.actor1.name == "Tehrik-i-Taliban Pakistan" for e in evs)


def test_a_hyphenated_name_before_a_fighter_noun_keeps_all_its_parts(ann):
    ev = violent(ann, "Hizb-ul-Mujahideen militants shot two policemen in Sopore on Monday.")[0]
    assert ev.actor1 is not None and ev.actor1.span.text == "Hizb-ul-Mujahideen militants"


def test_an_agency_hyphened_to_the_army_is_no_group_of_that_name(ann):
    # a credit line run into the text: "SANA-Army units" are the army's units, not a group called "SANA-Army"
    an = ann.annotate("Provinces, SANA-Army units, together with allied forces, established control over six villages "
                      "in the eastern countryside of Idlib after wiping out the remaining terrorist groups there.",
                      DocContext("r1", published=dt.date(2023, 5, 6)))
    taken = [e for e in an.events if e.sub_event_type and "territory" in e.sub_event_type]
    assert taken and all(e.sub_event_type == "Government regains territory" for e in taken)
