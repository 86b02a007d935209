"""tolls13: deaths and injuries read the way reporters write them (issue 16): people stabbed or shot in a report that
tells no death are the hurt; the hurt left when the next sentence counts those of them who died; a couple is two
people; a member of the attacking group killed in the firefight is among the dead.
Sentences written for these tests; names and places made up (Tessor and Marrowby are no real towns)."""
from __future__ import annotations

import pytest
from test_tolls10 import ann, deaths_of, read  # noqa: F401  (the shared annotator fixture and readers)
from test_tolls12 import hurt_of


STABBED_NO_DEATH = {
    "Two women were stabbed during a row outside a takeaway in Tessor late on Friday, police said. A 30-year-old man "
    "was arrested at the scene.": 2.0,
    "A man has been charged after four people were stabbed at a flat in Tessor on Sunday evening. One of them remains "
    "in hospital.": 4.0,
}


@pytest.mark.parametrize("text, hurt", STABBED_NO_DEATH.items())
def test_people_stabbed_in_a_report_that_tells_no_death_are_hurt(ann, text, hurt):
    an = read(ann, text)
    assert deaths_of(an) in ([], [0.0])  # no death told: no toll, or 0 where the deed counts only its hurt
    assert max(hurt_of(an), default=None) == hurt, [(f.what, f.low, f.span.text) for f in an.figures]


@pytest.mark.parametrize("text", [
    # a death told: some of those stabbed may be among the dead, the count stays as it is
    "Two women were stabbed during a row outside a takeaway in Tessor late on Friday. Police said one of the "
    "women later died.",
    # shot at: no one hit
    "Two officers were shot at while they sat in their patrol car in Tessor on Friday night, police said.",
])
def test_people_stabbed_beside_a_death_or_shot_at_are_not_all_hurt(ann, text):
    an = read(ann, text)
    assert 2.0 not in hurt_of(an), [(f.what, f.low, f.span.text) for f in an.figures]


@pytest.mark.parametrize("text, dead, hurt", [
    ("Two teenagers were shot near a park in Tessor on Saturday night. One died at the scene; the other was taken "
     "to hospital with wounds that are not thought to be life-threatening.", 1.0, 1.0),
    ("Four people were shot outside a nightclub in Tessor early Sunday. Two of them died in hospital; the other two "
     "are in stable condition, police said.", 2.0, 2.0),
    # (tolls25) the dead in apposition, the count hit told by an active verb before it
    ("Sheriff's deputies are investigating a shooting at a cookout in Marwick on Saturday night. Four men were shot, "
     "deputies said. Two of them, brothers aged 19 and 23, died at the scene.", 2.0, 2.0),
    ("Deputies said a man had stabbed four people at a farmhouse in Marwick on Monday. Three of the victims, all "
     "members of one family, died of their wounds.", 3.0, 1.0),
])
def test_the_hurt_left_when_the_next_sentence_counts_the_dead(ann, text, dead, hurt):
    an = read(ann, text)
    assert deaths_of(an) == [dead]
    assert max(hurt_of(an), default=None) == hurt, [(f.what, f.low, f.span.text) for f in an.figures]


def test_both_told_dead_in_the_next_sentence_leaves_no_hurt(ann):
    an = read(ann, "Two men were shot outside a bar in Tessor on Friday night. One died at the scene and the "
                   "other died in hospital on Saturday.")
    assert hurt_of(an) == [], [(f.what, f.low, f.span.text) for f in an.figures]


@pytest.mark.parametrize("text", [
    "A Tessor couple was shot and killed outside their home on Thursday evening, police said.",
    "An elderly couple were stabbed to death at their farmhouse near Tessor on Tuesday, police said.",
])
def test_a_couple_killed_is_two_dead(ann, text):
    an = read(ann, text)
    assert deaths_of(an) == [2.0], [(f.what, f.low, f.span.text) for f in an.figures]


def test_a_couple_of_men_is_no_pair(ann):
    an = read(ann, "A couple of men were stabbed during a brawl in Tessor on Friday night, and one of them died.")
    assert 2.0 not in deaths_of(an)


@pytest.mark.parametrize("text", [
    "Three soldiers were killed when fighters of the Red Hand Front attacked an army post near Tessor on Tuesday, the "
    "army said. Troops later recovered the body of a Red Hand member killed in the firefight.",
    "Rebels of the Red Hand Front killed three soldiers near Tessor on Tuesday, the army said. One rebel was killed "
    "in the exchange of fire that followed.",
])
def test_a_member_of_the_attacking_group_killed_in_the_firefight_is_among_the_dead(ann, text):
    an = read(ann, text)
    assert deaths_of(an) and max(deaths_of(an)) == 4.0, deaths_of(an)


def test_members_of_another_group_killed_are_not_the_attackers(ann):
    an = read(ann, "Rebels of the Red Hand Front killed three soldiers near Tessor on Tuesday, the army said. Two "
                   "members of a village militia were killed in a separate clash in Marrowby on Wednesday.")
    assert max(deaths_of(an), default=None) == 3.0, deaths_of(an)
