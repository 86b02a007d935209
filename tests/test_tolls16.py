"""tolls16: deaths and injuries read the way reporters write them (issue 16): the victims of "shot dead his wife and
her sister" (the object the parser hangs on "dead"), with the killer's own death in a murder-suicide; the hurt of
"Two people died and four others ... were injured" (a count the parser coordinates with "died"). Sentences written
for these tests; names and places made up (Tessor and Quarnby are no real towns)."""
from __future__ import annotations

from test_tolls10 import ann, deaths_of, read  # noqa: F401  (the shared annotator fixture and readers)
from test_tolls12 import hurt_of


def _figs(an):  # type: ignore[no-untyped-def]
    return [(f.what, f.low, f.span.text) for f in an.figures]


def test_shot_dead_his_wife_and_her_sister_then_himself(ann):
    an = read(ann, "A Tessor man shot dead his wife and her sister before turning the gun on himself at their home "
                   "on Friday evening, police said.")
    assert deaths_of(an) == [3.0], _figs(an)


def test_shot_dead_his_neighbour_counts_the_neighbour_not_the_gunman(ann):
    an = read(ann, "A Quarnby farmer shot dead his neighbour during a row over a fence on Saturday, police said.")
    assert deaths_of(an) == [1.0], _figs(an)
    assert not any(f.what == "killed" and "farmer" in f.span.text for f in an.figures), _figs(an)


def test_four_others_injured_after_two_died_are_hurt(ann):
    an = read(ann, "Two people died and four others, among them a firefighter, were injured when a house in Tessor "
                   "was set alight early on Sunday, police said.")
    assert deaths_of(an) == [2.0] and hurt_of(an) == [4.0], _figs(an)


def test_others_injured_with_a_subject_of_their_own_stay_apart(ann):
    an = read(ann, "Three people died and two others were injured when a lorry hit a bus near Quarnby on Monday.")
    assert 2.0 not in [f.low for f in an.figures if f.what == "killed"], _figs(an)


def test_the_doers_of_an_attack_by_about_ten_are_no_toll(ann):
    an = read(ann, "The attack by about ten Tessor Front remnants on an army post in Quarnby left three soldiers dead "
                   "and four wounded on Wednesday, officials said.")
    assert deaths_of(an) == [3.0], _figs(an)
    assert not any(f.what == "killed" and f.low and f.low >= 9 for f in an.figures), _figs(an)


def test_a_cut_to_the_arm_is_an_injury(ann):
    an = read(ann, "A man was stabbed to death in Tessor on Saturday night, police said. A second man, aged 29, who "
                   "tried to help, suffered a cut to his arm and was treated at the scene.")
    assert deaths_of(an) == [1.0] and hurt_of(an) == [1.0], _figs(an)
