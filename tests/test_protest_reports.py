"""Protests and riots told the way wire and local papers tell them (issue 16, branch protests): ACLED's sides of a
protest (Protesters / Rioters of the event's country, the police intervening as actor2, the force and its victims in
excessive force). Sentences written for these tests; people are made up, the towns real (the country is read from
the event's place)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2025, 6, 4)  # a Wednesday
_CROWD = frozenset({"Protests", "Riots"})


def _crowd_events(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("p1", published=PUB))
    return [e for e in an.events if e.event_type in _CROWD and e.modality == "asserted"]


def _name(a):  # type: ignore[no-untyped-def]
    return a.name if a is not None else None


@pytest.mark.parametrize("text, sub, actor1, actor2", [
    # an intervention: the police read as the clause's subject are the side that intervened
    ("Police fired tear gas at hundreds of students who marched through Kisumu on Tuesday to demand lower fees.",
     "Protest with intervention", "Protesters (Kenya)", "Police"),
    # a peaceful march whose subject names no protester
    ("Hundreds of traders marched peacefully through Multan on Tuesday to protest against a new sales tax.",
     "Peaceful protest", "Protesters (Pakistan)", None),
    # demonstrators turned violent: rioters of the event's country against the police
    ("Protesters hurled stones and petrol bombs at police in Cochabamba on Tuesday and set a bus on fire.",
     "Violent demonstration", "Rioters (Bolivia)", None),
])
def test_protest_sides_named_as_acled(ann, text, sub, actor1, actor2):  # type: ignore[no-untyped-def]
    evs = [e for e in _crowd_events(ann, text) if e.sub_event_type == sub]
    assert evs, [(e.sub_event_type, _name(e.actor1)) for e in _crowd_events(ann, text)]
    assert _name(evs[0].actor1) == actor1
    if actor2 is not None:
        assert (_name(evs[0].actor2) or "").startswith(actor2)


def test_excessive_force_victims_are_protesters(ann):  # type: ignore[no-untyped-def]
    evs = _crowd_events(ann, "Soldiers opened fire on a protest in Kano on Tuesday, killing four people, "
                             "witnesses said.")
    force = [e for e in evs if e.sub_event_type == "Excessive force against protesters"]
    assert force
    assert _name(force[0].actor2) == "Protesters (Nigeria)"


@pytest.mark.parametrize("text", [
    # the deed protested against, told by a weapon noun: the protest stays, the deed is an event of its own
    "Hundreds of residents of villages near Multan on Sunday protested the shelling of their homes by the army, "
    "which killed two children on Saturday.",
    "Students in Kisumu rallied on Sunday against the bombing of a school.",
])
def test_protest_against_a_deed_keeps_the_protest(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("p1", published=PUB))
    subs = [e.sub_event_type for e in an.events if e.modality == "asserted" or e.event_type != "Protests"]
    assert "Peaceful protest" in subs, subs
    assert any(e.event_type == "Explosions/Remote violence" for e in an.events)


@pytest.mark.parametrize("text, coarse", [
    # a crowd of unarmed people fighting the police is a violent demonstration
    ("Thousands of workers demanding unpaid wages clashed with police in Mombasa on Tuesday.", "Riots"),
    ("Two men were killed in Kano on Friday during clashes between police and supporters of a jailed mayor.", "Riots"),
    # an armed group named: a battle
    ("Police clashed with gunmen in Kano on Friday, killing three.", "Battles"),
])
def test_crowd_clashing_with_police_is_a_riot(ann, text, coarse):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("p1", published=PUB))
    types = [e.event_type for e in an.events if e.event_type in ("Riots", "Battles")]
    assert types and types[0] == coarse, types


def test_what_happens_at_a_riot_is_part_of_it(ann):  # type: ignore[no-untyped-def]
    text = ("Hundreds of traders hurled stones at police in Multan on Tuesday during a protest against new taxes. "
            "Police said three officers were slightly injured and 15 people were detained.")
    an = ann.annotate(text, DocContext("p1", published=PUB))
    evs = [e for e in an.events if e.event_type != "Political" and e.modality == "asserted"]
    assert [e.sub_event_type for e in evs] == ["Violent demonstration"], [(e.sub_event_type, e.trigger.text) for e in evs]
    assert evs[0].date_start == dt.date(2025, 6, 3)


def test_arrest_on_another_day_stays_an_event(ann):  # type: ignore[no-untyped-def]
    # (a guard: the fold keeps an arrest told on a day of its own)
    text = ("Police fired tear gas at hundreds of students who marched through Kisumu on Monday. "
            "On Tuesday, police arrested Otieno Wambua, a student leader, at his home in Kisumu.")
    an = ann.annotate(text, DocContext("p1", published=PUB))
    subs = [e.sub_event_type for e in an.events if e.modality == "asserted"]
    assert "Arrests" in subs and "Protest with intervention" in subs, subs


@pytest.mark.parametrize("text", [
    "Police have banned a march by students in Multan, warning of arrests.",
    "Traders in Multan backed the march planned for Thursday by the students union.",
])
def test_a_banned_or_planned_protest_is_not_told_as_held(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("p1", published=PUB))
    assert not [e for e in an.events if e.event_type in _CROWD and e.modality == "asserted"], \
        [(e.sub_event_type, e.modality) for e in an.events]


def test_a_sit_in_that_ends_by_itself_is_a_peaceful_protest(ann):  # type: ignore[no-untyped-def]
    # "sit-in" is parsed as three tokens; a crowd that disperses by itself was not broken up
    text = ("Around 300 nurses staged a sit-in outside a hospital in Kisumu on Saturday. The protest remained "
            "peaceful and the participants dispersed in the evening.")
    an = ann.annotate(text, DocContext("p1", published=PUB))
    subs = [e.sub_event_type for e in an.events if e.event_type in _CROWD and e.modality == "asserted"]
    assert subs and set(subs) == {"Peaceful protest"}, subs


def test_a_protest_toll_is_updated(ann):  # type: ignore[no-untyped-def]
    text = ("Police shot dead three protesters during a march in Kisumu on Tuesday, health officials said. Late on "
            "Tuesday, officials said the toll had risen to four after a man died in hospital.")
    an = ann.annotate(text, DocContext("p1", published=PUB))
    force = [e for e in an.events if e.sub_event_type == "Excessive force against protesters"]
    assert force and force[0].fatalities is not None and force[0].fatalities.low == 4


# branch protests2: the general causes left by the first round (the protests told twice, the organiser's arrest, a
# price read as a petrol bomb, a country lent by a passing demonym)

@pytest.mark.parametrize("text", [
    # "petrol" names a crowd's fire weapon only as one ("petrol bombs"), not as what a protest is about
    "Police on Tuesday fired tear gas to disperse hundreds of traders who gathered in Kisumu to demand lower petrol "
    "prices.",
    # an attempt to block a road is no blockade made
    "Protesters in Kisumu tried to block the road to the airport on Monday, but police dispersed them with tear gas.",
])
def test_an_intervention_is_no_riot(ann, text):  # type: ignore[no-untyped-def]
    subs = [e.sub_event_type for e in _crowd_events(ann, text)]
    assert subs == ["Protest with intervention"], subs


def test_the_organisers_arrest_is_an_arrest(ann):  # type: ignore[no-untyped-def]
    # the protest word names whom the arrest took, not where it was made (ACLED Arrests, not an intervention)
    text = ("Police fired tear gas at hundreds of students who marched through Kisumu on Monday. On Tuesday, "
            "detectives arrested the organiser of the march, Otieno Wambua, at his home.")
    an = ann.annotate(text, DocContext("p1", published=PUB))
    evs = [(e.sub_event_type, e.date_start) for e in an.events if e.modality == "asserted"
           and e.event_type != "Political"]
    assert evs == [("Protest with intervention", dt.date(2025, 6, 2)), ("Arrests", dt.date(2025, 6, 3))], evs


@pytest.mark.parametrize("later", [
    "The march ended peacefully in the late afternoon, with no arrests reported, police said.",
    "The march ended without arrests or injuries, police said.",
])
def test_arrests_told_as_absent_are_no_intervention(ann, later):  # type: ignore[no-untyped-def]
    text = "Thousands of nurses marched through Kisumu on Monday to demand unpaid wages. " + later
    subs = [e.sub_event_type for e in _crowd_events(ann, text)]
    assert subs == ["Peaceful protest"], subs


def test_a_passing_demonym_lends_no_police(ann):  # type: ignore[no-untyped-def]
    # the police and the crowd of a protest in Tbilisi are Georgia's, whatever country the report names in passing
    text = ("Riot police used water cannon to disperse thousands of protesters outside parliament in Tbilisi late on "
            "Saturday. The protesters oppose a bill that critics say is copied from Russian legislation.")
    evs = _crowd_events(ann, text)
    assert evs, evs
    assert _name(evs[0].actor1) == "Protesters (Georgia)"
    assert _name(evs[0].actor2) == "Police Forces of Georgia"


@pytest.mark.parametrize("later", [
    # the protest told again without its day, from the organisers' side, more than a paragraph below
    "A county official, Achieng Nyaboke, who addressed the protesters, promised that the wages would be paid.",
    "The protesters, many of them in uniform, carried placards and sang hymns outside the governor's office.",
])
def test_a_protest_told_again_without_its_day_is_one_protest(ann, later):  # type: ignore[no-untyped-def]
    text = ("Hundreds of nurses marched through Kisumu on Monday to demand eight months of unpaid wages, in the "
            "largest demonstration the town has seen this year.\n\n"
            "The county government says the arrears stem from delays in transfers from the national treasury, which "
            "it blames on a dispute over the revenue formula. Health workers in three other counties have threatened "
            "to strike over similar arrears, and the national union says it will decide on a strike next month.\n\n"
            + later)
    evs = _crowd_events(ann, text)
    assert [(e.sub_event_type, e.date_start) for e in evs] == [("Peaceful protest", dt.date(2025, 6, 2))], \
        [(e.sub_event_type, e.date_start, e.trigger.text) for e in evs]
    assert _name(evs[0].actor1) == "Protesters (Kenya)"


def test_a_strike_told_during_the_days_events_takes_that_day(ann):  # type: ignore[no-untyped-def]
    # "as" opens a clause told as happening during its head's: the cancellations' Monday is the strike's
    text = ("Trains and buses were cancelled across Kenya on Monday as the nurses' union staged its fourth general "
            "strike against the budget.")
    evs = _crowd_events(ann, text)
    assert [(e.date_start, e.date_precision) for e in evs] == [(dt.date(2025, 6, 2), "day")], \
        [(e.sub_event_type, e.date_start, e.date_precision) for e in evs]


def test_an_anniversary_protest_of_decades_ago_is_background(ann):  # type: ignore[no-untyped-def]
    # a protest dated only by a year decades back, beside one dated this week, is told as background
    text = ("Riot police clashed with hooded youths in Kisumu late on Monday, following the annual march "
            "commemorating the 1982 student uprising.")
    evs = _crowd_events(ann, text)
    assert [(e.sub_event_type, e.date_start) for e in evs] == [("Violent demonstration", dt.date(2025, 6, 2))], \
        [(e.sub_event_type, e.date_start, e.trigger.text) for e in evs]


def test_a_protest_told_from_both_sides_is_one_event(ann):  # type: ignore[no-untyped-def]
    # the troops' lethal force, the marchers' march and the police's tear gas: one demonstration, whichever side each
    # clause made its subject
    text = ("Soldiers shot dead three people during a protest near the airport in Kisumu on Tuesday, health officials "
            "said. Hundreds of protesters, many of them farmers, marched toward the airport chanting slogans. "
            "Witnesses said police fired tear gas at the crowd.")
    evs = _crowd_events(ann, text)
    assert [e.sub_event_type for e in evs] == ["Excessive force against protesters"], \
        [(e.sub_event_type, e.trigger.text) for e in evs]


def test_arrests_told_as_the_interventions_participle_are_part_of_it(ann):  # type: ignore[no-untyped-def]
    text = ("Police used water cannon to disperse thousands of protesters outside the county assembly in Kisumu on "
            "Saturday, detaining at least 27 people.")
    an = ann.annotate(text, DocContext("p1", published=PUB))
    subs = [e.sub_event_type for e in an.events if e.modality == "asserted" and e.event_type != "Political"]
    assert subs == ["Protest with intervention"], subs


def test_a_crowd_pushed_back_is_no_territory_regained(ann):  # type: ignore[no-untyped-def]
    text = ("Police fired tear gas at protesters outside the county assembly in Kisumu on Saturday. Officers moved in "
            "shortly before midnight, pushing the crowd back from the assembly steps.")
    an = ann.annotate(text, DocContext("p1", published=PUB))
    types = [e.event_type for e in an.events if e.modality == "asserted"]
    assert "Battles" not in types and "Protests" in types, types


@pytest.mark.parametrize("later", [
    # a bare blast told with a riot is the riot's (the crowd's dynamite, the police's grenades)
    "Explosions echoed through the town centre for hours as officers responded with tear gas.",
    # a blow of crowd-control kit is no artillery strike
    "A union official said one miner had been struck by a tear gas canister.",
])
def test_blasts_and_kit_told_with_a_riot_are_the_riots(ann, later):  # type: ignore[no-untyped-def]
    text = ("Thousands of miners hurled sticks of dynamite at riot police in Oruro on Wednesday during a protest "
            "against a mining law. " + later)
    an = ann.annotate(text, DocContext("p1", published=PUB))
    evs = [(e.event_type, e.sub_event_type) for e in an.events if e.modality == "asserted" and e.event_type != "Political"]
    assert evs == [("Riots", "Violent demonstration")], evs


def _asserted(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("p1", published=PUB))
    return [e.sub_event_type for e in an.events if e.modality == "asserted" and e.event_type != "Political"]


def test_deaths_told_far_below_the_one_protest_are_its_toll(ann):  # type: ignore[no-untyped-def]
    paragraphs = [
        "Police opened fire on marchers in Kisumu on Tuesday, killing two protesters, witnesses said.",
        "Thousands of mostly young people had gathered in the town centre to protest a proposed tax on mobile money "
        "transfers, and videos shared online showed officers firing tear gas as the crowd approached a police "
        "barricade near the county assembly.",
        "\"We were only singing,\" said a 23-year-old student who saw one of the men fall.",
        "A doctor at the county hospital said two men had died of gunshot wounds and 17 people were treated.",
    ]
    subs = _asserted(ann, "\n\n".join(paragraphs))
    assert subs == ["Excessive force against protesters"], subs


def test_protesters_shooting_at_police_are_rioters(ann):  # type: ignore[no-untyped-def]
    # the demonstrators shot: their own violence (a violent demonstration), not force used on them
    text = ("Police fired tear gas at hundreds of protesters outside the county assembly in Kisumu on Tuesday after "
            "some demonstrators shot arrows toward officers.")
    subs = _asserted(ann, text)
    assert subs == ["Violent demonstration"], subs
