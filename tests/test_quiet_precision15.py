"""Event precision on reports full of violent words with no violent event, in the forms of
``tests/data/quiet_reports9`` (branch precision15): a review's plot told in the present (a base form after a verb
whose past is the same form, a participle hung on a misparsed noun), a headline that names the kind of report
("Film review:", "Biathlon:"), a race report's "shot clean", a likeness clause ("like a bomb went off"), a report
called false whose noun the tagger reads as a verb, an attack "ruled out", a war against a disease, an insurgency's
aim ("fighting to topple the government"), "the fall in prices", "bomb-making
material", a vehicle's mishap with its toll in a participle. Sentences written for these tests; the people,
films, companies and incidents are made up (the towns are real, so that the gazetteer places them)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_events_precision5 import _annotator, events, happened, show  # the shared annotator and helpers

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")


def titled_events(title, text):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    return _annotator().annotate(text, DocContext(article_id="t", published=dt.date(2025, 6, 18), title=title)).events


def violent(evs):  # type: ignore[no-untyped-def]
    return [e for e in happened(evs) if e.event_type in VIOLENT]


REVIEW_BURST = ("The new film by director Ana Ruiz follows a nurse in a town near Mombasa during the fighting. "
                "Armed men burst into a clinic and slaughter the patients; a teacher hides her pupils in a cellar. "
                "Critics say the film is long, but the director never looks away. In cinemas from Friday.")
REVIEW_PARTICIPLE = ("The director's new film opens with a shock: a car bomb rips through a market in Garissa, "
                     "killing a trader, and the story never slows. The cast is strong and the film runs two hours.")
RACE = ("Norway's Jonas Berg shot clean in all four stages to crush his rivals in the 20 km race in Ostersund on "
        "Saturday, his first World Cup win. Berg hit all 20 targets, trusted his skis and went for the kill on the "
        "final climb. The women's sprint is on Sunday.")


def test_a_review_plot_after_a_same_form_verb_is_no_event():  # type: ignore[no-untyped-def]
    evs = events(REVIEW_BURST)
    assert not violent(evs), show(evs)


def test_a_review_participle_under_a_misparsed_noun_is_no_event():  # type: ignore[no-untyped-def]
    evs = titled_events("Film review: a thriller set in Kenya", REVIEW_PARTICIPLE)
    assert not violent(evs), show(evs)


def test_a_race_report_named_by_its_headline_is_no_shelling():  # type: ignore[no-untyped-def]
    evs = titled_events("Biathlon: Berg shoots clean to crush rivals", RACE)
    assert not violent(evs), show(evs)


@pytest.mark.parametrize("text", [
    '"It was like a bomb went off," said trader Ali Hassan after a gas cylinder exploded at a restaurant in '
    'Mombasa on Tuesday.',
    "Police in Garissa said on Sunday that reports of a shooting at a wedding hall late on Saturday were false.",
    "A fuel tanker crashed into a lorry near Nakuru on Thursday and caught fire. Police ruled out an attack.",
    "The health ministry in Nairobi said it was fighting a war on two fronts, against cholera and against malaria.",
    "Al Shabaab, which is fighting to topple the government, said on Monday it would boycott the talks in Mogadishu.",
    "The miner said on Thursday its deal had been hit by the fall in prices in Rustenburg.",
    "Security officers found bomb-making material in a flat in Mombasa on Wednesday, police said.",
    "A bus plunged into a ravine near Nakuru late on Monday, killing 14 passengers and injuring 22, police said.",
])
def test_violent_words_without_a_violent_event(text):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert not violent(evs) and not [e for e in happened(evs) if e.sub_event_type and "territory" in
                                     e.sub_event_type], show(evs)


def test_not_ruled_out_is_no_assertion():  # type: ignore[no-untyped-def]
    evs = events("Investigators in Mombasa have not ruled out an attack on the depot, police said on Tuesday.")
    assert not violent(evs), show(evs)


def test_troops_fighting_to_retake_a_town_stay_a_battle():  # type: ignore[no-untyped-def]
    evs = happened(events("Troops were fighting militants to retake the town of Mandera on Sunday, the army said, "
                          "and three soldiers were killed."))
    assert [e.event_type for e in evs if e.event_type in VIOLENT], show(evs)


def test_a_real_bomb_with_a_likeness_elsewhere_stays_an_event():  # type: ignore[no-untyped-def]
    evs = happened(events("A bomb exploded at a bus stop in Mombasa on Tuesday, killing two people, police said. "
                          '"It sounded like the end of the world," a witness said.'))
    assert [e.event_type for e in evs] == ["Explosions/Remote violence"], show(evs)


def test_gunmen_who_shot_a_driver_stay_an_attack_beside_a_crash_word():  # type: ignore[no-untyped-def]
    evs = happened(events("Gunmen shot dead a bus driver in Nakuru on Thursday, police said, before the bus "
                          "crashed into a wall."))
    assert [e.event_type for e in evs if e.event_type in VIOLENT] == ["Violence against civilians"], show(evs)
