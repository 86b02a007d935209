"""tolls23: a deed told in an "after / following" phrase of a charge or arrest is an event of its own ("A man has
been charged with murder following a stabbing in X": the stabbing, its toll and the one charged), and an unnamed
attacker the police shot in a conjoined passive clause ("A man shot and killed a woman ... and was then fatally shot
by officers") stays apart from the police's deed: the police are not the killers, and his death adds to the toll.
Sentences written for these tests; names and places made up (Tessor: no gazetteer entry)."""
from __future__ import annotations

from test_tolls11 import ann, harm, read  # noqa: F401  (the shared annotator fixture and reader)
from test_tolls19 import deaths


def test_a_stabbing_after_which_a_man_was_charged_is_the_event(ann):
    an = read(ann, "A man of 31 has been charged with murder following a stabbing in Tessor on Saturday night. A "
                   "woman in her 50s died at the scene.\n\nBrannock Heale, of Mill Lane, was arrested on Sunday and is "
                   "due before magistrates on Tuesday.\n\nIt is the third fatal stabbing in the town this year.")
    lede = [e for e in harm(an) if e.trigger is not None and e.trigger.text == "stabbing"
            and e.sentence.start == 0]
    assert lede and deaths(an) == 1.0, [(e.trigger.text, e.sentence.start, e.fatalities) for e in an.events]
    assert any(e.actor1 is not None and e.actor1.name == "Brannock Heale" for e in lede)


def test_an_unnamed_killer_shot_by_officers_is_not_merged_with_them(ann):
    an = read(ann, "A man shot and killed a woman outside a block of flats in Tessor on Friday afternoon and was then "
                   "fatally shot by officers, police said.")
    assert deaths(an) == 2.0, [(e.trigger.text, e.actor1, e.fatalities) for e in an.events]
    killing = [e for e in harm(an) if e.fatalities is not None and e.fatalities.low == 2.0]
    assert killing and all(e.actor1 is None or "officer" not in e.actor1.name.lower() for e in killing)


def test_an_unnamed_stabber_shot_by_police_is_not_the_police(ann):
    an = read(ann, "A man stabbed three people in a car park in Tessor on Wednesday and was shot dead by police.")
    stab = [e for e in harm(an) if e.trigger is not None and e.trigger.text == "stabbed"]
    assert stab and all(e.actor1 is None or "police" not in e.actor1.name.lower() for e in stab), \
        [(e.trigger.text, e.actor1) for e in an.events]


def test_a_relatives_loss_is_no_count_of_the_dead(ann):
    an = read(ann, "Mourners in Tessor on Monday buried the victims of the weekend bombing that killed 24 people at "
                   "the bus station. \"Nobody told us anything,\" said a trader who lost three nephews in the blast.")
    killed = sorted(f.low for f in an.figures if f.what == "killed")
    assert killed == [24.0], [(f.span.text, f.what, f.low) for f in an.figures]


def test_a_side_losing_its_soldiers_still_counts_them(ann):
    an = read(ann, "The army lost 14 soldiers in the ambush near Tessor on Sunday, officials said.")
    assert any(f.what == "killed" and f.low == 14.0 for f in an.figures), \
        [(f.span.text, f.what, f.low) for f in an.figures]


def test_others_hurt_told_in_a_later_sentence_add_to_the_hurt(ann):
    from test_tolls19 import wounded
    an = read(ann, "A man remains in a critical condition in hospital after being stabbed at a party in Tessor early "
                   "on Sunday, police said. Police allege a 20-year-old man stabbed him several times in the chest. "
                   "Two other men suffered cuts to their hands when they tried to intervene.")
    assert wounded(an) == 3.0, [(f.span.text, f.what, f.low) for f in an.figures]


def test_others_hurt_in_a_separate_incident_are_not_added(ann):
    from test_tolls19 import wounded
    an = read(ann, "A man remains in a critical condition in hospital after being stabbed at a party in Tessor early "
                   "on Sunday, police said. In a separate incident, two other men suffered cuts to their hands.")
    assert wounded(an) != 3.0, [(f.span.text, f.what, f.low) for f in an.figures]


def test_others_hurt_after_a_count_of_the_dead_are_not_added_across_sentences(ann):
    from test_tolls19 import wounded
    an = read(ann, "The toll from Saturday's attack on a party in Tessor rose to three on Monday when a boy died in "
                   "hospital, police said. Two men were killed on the spot when gunmen fired on the guests. The boy, "
                   "who was hit in the chest, had been in intensive care since. Two other people wounded in the "
                   "attack remain in hospital.")
    assert wounded(an) != 3.0, [(f.span.text, f.what, f.low) for f in an.figures]
