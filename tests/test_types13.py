"""Event modality (branch types13): the "saying" clause of a claim of responsibility ("X claimed the attack, saying it
had seized weapons") tells the claimed deed again, no event of its own; a standing charge of many deeds, told as a passive accusation in the present or
the perfect ("the militia has been accused of killing hundreds of people", "X is accused of hundreds of killings",
"vigilantes are accused of killing traders"), is background to the report, not an incident of its own. Sentences
written for these tests; the groups, people and places named in them are made up or used only as settings."""
from __future__ import annotations

import datetime as dt

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _told(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 6, 11)))
    return [e for e in an.events if e.modality in ("asserted", "claimed") and e.event_type in VIOLENT_EVENT_TYPES]


def test_a_militia_long_accused_of_killings_tells_no_second_incident(ann):  # type: ignore[no-untyped-def]
    text = ("Gunmen killed four traders on the road outside Kelvara on Monday, a local official said. The Red Hand "
            "militia, which has been active in the hills since 2019, has been accused of killing hundreds of people.")
    evs = _told(ann, text)
    assert len(evs) == 1, [(e.trigger.text if e.trigger else None, e.modality) for e in evs]


def test_groups_accused_of_killing_in_raids_tell_no_second_incident(ann):  # type: ignore[no-untyped-def]
    text = ("Gunmen shot dead two herders near Kelvara on Monday, police said. Vigilante groups, for their part, are "
            "accused of killing traders in revenge raids.")
    evs = _told(ann, text)
    assert len(evs) == 1, [(e.trigger.text if e.trigger else None, e.modality) for e in evs]


def test_an_accusation_of_one_killing_on_a_day_stays_a_claim(ann):  # type: ignore[no-untyped-def]
    # guard: a past accusation of a deed on a day is the accuser's claim of an incident
    text = ("Villagers near Tessaro accused soldiers of killing nine men during a raid on Tuesday, two residents "
            "said. The army did not comment.")
    evs = _told(ann, text)
    assert any(e.modality == "claimed" for e in evs), [(e.trigger.text if e.trigger else None, e.modality) for e in evs]


def test_a_claim_of_the_attack_saying_weapons_were_seized_is_no_event(ann):  # type: ignore[no-untyped-def]
    # the "saying" clause of a claim of responsibility tells the claimed deed again (events/accusation.claim_restated)
    text = ("Gunmen attacked an army post near Kelvara on Monday, killing three soldiers. The Night Wolves claimed the "
            "attack, saying they had seized rifles and a truck.")
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 6, 11)))
    told = [(e.trigger.text if e.trigger else None, e.sub_event_type) for e in an.events
            if e.modality in ("asserted", "claimed") and e.event_type != "Political"]
    assert all(t != "seized" for t, _ in told), told
