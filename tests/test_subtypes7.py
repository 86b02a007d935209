"""Branch subtypes7 tests (sentences written for them, made-up places and people): an arrest over a protest told
only as past or planned is an arrest, not an intervention; the arrest named again ("confirmed the arrest") is the
same arrest; "since November 2023, when they took the town" is background; a crowd's attack on the police with
stones or sticks is a riot, not an armed clash; the towns that name a road are not where its deed happened;
"there were no reports of shooting" tells no shooting."""
from __future__ import annotations

import datetime as dt

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.events.place import road_end
from sitrep.nlp.annotate import DocContext

D = dt.date


def _events(ann, text, published=D(2025, 8, 2)):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("r1", published=published)).events


def _asserted(evs):  # type: ignore[no-untyped-def]
    return [e for e in evs if e.modality == "asserted" and e.event_type != "Political"]


# -- an arrest over a protest told as past or planned is no intervention (events/subtype scene_lemmas) --------------

def test_arrest_where_a_protest_was_only_planned_is_an_arrest(ann):
    evs = _events(ann, "Police arrested 11 opposition activists on Friday at a house in Velmora where they had met "
                       "to plan protests, their lawyers said.")
    assert [e.sub_event_type for e in _asserted(evs)] == ["Arrests"]


def test_arrest_over_remarks_made_during_past_protests_is_an_arrest(ann):
    evs = _events(ann, "Police arrested opposition lawmaker Dan Omburi at his home in Velmora on Monday night over "
                       "remarks they said had incited violence during last week's protests, his lawyer said.")
    assert "Arrests" in [e.sub_event_type for e in _asserted(evs)]
    assert "Protest with intervention" not in [e.sub_event_type for e in _asserted(evs)]


def test_arrests_during_a_protest_stay_an_intervention(ann):  # a guard: passes before and after
    evs = _events(ann, "Police detained 30 people during a protest outside the governor's office in Velmora on Friday.")
    assert "Protest with intervention" in [e.sub_event_type for e in _asserted(evs)]


# -- the arrest named again is the same arrest (events/arrests_retold) ----------------------------------------------

def test_the_arrest_confirmed_is_the_same_arrest(ann):
    evs = _events(ann, "Police arrested opposition lawmaker Dan Omburi at his home in Velmora on Monday night, his "
                       "lawyer said.\n\nPolice confirmed the arrest in a statement and said he would be charged in "
                       "court on Wednesday.", D(2025, 7, 15))
    assert [e.sub_event_type for e in _asserted(evs)] == ["Arrests"]


# -- "since November 2023, when ...": the deed of the time's start (events/host_time) -----------------------------

def test_since_a_date_when_a_town_was_taken_is_background(ann):
    evs = _events(ann, "Dravost has been held by the army since November 2023, when troops took the town from the "
                       "rebels, but rebel leaders still meet in the hills.", D(2025, 11, 28))
    took = [e for e in evs if e.trigger is not None and e.trigger.text == "took"]
    assert took and all(e.modality == "background" for e in took)


# -- a crowd attacking the police with stones or sticks is a riot (events/subtype crowd_assault) --------------------

def test_riders_attacking_police_with_sticks_are_a_riot(ann):
    evs = _events(ann, "Within an hour, dozens of riders had gathered, attacked the officers at the post with sticks "
                       "and burnt a police motorbike in Velmora.")
    types = {e.sub_event_type for e in evs if e.trigger is not None and e.trigger.text == "attacked"}
    assert types and "Armed clash" not in types
    assert types <= {"Mob violence", "Violent demonstration"}


def test_riders_protesting_who_clash_with_police_are_a_violent_demonstration(ann):
    evs = _events(ann, "A rider was shot dead on Thursday when motorcycle riders protesting against the death of a "
                       "colleague clashed with police in Velmora.")
    assert "Armed clash" not in [e.sub_event_type for e in _asserted(evs)]
    assert "Violent demonstration" in [e.sub_event_type for e in _asserted(evs)]


def test_gunmen_attacking_police_stay_an_armed_clash(ann):  # a guard: passes before and after
    evs = _events(ann, "Gunmen attacked a police post in Velmora with rifles on Thursday, killing two officers.")
    assert "Mob violence" not in [e.sub_event_type for e in _asserted(evs)]


# -- the towns that name a road (events/place road_end) ----------------------------------------------------------

def test_towns_naming_a_road_are_its_ends(ann):
    doc = ann.nlp("The rider was shot at the checkpoint on the Velmora-Kesselby road in the morning.")
    i = next(t.i for t in doc if t.text == "Kesselby")
    assert road_end(doc, [i])
    doc = ann.nlp("The rider was shot at a checkpoint in Kesselby in the morning.")
    i = next(t.i for t in doc if t.text == "Kesselby")
    assert not road_end(doc, [i])


# -- "there were no reports of shooting" (events/modality no_report_of) --------------------------------------------

def test_no_reports_of_shooting_is_no_shooting(ann):
    evs = _events(ann, "Rebel fighters left Dravost in a convoy early in the morning, a resident said. There were no "
                       "reports of shooting.")
    assert not [e for e in _asserted(evs) if e.trigger is not None and e.trigger.text == "shooting"]
