"""Death and injury tolls of local crime reports (issue 12, branch tolls42; sentences written for these tests,
made-up names)."""
from __future__ import annotations

import datetime as dt

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext

PUB = dt.date(2025, 5, 6)


def analyse(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("t1", published=PUB))


def deaths(an):  # type: ignore[no-untyped-def]
    """The largest count of dead of the asserted violent events (as the local-report benches read it)."""
    counts = [e.fatalities.low for e in an.events if e.modality == "asserted" and e.event_type in VIOLENT_EVENT_TYPES
              and e.fatalities is not None and e.fatalities.low is not None]
    return max(counts) if counts else None


def hurt(an):  # type: ignore[no-untyped-def]
    by_id = {f.id: f for f in an.figures}
    counts = [by_id[fid].low for e in an.events if e.modality == "asserted" and e.event_type in VIOLENT_EVENT_TYPES
              for fid in e.figures if fid in by_id and by_id[fid].what == "wounded"]
    return max(counts) if counts else None


def test_others_still_in_treatment_after_the_dead_are_the_hurt(ann):
    an = analyse(ann, "Gunmen killed four villagers in Tarvel on Sunday night, the district police chief said. "
                      "Three other villagers are still being treated at the Tarvel district hospital.")
    assert deaths(an) == 4
    assert hurt(an) == 3


def test_others_still_in_hospital_after_the_dead_are_the_hurt(ann):
    an = analyse(ann, "Two guards were shot dead when robbers attacked a warehouse in Pellham on Friday. "
                      "Five other workers are still in hospital, a police spokesman said.")
    assert hurt(an) == 5


def test_a_share_still_in_treatment_told_without_others_is_no_count_of_hurt(ann):
    an = analyse(ann, "Gunmen killed four villagers in Tarvel on Sunday night, the district police chief said. "
                      "More than 20 people were still being treated at the Tarvel district hospital.")
    assert hurt(an) is None


def test_a_toll_update_with_a_long_name_of_the_incident_raises_the_toll(ann):
    an = analyse(ann, "The toll in Tuesday's firing over a boundary wall between two clans near Marlow Heath rose to "
                      "two after Ivo Brand died in hospital on Wednesday. Peter Quell had been killed when gunmen "
                      "fired at the two men.")
    assert deaths(an) == 2


def test_a_first_account_of_the_toll_gives_way_to_the_count_told_as_fact(ann):
    an = analyse(ann, "Two people were killed and a third was hurt in a shooting in Pellham on Sunday, police said. "
                      "The sheriff's office had initially said at the scene that three people were killed.")
    assert deaths(an) == 2


def test_a_first_account_that_is_the_only_count_is_kept(ann):
    an = analyse(ann, "The sheriff's office initially said that three people were killed in a shooting in Pellham "
                      "on Sunday.")
    assert deaths(an) == 3
