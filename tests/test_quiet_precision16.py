"""Event precision on reports full of violent words with no violent event, in the forms of
``tests/data/quiet_reports10`` (branch precision16): a retracted statement, an animal cull, old ordnance blown up,
a player "bombed out" of a tournament and a "penalty shootout", a tennis or chess report, a fight against a disease,
a storm's winds that "struck" and the hurt told after a lightning strike, a war "for years" hung on a place, a riot
of an "after" clause under a "when" clause of 1945, killings counted inside a yearly statistic, a kind of deed
spoken of ("glorifies killing"), "more explosions" after an accidental blast, a mock site built for training, and
troops sent to rescue flood victims. Sentences written for these tests; the people, clubs, games and incidents are
made up (the towns are real, so that the gazetteer places them)."""
from __future__ import annotations

import pytest

from test_events_precision5 import events, happened, show  # the shared annotator and helpers

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")


def violent(evs):  # type: ignore[no-untyped-def]
    return [e for e in happened(evs) if e.event_type in VIOLENT]


@pytest.mark.parametrize("text", [
    # a statement taken back
    "Kenya's army on Monday retracted an earlier statement that troops had killed 12 militants near Garissa.",
    "The army on Tuesday withdrew a statement in which it had said soldiers killed 20 rebels near Garissa.",
    "The statement, which said 11 fighters had been neutralised in a sweep near Garissa, was not confirmed by "
    "commanders and is withdrawn, he said.",
    # animals culled
    "Veterinary teams began killing about 8,000 ducks and chickens near Mwanza on Monday after bird flu was found.",
    "Licensed hunters have shot dead 40 wild boars that raided maize fields near Nakuru since March, rangers said.",
    # ordnance cleared
    "Deminers blew up 300 unexploded mortar shells near Kassala on Sunday.",
    "A team detonated a pile of 150 old bomblets with a controlled charge near Phonsavan on Friday.",
    # sports and games
    "Top seed Mara Koenig bombed out of the Nairobi Open on Thursday after a long rain delay.",
    "Fans in Nairobi went home quietly on Sunday after Gor Mahia beat Tusker in a penalty shootout.",
    "Top seed Mara Koenig lost 6-2 6-1 in Nairobi on Thursday to a qualifier who fired 12 aces and attacked the net "
    "all match. \"She was killing the ball from the baseline,\" Koenig said after the quarter-final.",
    "A 15-year-old grandmaster from Eldoret crushed the top seed in 31 moves in Nairobi on Tuesday, sacrificing a "
    "knight and then a rook in a brutal attack on the king. The tournament ends on Friday.",
    # a disease fought
    "The governor urged Kisumu to fight hypertension as hard as it once fought polio.",
    # weather
    "Winds of 140 km per hour struck the coast near Mombasa overnight, officials said on Monday.",
    "Lightning strikes killed 12 herders near Lodwar on Saturday. Five more people were injured, officials said.",
    "\"The sky exploded over our heads,\" said a herder near Lodwar.",
    # a riot of 1945, under the "when" clause of the killing it led to
    "Mourners gathered in Setif on Friday to mark the anniversary of the massacres of May 1945, when soldiers "
    "killed hundreds of villagers after a parade turned into a riot.",
    # a share of a yearly count
    "Attacks on aid workers in Somalia rose to 140 last year, including eleven killings, a relief agency said.",
    # a kind of deed spoken of
    "The studio said no scene in the new game glorifies killing.",
    # more of an accident's blasts
    "An explosion at a fireworks workshop killed five people in Kisumu on Monday. The blast happened as workers "
    "packed rockets for the holiday. \"It sounded like a bomb, then more explosions, one after another,\" said a "
    "neighbour.",
])
def test_no_violent_event_is_read(text):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert not violent(evs), show(evs)


def test_a_war_for_years_hung_on_a_place_is_background():  # type: ignore[no-untyped-def]
    evs = events("The militia has fought the army in the marshland for years, and troops have been hunting its "
                 "leaders since March.")
    evs = [e for e in evs if e.trigger is not None and e.trigger.text == "fought"]
    assert not happened(evs), show(evs)


def test_one_captured_alive_is_a_person_not_ground():  # type: ignore[no-untyped-def]
    evs = events("The third episode spends too long on the trial of the one gunman captured alive, who was hanged "
                 "in Pune in 2012.")
    assert not happened(evs, "Non-state actor overtakes territory"), show(evs)


@pytest.mark.parametrize("text", [
    "Officers trained on Wednesday in a mock village built at a training base outside Nakuru.",
    "The army deployed 900 soldiers and boats to rescue families cut off by floods near Garissa on Monday.",
    "The army on Tuesday withdrew a statement that troops had seized a village near Garissa.",
])
def test_a_training_site_or_a_rescue_is_no_strategic_development(text):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert not [e for e in happened(evs) if e.event_type == "Strategic developments"], show(evs)


@pytest.mark.parametrize("text, sub", [
    ("Militants detonated a bomb near the market in Kassala on Monday, killing two traders.",
     "Remote explosive/landmine/IED"),
    ("Army engineers came under fire near Kassala on Sunday when rebels shelled their camp.",
     "Shelling/artillery/missile attack"),
    ("The army said troops killed 15 rebels near Garissa on Sunday.", "Armed clash"),
    ("Gunmen killed four farmers near Gaya on Sunday after a dispute turned into a riot.", "Attack"),
])
def test_the_same_words_still_tell_an_incident(text, sub):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert happened(evs, sub), show(evs)
