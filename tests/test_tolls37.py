"""tolls37: one person who "has died" is one incident's death, not a running toll (events/one_death_now.py); part of
the attackers killed, told as a partitive ("One of the robbers was shot dead by the owner's son"), beside the
victims' count in a clause and an event of their own, or "minutes later" (events/attackers_part.py). Sentences
written for these tests; names and places made up (Tessor, Marwick: no gazetteer entry)."""
from __future__ import annotations

import pytest

from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader)
from test_tolls26 import deaths, show, wounded


@pytest.mark.parametrize("text,dead,hurt", [
    # one dead and one hurt, both by the perfect, no time in the clause
    ("A man has died and another has been injured following a fight outside a bar in Tessor, police said.", 1.0, 1.0),
    # one dead by the perfect alone
    ("A woman has died in a fire at a cottage on Pell Lane in Marwick, the fire service said.", 1.0, None),
])
def test_one_person_has_died_is_an_incident_not_a_running_toll(ann, text, dead, hurt):
    an = read(ann, text)
    assert deaths(an) == dead, show(an)
    assert wounded(an) == hurt, show(an)


@pytest.mark.parametrize("text", [
    "At least 40 people have been killed in the unrest in Tessor, officials said.",
    "At least one person has been killed in the unrest in Marwick, officials said.",
])
def test_a_count_told_by_the_perfect_stays_a_running_toll(ann, text):
    an = read(ann, text)
    assert deaths(an) is None, show(an)


@pytest.mark.parametrize("text,dead", [
    # the attackers' part told in a sentence of its own, a partitive
    ("MARWICK - A shopkeeper was shot dead when three armed men stormed his store in Marwick on Monday night. One of "
     "the robbers was shot dead by the shopkeeper's son.", 2.0),
    # beside the victim's count, in a clause of its own, "minutes later"
    ("TESSOR - A cashier was shot dead during an attempted robbery at a bakery in Tessor on Tuesday, and one of the "
     "robbers died in a shootout with officers minutes later.", 2.0),
])
def test_a_robber_killed_in_the_incident_is_added_to_its_dead(ann, text, dead):
    an = read(ann, text)
    assert deaths(an) == dead, show(an)


@pytest.mark.parametrize("text,dead", [
    # a part of the count told beside it: no one added
    ("TESSOR - Five people were killed in an attack on a market in Tessor on Monday, two of them gunmen, police "
     "said.", 5.0),
])
def test_a_part_of_the_count_adds_nobody(ann, text, dead):
    an = read(ann, text)
    assert deaths(an) == dead, show(an)


@pytest.mark.parametrize("text,dead,hurt", [
    # the headline's count of the hurt, as of the deed, loses the second victim who has died since
    ("Man killed, two hurt in Tessor bar shooting; second victim dies\n\nTESSOR - A second victim of a Friday night "
     "shooting outside a bar in Tessor has died, police said Sunday.", 2.0, 1.0),
    ("Two people were killed and four others were wounded when a gunman opened fire at a wedding in Marwick on "
     "Saturday. A third victim, a 40-year-old man, has since died, police said.", 3.0, 3.0),
])
def test_an_ordinal_victim_who_has_died_was_among_the_hurt(ann, text, dead, hurt):
    an = read(ann, text)
    assert deaths(an) == dead, show(an)
    assert wounded(an) == hurt, show(an)
