"""tolls25: survivors told as the people hit less the dead ("Of the six people hit, two died": 4 hurt; "Four men were
shot ... Two of them, brothers aged 19 and 23, died": 2 hurt; "a man had stabbed four people. Three of the victims,
..., died": 1 hurt), the dead listed by a "Dead are A, ...; B, ...; and C" sentence, and "a third was taken to
hospital" after others told dead. The "told next" cases with an apposition are rows of test_tolls13's table. Sentences written for these tests; names and places made up (Tessor, Marwick: no
gazetteer entry)."""
from __future__ import annotations

import pytest

from test_tolls11 import ann, harm, read  # noqa: F401  (the shared annotator fixture and reader)
from test_tolls19 import assert_toll


@pytest.mark.parametrize("text,dead,hurt", [
    ("Gunmen opened fire on a wedding party in Tessor on Saturday night. Of the six guests hit by the bullets, two "
     "died on the spot, while the others were taken to a clinic.", 2.0, 4.0),
    ("A van was driven into a queue outside a nightclub in Tessor early on Sunday. Of the 9 people hit, one, a "
     "31-year-old man, was killed instantly, police said.", 1.0, 8.0),
    ("Police opened a murder inquiry after a shooting at a flat in Tessor on Friday. Of the three men found wounded at "
     "the flat, one, aged 27, could not be revived.", 1.0, 2.0),
])
def test_the_hit_of_a_fronted_whole_less_its_dead_are_the_hurt(ann, text, dead, hurt):
    assert_toll(read(ann, text), dead, hurt)


def test_a_fronted_whole_of_people_not_hit_is_no_count_of_the_hurt(ann):
    an = read(ann, "Gunmen killed two men at a bar in Tessor on Saturday. Of the twelve men at the table, two died.")
    assert not any(f.what == "wounded" for f in an.figures), [(f.span.text, f.what, f.low) for f in an.figures]


def counts(an, what):  # type: ignore[no-untyped-def]
    """The (words, value) of each figure of ``what``."""
    return [(f.span.text, f.low) for f in an.figures if f.what == what]


@pytest.mark.parametrize("text,what,told,value", [
    # "Dead are A, ...; B, ...; and C": three dead
    ("Gunmen opened fire on a group of men outside a bar in Tessor on Friday night.\n\nDead are 28-year-old Delroy "
     "Campbell, a mason; 40-year-old Wayne Francis, a vendor; and 22-year-old Kemar Lewis, all of Tessor.",
     "killed", None, 3.0),
    # "a third was taken to hospital" after two told dead: one hurt
    ("Two men were found dead and a third was taken to hospital after police were called to a house in Tessor on "
     "Monday night. Officers found the men, aged 33 and 35, dead in a bedroom after an assault.", "wounded", "a third",
     1.0),
    # "A third man ... was discharged from hospital": one hurt
    ("Two men died after a fight outside a pub in Tessor on Saturday. A third man, 30, was discharged from hospital on "
     "Sunday.", "wounded", "A third man", 1.0),
])
def test_a_count_is_read(ann, text, what, told, value):
    found = counts(read(ann, text), what)
    assert any(v == value and (told is None or w == told) for w, v in found), found


@pytest.mark.parametrize("text,what,value", [
    # "Among the dead are": some of the dead, not all of them
    ("Gunmen killed eleven people in Tessor on Friday. Among the dead are Delroy Campbell; Wayne Francis; and Kemar "
     "Lewis.", "killed", 3.0),
    # "a second man" after a man told dead may count him: no second hurt
    ("A man was killed and a woman was hurt in a stabbing in Tessor on Friday. A second man was treated for cuts and "
     "discharged.", "wounded", 2.0),
])
def test_a_count_is_not_read(ann, text, what, value):
    found = counts(read(ann, text), what)
    assert value not in [v for _, v in found], found


def test_a_second_man_hurt_adds_to_a_man_hurt(ann):
    from test_tolls19 import wounded
    an = read(ann, "A woman has died and a man is in a critical condition after a house fire in Tessor that police say "
                   "was deliberately lit. The woman, 61, was found in the kitchen. A second man, 29, who jumped from a "
                   "window, was treated for a broken ankle and discharged. A man of 47 has been charged with murder and "
                   "arson.")
    assert wounded(an) == 2.0, counts(an, "wounded")


@pytest.mark.parametrize("text,protest", [
    ("Two constables were killed when bandits attacked a police picket near Tessor late on Tuesday.", False),
    ("Nurses held a picket outside the hospital in Tessor on Monday over unpaid wages.", True),
])
def test_a_forces_picket_is_a_post_no_protest(ann, text, protest):
    an = read(ann, text)
    told = [e.event_type for e in an.events if e.trigger is not None and e.trigger.text == "picket"]
    assert bool(told) == protest and all(t == "Protests" for t in told), [(e.trigger, e.event_type) for e in an.events]
