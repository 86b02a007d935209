"""tolls29: the killer the police killed counted with his victims when his death is the lede's count ("A man who shot
dead two neighbours ... was himself killed in a shootout with police"); the whole after a partitive number ("One of the
three victims") is no count of the dead; "drowned" counts the dead; "pulled out injured" counts the hurt; an accident's
hurt less the one who "succumbed to his burns" since. Sentences written for these tests; names and places made up
(Tessor, Marwick: no gazetteer entry)."""
from __future__ import annotations

import pytest

from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader)
from test_tolls26 import deaths, show, wounded


@pytest.mark.parametrize("text,dead", [
    # the victims in his relative clause
    ("TESSOR - A man who shot dead two of his neighbours in Tessor on Monday evening was himself killed in a gunfight "
     "with police an hour later, police said.", 3.0),
    # the victim's death told after the lede
    ("TESSOR - A man who stabbed three people at a bus depot in Tessor on Friday was shot dead by police officers, "
     "the prosecutor said.\n\nOne of the three victims, a 50-year-old driver, died in hospital. The other two are "
     "out of danger.", 2.0),
    # a headline's suspect
    ("Suspect dies in exchange of fire with deputies after Marwick shooting\n\nDeputies were called to a farm near "
     "Marwick on Tuesday after a man shot three people in a barn. Two of the victims died of their wounds. The "
     "suspect fled in a car.",
     3.0),
])
def test_the_killer_the_police_killed_is_counted_with_his_victims(ann, text, dead):
    an = read(ann, text)
    assert deaths(an) == dead, show(an)


@pytest.mark.parametrize("text,dead", [
    # no police in his death's clause: another kind of death (a court's sentence, his own hand) is left alone
    ("TESSOR - A man who shot dead two of his neighbours in Tessor in 2019 was executed on Monday, officials said.",
     None),
    # a count that already holds him
    ("TESSOR - A gunman who opened fire at a bar in Tessor on Sunday was shot dead by police. Three people were "
     "killed, including the gunman, police said.", 3.0),
    # the police killed the only one who died
    ("TESSOR - A man who pointed a rifle at officers in Tessor on Monday night was shot dead by police, police said.",
     1.0),
])
def test_the_killer_is_not_added_when_nothing_else_is_told(ann, text, dead):
    an = read(ann, text)
    got = deaths(an)
    assert got == dead or (dead is None and got in (None, 1.0)) or (dead == 3.0 and got in (1.0, 3.0)), show(an)


def test_the_whole_after_a_partitive_number_is_no_count_of_the_dead(ann):
    an = read(ann, "A man stabbed two people in Tessor on Sunday. One of the two victims, a 62-year-old man, died at "
                   "the scene, police said.")
    assert [f.what for f in an.figures if f.span.text == "One"] == ["killed"], show(an)
    assert {f.what for f in an.figures if f.span.text == "two"} == {"people"}, show(an)


@pytest.mark.parametrize("text,number,what", [
    ("Four fishermen drowned after their boat capsized off Tessor on Monday, police said.", "Four", "killed"),
    ("Five people died when a house collapsed in Tessor on Friday, firefighters said. Three residents were pulled out "
     "injured.", "Three", "wounded"),
])
def test_drowned_counts_the_dead_and_pulled_out_injured_the_hurt(ann, text, number, what):
    an = read(ann, text)
    assert [f.what for f in an.figures if f.span.text == number] == [what], show(an)


def test_an_accidents_hurt_less_the_one_who_succumbed_to_burns(ann):
    an = read(ann, "The toll in Monday's tank blast at a paint factory in Tessor rose to three on Wednesday after a "
                   "worker succumbed to his burns, police said.\n\nTwo workers were killed on the spot and six were "
                   "injured when the tank exploded.")
    assert (deaths(an), wounded(an)) == (3.0, 5.0), show(an)


def test_the_whole_after_a_partitive_number_keeps_its_own_participle(ann):
    an = read(ann, "A second man has died from wounds suffered in last week's shooting in Tessor, police said. He was "
                   "one of four people wounded when a man opened fire outside a bar.")
    assert [f.what for f in an.figures if f.span.text == "four"] == ["wounded"], show(an)
