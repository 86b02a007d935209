"""A trend told of a region ("the province has seen an upsurge in shelling this month") names no incident of its
own: a gerund the parser reads as a verb under a trend noun (data/event_sense_cues.tsv ``generic_heads``, read by
events/reference.py) is background, as the noun would be. Sentences written for this test, made-up persons, real
places."""
from __future__ import annotations

import datetime as dt

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.nlp.annotate import DocContext


def _told(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2024, 10, 16)))
    return [e.trigger.text for e in an.events if e.modality != "background"]


def test_an_upsurge_in_shelling_is_a_trend_not_a_new_incident(ann):
    told = _told(ann, "Aleppo has seen an upsurge in shelling this month, the monitor Dara Velkin said.")
    assert "shelling" not in told, told


def test_an_escalation_of_shelling_and_air_strikes_is_a_trend(ann):
    told = _told(ann, "Idlib province, the rebels' last enclave, has seen an escalation of shelling and air strikes "
                      "in recent weeks, the monitor Omar Karvelo said.")
    assert "shelling" not in told and not any(t.startswith("strike") for t in told), told
    # the shelling of one market is still an incident
    told = _told(ann, "The shelling of a market in Aleppo killed a trader, Samir Velkin, on Tuesday.")
    assert "shelling" in told, told
