"""Branch types15 (issue 11's ground): deployments of police, or of forces sent to protect or help, are no change in
an armed group's activity (events/incident_steps.policing_deployment). Sentences written for these tests; names made
up."""
from __future__ import annotations

import datetime as dt

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _events(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 6, 11)))
    return [e for e in an.events if e.event_type != "Political"]


def _show(evs):  # type: ignore[no-untyped-def]
    return [(e.trigger.text if e.trigger else None, e.sub_event_type, e.modality) for e in evs]


def test_police_officers_deployed_for_a_festival_are_no_event(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Police deployed about 2,000 officers across Kelvara for the harvest festival on Sunday and "
                       "no incidents were reported, a spokesman said.")
    assert not any(e.sub_event_type == "Change to group/activity" for e in evs), _show(evs)


def test_police_who_sent_more_officers_after_a_raid_tell_no_second_event(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Gunmen killed three farmers in a raid on Dorvaka village on Friday. The police said they had "
                       "deployed more officers to Dorvaka and that two suspects were being questioned.")
    assert [e.sub_event_type for e in evs] == ["Attack"], _show(evs)


def test_troops_deployed_to_protect_a_town_are_no_event(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "An army spokesman, Tomas Verraldo, said troops had been deployed to protect the town of "
                       "Kelvara on Tuesday.")
    assert not any(e.sub_event_type == "Change to group/activity" for e in evs), _show(evs)


def test_troops_massed_on_a_border_stay_a_deployment(ann):  # type: ignore[no-untyped-def]
    # guard: an army's forces moved up to a front are a change in its activity
    evs = _events(ann, "The Ruritanian army deployed thousands of troops and tanks to the border near Kelvara on "
                       "Tuesday, the defence ministry said.")
    assert any(e.sub_event_type == "Change to group/activity" for e in evs), _show(evs)



def test_the_killings_of_a_lead_retold_by_an_accusation_are_one_incident(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Gunmen killed nine people in Jos on Monday, officials said. On Tuesday, the state governor "
                       "accused the Red Hand militia of carrying out the killings and said troops were pursuing them.")
    assert len([e for e in evs if e.event_type in VIOLENT_EVENT_TYPES]) == 1, _show(evs)


def test_the_killings_came_after_a_raid_is_no_second_incident(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Insurgents killed six villagers in Mocimboa da Praia on Sunday, residents said. The killings "
                       "came after the insurgents ambushed a convoy on the road to Macomia last week.")
    assert len([e for e in evs if e.event_type in VIOLENT_EVENT_TYPES]) == 1, _show(evs)


def test_the_killings_told_first_stay_an_incident(ann):  # type: ignore[no-untyped-def]
    # guard: with no incident told before, "the killings" is the report's own incident
    evs = _events(ann, "The killings of six villagers in Dorvaka on Sunday have shocked the region, residents said.")
    assert any(e.event_type in VIOLENT_EVENT_TYPES for e in evs), _show(evs)



def _mention(text, start, trigger, actor=None, dead=None):  # type: ignore[no-untyped-def]
    from sitrep.model import ActorRef, EventMention, Figure, Span

    sent = Span("r1", start, start + len(text), text)
    t0 = start + text.index(trigger)
    fig = Figure("f", sent, "killed", low=dead, high=dead) if dead else None
    a = ActorRef(actor[0], actor[1]) if actor else None
    return EventMention(f"r1:{t0}", "r1", sent, "Violence against civilians", "Attack",
                        trigger=Span("r1", t0, t0 + len(trigger), trigger), actor1=a, fatalities=fig)


def test_the_killings_pointing_back_lend_their_named_doer_to_the_incident():  # type: ignore[no-untyped-def]
    # "the killings" is dropped as pointing back at the attack told before it (types15); the group it is blamed on
    # names the attack's doer, which the attack's own "Gunmen" left unnamed (lead, after types15: attack_reports15
    # r12 had lost its attacker)
    from sitrep.events.summed_round_up import drop_plural_references

    attack = _mention("Gunmen opened fire on mourners at a wake, killing six people.", 0, "opened",
                      ("MEX_UNIDENT", "Unidentified Armed Group (Mexico)"), 6)
    killings = _mention("The killings were blamed on the Torrenza Valley cartel.", 200, "killings",
                        ("x:torrenza-valley-cartel", "Torrenza Valley cartel"))
    out = drop_plural_references([attack, killings])
    assert out == [attack]
    assert attack.actor1.name == "Torrenza Valley cartel"


def test_the_killings_pointing_back_lend_no_unnamed_doer():  # type: ignore[no-untyped-def]
    # guard: "armed men" names no one: the attack keeps its own doer
    from sitrep.events.summed_round_up import drop_plural_references

    attack = _mention("Militants stormed a village, killing nine people.", 0, "stormed", ("x:fano", "Fano"), 9)
    killings = _mention("Police said armed men carried out the killings.", 120, "killings", ("x:armed-men", "armed men"))
    drop_plural_references([attack, killings])
    assert attack.actor1.name == "Fano"
