"""tolls30: the hurt told one person at a time are summed ("Their father was treated for burns. A neighbour ... was
treated for smoke inhalation": 2), unless a later mention tells a person already told ("a woman was hurt ... A
29-year-old woman was taken to hospital": 1), the mention is inside a quote, or the single hurt is told beside the
dead in one sentence. Sentences written for these tests; names and places made up (Tessor, Marwick: no gazetteer
entry)."""
from __future__ import annotations

import pytest

from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader)
from test_tolls26 import show, wounded


@pytest.mark.parametrize("text,hurt", [
    # one person hurt per sentence, no count of the hurt: all of them
    ("Two sisters died in a fire at their home in Tessor early on Sunday, police said. Their father was treated for "
     "burns in hospital. A neighbour who ran inside to help was treated for smoke inhalation.", 2.0),
    ("Three children died in a house fire in Marwick early on Friday, police said. Their grandmother was taken to "
     "hospital with burns. A passer-by was also treated for smoke inhalation.", 2.0),
    # a count of the hurt told: that count, not the singles added to it
    ("A man was stabbed to death and two people were hurt at a bar in Tessor on Friday, police said. A second man "
     "was treated for a cut to the arm. A woman was treated for a wound to the hand.", 2.0),
])
def test_the_hurt_told_one_person_at_a_time(ann, text, hurt):
    an = read(ann, text)
    assert wounded(an) == hurt, show(an)


@pytest.mark.parametrize("text", [
    # the same noun told again
    "A man was shot dead and a woman was hurt outside a bar in Tessor on Friday night, police said.\n\n"
    "Officers found the man on the pavement. A 29-year-old woman was taken to hospital with a wound to her arm.",
    # the single told beside the dead: the lead is the toll, the later sentence tells its person
    "Two guards were killed and a passer-by was injured when gunmen opened fire outside a bank in Tessor on Monday, "
    "police said.\n\nA 44-year-old man was taken to hospital with a gunshot wound to the leg.",
    # the second inside a quote
    "A teenager was stabbed to death in Marwick on Tuesday, police said. A second boy, aged 16, was taken to "
    "hospital with stab wounds. An inspector said: \"We have lost a life today and another young man is in "
    "hospital.\"",
])
def test_the_same_person_told_again_is_one_hurt(ann, text):
    an = read(ann, text)
    assert wounded(an) in (1.0, None), show(an)


@pytest.mark.parametrize("text,hurt", [
    # a share told with its injury, no verb of harm
    ("TESSOR - Two fishermen drowned after their boat capsized off Tessor on Monday, police said. Four of the crew "
     "swam ashore, one of them with a broken leg.", 1.0),
    ("MARWICK - A man died when a minibus collided with a lorry near Marwick on Friday, police said. Nine passengers "
     "were pulled from the wreck, three of them with head injuries.", 3.0),
    # an injury told fatal, or no injury: no hurt
    ("TESSOR - Two fishermen drowned after their boat capsized off Tessor on Monday, police said. Four of the crew "
     "swam ashore, one of them with a mobile phone.", None),
])
def test_a_share_told_with_its_injury_is_hurt(ann, text, hurt):
    an = read(ann, text)
    assert wounded(an) == hurt, show(an)
