"""Event precision, fourth round (issue 15): one event per real incident across and within reports, and plans
that are not placed or dated by another clause. Sentences written for these tests; the people and events are
made up (the towns are real, so that the gazetteer places them)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools

import pytest

from sitrep.model import ActorRef
from sitrep.stories.merge import same_actor, merge_mentions, restated
from storyfix import D, article, retake_mention, town_place

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


@functools.lru_cache(maxsize=1)
def _annotator():  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import Annotator

    return Annotator()


def analysed(text, published=None, dateline=None):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    return _annotator().annotate(text, DocContext(article_id="t", published=published, dateline=dateline))


def violent(events, modality=None):  # type: ignore[no-untyped-def]
    return [e for e in events if e.event_type in VIOLENT and (modality is None or e.modality == modality)]


# ------------------------------------------------------------------ a time clause under a future verb
@pytest.mark.parametrize("text", [
    "Officials told farmers in the valley that it will be much harder to leave once the fighting starts.",
    "The mayor said the roads will close when the offensive begins.",
])
def test_a_deed_in_a_present_time_clause_under_a_future_verb_is_planned(text):
    evs = violent(analysed(text, dt.date(2024, 3, 14)).events)
    assert evs and not violent(evs, "asserted"), [(e.trigger.text, e.modality) for e in evs]
    assert any(e.modality == "planned" for e in evs)


@pytest.mark.parametrize("text", [
    "When the fighting started on Monday, the farmers fled to the hills.",  # told in the past: it happened
    "Once the shelling stopped on Tuesday, rescuers reached the market.",
])
def test_a_past_time_clause_is_not_a_plan(text):
    evs = violent(analysed(text, dt.date(2024, 3, 14)).events)
    assert not [e for e in evs if e.modality == "planned"], [(e.trigger.text, e.modality) for e in evs]


# ------------------------------------------------------------------ a plan: its own place and day only
def test_a_plan_takes_neither_the_datelines_place_nor_another_clauses_day():
    text = ("ALEPPO — The toll from the market bombing in Homs rose to 14 on Tuesday, officials said, as families "
            "in the countryside fled ahead of an expected rebel offensive.\n\nThe bombing was the worst in Homs "
            "this year. Officials in Aleppo met on Tuesday.")
    evs = analysed(text, dt.date(2024, 3, 14), dateline="ALEPPO").events
    plan = [e for e in evs if e.trigger is not None and e.trigger.text == "offensive"]
    assert plan and plan[0].modality == "planned"
    assert plan[0].place_source != "article"  # not the dateline, where the reporter is
    assert plan[0].date_precision == "reported" and plan[0].date_start == dt.date(2024, 3, 14)


def test_a_plan_with_a_day_of_its_own_keeps_it():
    from sitrep.events.extract import unrealised_where_when
    from sitrep.model import Span, TimeExpr

    own = TimeExpr(Span("t", 0, 6, "Monday"), "2024-03-18", start=dt.date(2024, 3, 18), end=dt.date(2024, 3, 18),
                   precision="day")
    other = dataclasses.replace(own, span=Span("t", 50, 57, "Tuesday"), start=dt.date(2024, 3, 12))
    kept = unrealised_where_when(None, "", own, own.start, own.end, "day", [own], dt.date(2024, 3, 14))
    assert kept[2:] == (own, own.start, own.end, "day")
    moved = unrealised_where_when("P", "article", other, other.start, other.start, "day", [own], dt.date(2024, 3, 14))
    assert moved == (None, "", None, dt.date(2024, 3, 14), dt.date(2024, 3, 14), "reported")
    # a place its own clause names stays
    assert unrealised_where_when("P", "clause", None, None, None, "unknown", [], None)[:2] == ("P", "clause")


# ------------------------------------------------------------------ "a day after" in an undated report
def test_an_offset_from_an_undated_weekday_is_applied_when_the_story_dates_the_report():
    from sitrep.stories.dates import redate

    text = ("Rescuers on Saturday searched the rubble of the market in Homs, a day after a rocket attack killed "
            "12 people there.")
    an = analysed(text, None)
    redate(an, dt.date(2024, 3, 16), text)  # a Saturday
    (ev,) = violent(an.events, "asserted")
    assert (ev.date_start, ev.date_precision) == (dt.date(2024, 3, 15), "day")


def test_an_undated_weekday_without_an_offset_dates_the_deed_itself():
    from sitrep.stories.dates import redate

    text = "A rocket attack killed 12 people at the market in Homs on Saturday."
    an = analysed(text, None)
    redate(an, dt.date(2024, 3, 16), text)
    (ev,) = violent(an.events, "asserted")
    assert ev.date_start == dt.date(2024, 3, 16)


# ------------------------------------------------------------------ "the X attack" restating a named incident
def test_a_definite_restatement_takes_the_incident_the_report_named_before():
    text = ("Officials urged residents on Sunday to leave the city, two days after the missile strike on the market "
            "in Homs.\n\nHundreds queued for buses.\n\n"
            "The death toll from the Homs attack stood at 15 on Sunday, officials said.")
    evs = violent(analysed(text, dt.date(2024, 3, 17)).events)
    assert len(evs) == 1  # one incident: the reference is folded into its restatement
    ev = evs[0]
    assert ev.modality == "asserted" and ev.event_type == "Explosions/Remote violence"
    assert ev.date_start == dt.date(2024, 3, 15) and len(ev.evidence) == 1


REFERENCE = "Traders in Homs reopened their shops on Sunday, two days after the bombing of the market in the city.\n\n"


@pytest.mark.parametrize("text", [
    REFERENCE + "On Sunday evening gunmen shot dead two guards at a checkpoint in Homs, police said.",  # no "the"
    REFERENCE + "The attack on an army checkpoint in Homs on Sunday evening killed two guards, the army said.",  # a day of its own
])
def test_a_new_deed_after_a_reference_stays_its_own_incident(text):
    evs = violent(analysed(text, dt.date(2024, 3, 17)).events)
    told = [e for e in evs if e.modality == "asserted"]
    assert len(told) == 1 and told[0].date_start == dt.date(2024, 3, 17)
    assert told[0].event_type != "Explosions/Remote violence"
    assert any(e.modality == "background" for e in evs)  # the reference is left as it was


def test_a_definite_restatement_with_no_reference_before_stays_generic():
    evs = violent(analysed("The death toll from the Homs attack stood at 15 on Sunday, officials said.",
                           dt.date(2024, 3, 17)).events, "asserted")
    assert len(evs) == 1 and evs[0].event_type != "Explosions/Remote violence"


# ------------------------------------------------------------------ story level: restatements across reports
def _statement(a, phrase, day, prec, actor1, plover="REJECT", modality="asserted"):  # type: ignore[no-untyped-def]
    m = retake_mention(a, phrase, None, day, prec=prec, actor1=actor1, actor2=None, sub=None, etype="Political",
                       modality=modality)
    m.plover = plover
    return m


RUS_MOD = ActorRef("RUS_MOD", "Ministry of Defence of Russia")
RUS_GOV = ActorRef("RUS_GOV", "Government of Russia")


def test_a_denial_restated_in_the_perfect_days_later_joins_the_first():
    a1 = article("d1", "The ministry denied on Friday that its forces struck the depot.", "Courier", D(2022, 5, 6))
    a2 = article("d2", "Moscow has denied that its forces struck the depot.", "Star", D(2022, 5, 10))
    first = _statement(a1, "denied", D(2022, 5, 6), "day", RUS_MOD)
    again = _statement(a2, "denied", D(2022, 5, 10), "reported", RUS_GOV)
    assert restated(again) and not restated(first)
    (ev,) = merge_mentions([first, again], {"d1": a1, "d2": a2})
    assert ev.n_sources == 2 and ev.date_start == D(2022, 5, 6)


@pytest.mark.parametrize("text, phrase, perfect", [
    ("Moscow has repeatedly denied that its forces struck the depot.", "denied", True),
    ("The rebels have since claimed that they hit the depot.", "claimed", True),
    ("Russia's denial came on Monday.", "denial", False),  # a possessive, not a perfect
    ("Officials say the ministry denied the strike.", "denied", False),
])
def test_which_restatements_are_in_the_perfect(text, phrase, perfect):
    a = article("p1", text, "Star", D(2022, 5, 10))
    assert restated(_statement(a, phrase, D(2022, 5, 10), "reported", RUS_GOV)) is perfect
    assert not restated(_statement(a, phrase, D(2022, 5, 10), "day", RUS_GOV))  # a day of its own: not a restatement


def test_a_denial_told_in_the_past_days_later_is_another_denial():
    a1 = article("e1", "The ministry denied on Friday that its forces struck the depot.", "Courier", D(2022, 5, 6))
    a2 = article("e2", "Moscow denied that its forces struck the bridge.", "Star", D(2022, 5, 10))
    first = _statement(a1, "denied", D(2022, 5, 6), "day", RUS_MOD)
    later = _statement(a2, "denied", D(2022, 5, 10), "reported", RUS_GOV)
    assert not restated(later)
    assert len(merge_mentions([first, later], {"e1": a1, "e2": a2})) == 2


def test_a_perfect_restatement_more_than_a_week_later_stays_apart():
    a1 = article("f1", "The ministry denied on Friday that its forces struck the depot.", "Courier", D(2022, 5, 6))
    a2 = article("f2", "Moscow has denied that its forces struck the depot.", "Star", D(2022, 5, 20))
    first = _statement(a1, "denied", D(2022, 5, 6), "day", RUS_MOD)
    again = _statement(a2, "denied", D(2022, 5, 20), "reported", RUS_GOV)
    assert len(merge_mentions([first, again], {"f1": a1, "f2": a2})) == 2


def test_a_head_of_state_in_office_speaks_for_the_state():
    zel, ukr, rus = ActorRef("PERS_ZELENSKY", "Volodymyr Zelensky"), ActorRef("UKR_GOV", "Government of Ukraine"), \
        ActorRef("RUS_GOV", "Government of Russia")
    assert same_actor(zel, ukr, D(2022, 4, 8)) and same_actor(ActorRef("PERS_PUTIN", "Vladimir Putin"), rus, D(2022, 4, 8))
    assert not same_actor(zel, rus, D(2022, 4, 8))
    assert not same_actor(zel, ukr, D(2018, 4, 8))  # before his term
    assert not same_actor(zel, ukr)  # no day: no person stands for a state
    assert not same_actor(ActorRef("PERS_BIDEN", "Joe Biden"), ActorRef("USA_GOV", "Government of the United States"),
                           D(2026, 1, 5))  # out of office


def test_a_presidents_accusation_and_his_officials_are_one_event():
    a1 = article("z1", "The president accused Moscow of targeting civilians.", "Courier", D(2022, 4, 8))
    a2 = article("z2", "Officials blamed Russian forces for the strike.", "Star", D(2022, 4, 10))
    m1 = _statement(a1, "accused", D(2022, 4, 8), "reported", ActorRef("PERS_ZELENSKY", "Volodymyr Zelensky"), "ACCUSE")
    m2 = _statement(a2, "blamed", D(2022, 4, 10), "reported", ActorRef("UKR_GOV", "Government of Ukraine"), "ACCUSE")
    assert len(merge_mentions([m1, m2], {"z1": a1, "z2": a2})) == 1


# ------------------------------------------------------------------ a claim about who did the deed
def _strike(a, phrase, actor1, modality="asserted", day=D(2022, 4, 8)):  # type: ignore[no-untyped-def]
    return retake_mention(a, phrase, town_place(a, phrase), day, actor1=actor1, actor2=None,
                          sub="Shelling/artillery/missile attack", etype="Explosions/Remote violence", modality=modality)


def test_a_counter_claim_about_the_story_incident_joins_it():
    a1 = article("c1", "A missile hit the depot in Saraqib on Friday.", "Courier", D(2022, 4, 8))
    a2 = article("c2", "The ministry said the missile was fired by rebel forces on Friday.", "Star", D(2022, 4, 10))
    fact = _strike(a1, "hit", ActorRef("SYR_MIL", "Military Forces of Syria"))
    claim = _strike(a2, "fired", ActorRef("SYR_OPP", "Opposition"), modality="claimed")
    (ev,) = merge_mentions([fact, claim], {"c1": a1, "c2": a2})
    assert ev.modality == "asserted" and ev.actor1.entity_id == "SYR_MIL" and len(ev.mentions) == 2
    # no asserted strike to join: the claim stays an event of its own, still a claim
    (alone,) = merge_mentions([claim], {"c2": a2})
    assert alone.modality == "claimed"


def test_a_claim_that_fits_two_incidents_joins_neither():
    a1 = article("k1", "A missile hit the depot in Saraqib on Friday. Another hit the school in Saraqib on Friday.",
                 "Courier", D(2022, 4, 8))
    a2 = article("k2", "The ministry said the missile was fired by rebel forces on Friday.", "Star", D(2022, 4, 10))
    depot = _strike(a1, "hit", ActorRef("SYR_MIL", "Military Forces of Syria"))
    school = retake_mention(a1, "Another", town_place(a1, "Another"), D(2022, 4, 8),
                            actor1=ActorRef("RUS_MIL", "Military Forces of Russia"), actor2=None,
                            sub="Shelling/artillery/missile attack", etype="Explosions/Remote violence")
    claim = _strike(a2, "fired", ActorRef("SYR_OPP", "Opposition"), modality="claimed")
    evs = merge_mentions([depot, school, claim], {"k1": a1, "k2": a2})
    assert len(evs) == 3 and any(e.modality == "claimed" for e in evs)


def test_victims_named_two_ways_are_one_incident():
    """The same victims told in other words in a later sentence ("guards" ... "soldiers") do not make a second
    incident; victims on different days still do."""
    import datetime as _dt

    from sitrep.model import VIOLENT_EVENT_TYPES
    from sitrep.nlp.annotate import Annotator, DocContext

    ann = Annotator()
    text = ("At least six palace guards riding in an army truck were killed on Tuesday in an attack in the centre of "
            "Quito. Nine soldiers were also wounded on Tuesday when the attackers opened fire on the truck.")
    an = ann.annotate(text, DocContext("m1", published=_dt.date(2021, 3, 10)))
    assert len([e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]) == 1
    text = ("Gunmen shot dead a judge in Quito on Monday. On Wednesday a roadside bomb killed two soldiers near "
            "Guayaquil.")
    an = ann.annotate(text, DocContext("m2", published=_dt.date(2021, 3, 12)))
    assert len([e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]) == 2
