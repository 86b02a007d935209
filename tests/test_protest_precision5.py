"""Protest precision, branch precision5 (issue 11, duplicated and spurious records): a crowd that dispersed of
itself, a protest retold by its noun, a clock time after "shortly after", an arrest joined by "and" to the force
used, a protest's clashes with police told again, a labour strike told again as "the strike". Sentences written
for these tests; people are made up, the towns real."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2025, 6, 4)  # a Wednesday


def _asserted(ann, text):  # type: ignore[no-untyped-def]
    evs = ann.annotate(text, DocContext("p5", published=PUB)).events
    return [e for e in evs if e.modality == "asserted" and e.event_type != "Political"]


def _subs(ann, text):  # type: ignore[no-untyped-def]
    return [e.sub_event_type for e in _asserted(ann, text)]


def test_crowd_that_dispersed_of_itself_met_no_intervention(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "Farm workers marched through Tarbes on Tuesday. The procession passed off calmly and "
                         "dispersed in the afternoon, a police spokesman said.")
    assert [e.sub_event_type for e in evs] == ["Peaceful protest"], [e.sub_event_type for e in evs]
    kept = _asserted(ann, "Police fired tear gas and dispersed the march in Tarbes on Tuesday.")
    assert [e.sub_event_type for e in kept] == ["Protest with intervention"]


def test_protest_retold_by_its_noun_joins_the_telling_of_its_kind(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "Police fired tear gas on Tuesday to stop hundreds of nurses from reaching the town hall "
                         "in Tarbes, the prefecture said.\n\nOn Monday the nurses had marched through the centre of "
                         "Tarbes without incident, carrying banners.\n\n\"They answered our march with gas,\" one nurse "
                         "told reporters.")
    subs = sorted((e.date_start, e.sub_event_type) for e in evs)
    assert subs == [(dt.date(2025, 6, 2), "Peaceful protest"), (dt.date(2025, 6, 3), "Protest with intervention")], subs


def test_clock_time_after_shortly_after_is_no_lapse(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "Police fired tear gas on Tuesday night to end a sit-in by students outside the "
                         "university in Pokhara, a police spokesman said on Wednesday.\n\nAbout 300 students had sat on "
                         "the road since the morning, singing and chanting.\n\nShortly after 10 pm riot police moved "
                         "in, fired tear gas and dragged students to vans, witnesses said.")
    assert [e.sub_event_type for e in evs] == ["Protest with intervention"], [(e.sub_event_type, e.date_start) for e in evs]


def test_arrest_joined_by_and_to_the_force_is_the_intervention(ann):  # type: ignore[no-untyped-def]
    subs = _subs(ann, "Police fired tear gas in Pokhara on Tuesday to break up a sit-in by students, and took 14 of "
                      "them into custody.")
    assert subs == ["Protest with intervention"], subs


def test_clashes_with_police_told_again_are_the_protest(ann):  # type: ignore[no-untyped-def]
    subs = _subs(ann, "Police fired tear gas on Tuesday to keep marching teachers from reaching the main square in "
                      "Sucre, the ministry said.\n\nUnion leader Rosa Vilca said Tuesday's clashes with police showed "
                      "that the government would not listen.")
    assert subs == ["Protest with intervention"], subs
    assert "Armed clash" in _subs(ann, "Police fired tear gas on Tuesday to keep teachers from reaching the main square "
                                       "in Sucre.\n\nOn Tuesday night gunmen clashed with police near the airport in "
                                       "Sucre.")


def test_strike_told_again_after_a_walkout_is_no_shelling(ann):  # type: ignore[no-untyped-def]
    evs = ann.annotate("Dockworkers in Rosario walked off the job on Tuesday and marched through the city centre."
                       "\n\nThe strike, which began at dawn on Monday, left 30 ships waiting to load grain, a shipping "
                       "agency said.", DocContext("p5", published=PUB)).events
    assert not [e for e in evs if e.event_type == "Explosions/Remote violence"], [e.sub_event_type for e in evs]
    kept = _asserted(ann, "Troops shelled a village near Gao on Tuesday.\n\nThe strike killed four herders, "
                          "residents said.")
    assert [e for e in kept if e.event_type == "Explosions/Remote violence"]


def test_participle_after_a_verb_of_stopping_is_the_subjects_own_doing(ann):  # type: ignore[no-untyped-def]
    subs = _subs(ann, "Hundreds of farmers drove their tractors into Auch on Tuesday and blocked two roundabouts for "
                      "most of the day, protesting against cheap imports.")
    assert subs == ["Peaceful protest"], subs
    evs = ann.annotate("Police stopped the students from protesting in Auch on Tuesday.",
                       DocContext("p5", published=PUB)).events
    assert [e.modality for e in evs if e.event_type == "Protests"] == ["denied"]


def test_defence_told_after_an_attack_is_the_same_incident(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "Fighters of a rebel group attacked an army base near Gao on Tuesday, the army said.\n\nThe "
                         "army said it had repelled the attack, losing two soldiers, and that many of the rebels were "
                         "killed.")
    assert len(evs) == 1, [(e.sub_event_type, e.trigger.text if e.trigger else None) for e in evs]


def test_vigil_for_a_killed_man_is_a_peaceful_protest(ann):  # type: ignore[no-untyped-def]
    subs = _subs(ann, "Hundreds of nurses held a candlelight vigil in Iloilo City on Tuesday evening for a doctor who "
                      "was shot dead last month, and called on police to find his killers.")
    assert "Peaceful protest" in subs and "Excessive force against protesters" not in subs, subs
