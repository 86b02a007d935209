"""tolls17: murder-suicides told over two sentences, a count on deeds only tried, a death hung on a misparsed
participle, the gapped "and a third seriously wounded", and the hurt counted beside an earlier toll who died since
(issue 16). Sentences written for these tests; names and places made up (Tessor and Quarnby are no real towns)."""
from __future__ import annotations

from test_tolls10 import ann, deaths_of, read  # noqa: F401  (the shared annotator fixture and readers)
from test_tolls12 import hurt_of


def _figs(an):  # type: ignore[no-untyped-def]
    return [(f.what, f.low, f.span.text) for f in an.figures]


def test_doer_suicide_told_in_the_next_sentence_is_counted(ann):
    an = read(ann, "A Tessor man shot dead his former wife and her brother at a farmhouse on Friday, police said. "
                   "Officers found the man dead in the barn. He had turned the rifle on himself.")
    assert max(deaths_of(an)) == 3.0, _figs(an)


def test_found_dead_pair_holds_the_doer_already(ann):
    an = read(ann, "A man and a woman were found dead in a flat in Quarnby on Friday, and police said they were "
                   "treating the case as a killing followed by a suicide. The man is believed to have killed the "
                   "woman. He then took his own life.")
    assert 2.0 in deaths_of(an) and 3.0 not in deaths_of(an), _figs(an)


def test_children_counted_by_their_earlier_mention_and_the_father(ann):
    an = read(ann, "Police in Tessor are investigating the deaths of a woman and her three sons at a house on "
                   "Friday. Detectives believe the man killed his wife and children before taking his own life.")
    assert max(deaths_of(an)) == 5.0, _figs(an)


def test_two_attempted_murders_are_no_deaths(ann):
    an = read(ann, "Officers arrested a Quarnby man on Sunday; he is suspected of murder and of three attempted "
                   "murders after a knife attack outside a bar.")
    assert 3.0 not in deaths_of(an), _figs(an)


def test_man_shot_on_saturday_who_died_is_dead(ann):
    an = read(ann, "A 30-year-old man shot on Friday night on Harbour Lane died early this morning at the Tessor "
                   "General Hospital.")
    assert deaths_of(an) == [1.0], _figs(an)


def test_a_third_seriously_wounded_is_one_hurt(ann):
    an = read(ann, "Two young men were killed and a third seriously wounded on Friday night when gunmen opened fire "
                   "outside a shop in Quarnby, police said.")
    assert deaths_of(an) == [2.0] and hurt_of(an) == [1.0], _figs(an)


def test_one_of_the_wounded_who_died_since_leaves_the_hurt(ann):
    an = read(ann, "A second man has died after gunmen opened fire on a bus stop in Tessor on Friday night, police "
                   "said. Officers first reported one dead and three wounded. One of the wounded, Omar Tell, 40, died "
                   "overnight in hospital.")
    assert max(deaths_of(an)) == 2.0 and max(hurt_of(an)) == 2.0, _figs(an)


def test_hurt_told_beside_the_toll_as_it_stands_stay(ann):
    an = read(ann, "Two people were killed and three wounded in a shooting in Quarnby on Friday. One of the wounded "
                   "died later in hospital, raising the toll to two, police said.")
    assert 3.0 in hurt_of(an), _figs(an)


def test_killing_hedged_for_its_doer_with_a_death_told_as_fact_is_counted(ann):
    an = read(ann, "Police in Tessor have arrested a 41-year-old man for allegedly killing his wife with a hammer "
                   "after a quarrel on Saturday night. Neighbours found her lying in the kitchen. She was taken to "
                   "Tessor General Hospital and was pronounced dead on arrival.")
    assert deaths_of(an) == [1.0], _figs(an)


def test_killing_hedged_with_no_death_told_as_fact_stays_claimed(ann):
    an = read(ann, "Police in Tessor have arrested a 41-year-old man for allegedly killing his wife with a hammer "
                   "after a quarrel on Saturday night. He will appear in court on Monday.")
    assert deaths_of(an) == [], _figs(an)
