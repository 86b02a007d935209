"""tolls38: an officer hurt told apart from the other hurt is one more hurt; the doer's suicide told several sentences
after the toll, by "the shooter" or by "he" after "the suspect", and a "self-inflicted" wound, add the doer to the
dead. Sentences written for these tests; names and places made up (Tessor: no gazetteer entry)."""
from __future__ import annotations

from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader)
from test_tolls19 import assert_toll, deaths, wounded


def test_an_officer_hurt_in_a_clause_of_his_own_is_one_more_hurt(ann):
    an = read(ann, "A woman has died and another woman has been injured in a stabbing at a house in Tessor, and a "
                   "police officer was hurt while arresting the alleged attacker. Police were called to the house on "
                   "Mill Road at about 8pm on Friday.")
    assert_toll(an, 1.0, 2.0)


def test_an_officer_wounded_beside_the_dead_and_a_third_person_shot_later(ann):
    an = read(ann, "Two people were killed and a Tessor police officer was wounded on Friday during a shooting at a "
                   "home, police said. When officers arrived, the man fired at them. Inside the home, officers found "
                   "two people dead. A third person, a woman in her 40s, had been shot in the stomach and was taken "
                   "to Tessor General Hospital in critical condition.")
    assert wounded(an) == 2.0, [(f.span.text, f.what, f.low) for f in an.figures]
    # (an officer told among the hurt is not added again)
    an = read(ann, "Three people, including a police officer, were injured in a stabbing in Tessor on Friday night. "
                   "A police officer was taken to hospital with a cut to his arm.")
    assert wounded(an) == 3.0, [(f.span.text, f.what, f.low) for f in an.figures]


def test_the_shooter_turning_the_gun_on_himself_sentences_later_is_one_more_dead(ann):
    an = read(ann, "A man opened fire inside a Tessor cafe on Monday evening, killing two people and wounding a "
                   "third, police said. Officers arrived at the cafe at about 7 p.m. Two waiters, Ana Pell, 31, and "
                   "Tom Roe, 40, were pronounced dead inside. A woman was taken to hospital with serious injuries. "
                   "The shooter then turned the gun on himself and was found dead in a back room.")
    assert deaths(an) == 3.0, [(e.trigger.text, e.fatalities) for e in an.events]


def test_a_self_inflicted_wound_after_the_suspect_is_found_is_one_more_dead(ann):
    an = read(ann, "One man was killed and two others were wounded when a gunman opened fire at a Tessor pub early "
                   "on Saturday, police say. Police were called to the pub at about 1 a.m. The two wounded were taken "
                   "to hospital. Witnesses said the gunman had been asked to leave. Officers later tracked a car to a "
                   "parking lot, where they found the suspect inside. He was dead of a self-inflicted gunshot wound.")
    assert deaths(an) == 2.0, [(e.trigger.text, e.fatalities) for e in an.events]
    # (a suspect found alive adds no one)
    an = read(ann, "One man was killed and two others were wounded when a gunman opened fire at a Tessor pub early "
                   "on Saturday, police say. Police were called to the pub at about 1 a.m. Officers later tracked a car "
                   "to a parking lot, where they found the suspect inside. He was arrested without a struggle.")
    assert deaths(an) == 1.0, [(e.trigger.text, e.fatalities) for e in an.events]
