"""subtypes20: an attack on a bus or on a convoy of civilian goods is violence against civilians, not an armed clash
(events/civilian_convoy); an army convoy stays a fight. Sentences written for these tests; names made up, places
made up (Tessor, Varnik: no gazetteer entry)."""
from __future__ import annotations

import pytest

from test_subtypes13 import kinds
from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader; published Monday 2024-05-06)

_KINDS = [
    # a convoy of civilian goods, a bus: the drivers and passengers are civilians
    ("Fighters of the Varnik Front attacked a fuel convoy on the road to Tessor on Sunday, killing three drivers, "
     "officials said.", ["Attack"]),
    ("Gunmen ambushed a convoy of lorries near Tessor on Sunday, killing two drivers, police said.", ["Attack"]),
    ("Police said on Monday they had found two more victims of last week's ambush on a bus near Tessor, raising "
     "the toll to nine.", ["Attack"]),
    # an army convoy, or a bus with its armed escort: a fight with the escort
    ("Fighters of the Varnik Front ambushed an army convoy near Tessor on Sunday, killing four soldiers, officials "
     "said.", ["Armed clash"]),
    ("Fighters of the Varnik Front ambushed a bus and its escort vehicle near Tessor on Sunday, killing two police "
     "reservists, officials said.", ["Armed clash"]),
]


@pytest.mark.parametrize("text,want", _KINDS)
def test_sub_types(ann, text, want):
    an = read(ann, text)
    assert kinds(an) == want, kinds(an)
