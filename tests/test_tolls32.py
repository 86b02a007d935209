"""tolls32: an incident whose only toll is a part of its hurt who died ("Four people were injured ... one of the
injured died in hospital"; "Five people were hurt ... One of the five ... died") counts the hurt less the dead
(events/hurt_died.drop_hurt_own_toll). Sentences written for these tests; names and places made up (Tessor, Marwick:
no gazetteer entry)."""
from __future__ import annotations

import pytest

from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader)
from test_tolls26 import deaths, show, wounded


@pytest.mark.parametrize("text,dead,hurt", [
    # "one of the injured" died: the four hurt are three now
    ("TESSOR - Four men were injured when gunmen opened fire on a tea stall in Tessor on Monday night, police said. "
     "Later, one of the injured died at the district hospital. The others were said to be stable.", 1.0, 3.0),
    # "One of the five, a ..., died": the whole told by a bare number
    ("MARWICK - Five people were injured when a van was driven into a crowd outside a bar in Marwick early Sunday, "
     "police said.\n\nOne of the five, a 30-year-old man, died at the city hospital on Monday. The driver was "
     "arrested.", 1.0, 4.0),
    # a toll told apart from the hurt: the count of the dead already set, the hurt only lowered once
    ("TESSOR - Two people were killed and five others wounded when gunmen attacked a wedding party in Tessor on "
     "Saturday, police said. One of the wounded later died in hospital.", 3.0, 4.0),
    # the part's whole is another number than the hurt told: nothing lowered
    ("MARWICK - Six people were injured when a gunman fired on a bus in Marwick on Friday, police said. One of the "
     "two drivers, who was not on the bus, died of a heart attack.", None, 6.0),
])
def test_hurt_less_their_dead(ann, text, dead, hurt):
    an = read(ann, text)
    if dead is not None:
        assert deaths(an) == dead, show(an)
    assert wounded(an) == hurt, show(an)
