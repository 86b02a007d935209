"""subtypes19: ACLED sub-types from mixed_reports13: an armed site overrun is an armed clash, not territory taken
(events/site_overrun); a bare count captured is people, not ground (triggers.not_territory); property set on fire in
the course of a deed told before is that deed's damage, no looting of its own (events/side_burning). Sentences
written for these tests; names made up, places made up (Tessor, Varnik: no gazetteer entry)."""
from __future__ import annotations

import pytest

from test_subtypes13 import kinds
from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader; published Monday 2024-05-06)

_KINDS = [
    # an armed site overrun: a battle with its garrison
    ("Fighters of the Varnik Front overran a military camp near Tessor on Sunday after fighting that went on until "
     "dusk, a spokesman said.", ["Armed clash"]),
    ("Rebels overran the army post outside Tessor on Saturday, killing six soldiers, residents said.",
     ["Armed clash"]),
    # a town overrun stays territory taken
    ("Rebels of the Varnik Front overran the town of Tessor on Saturday, residents said.",
     ["Non-state actor overtakes territory"]),
    # soldiers counted as captured are prisoners, not ground
    ("The Varnik Front overran an army base near Tessor on Sunday. Nine soldiers were killed and twelve were "
     "captured, a spokesman said.", ["Armed clash"]),
    # burnings in the course of a deed told before
    ("Gunmen attacked the village of Tessor on Sunday night, killing four farmers, residents said. The attackers "
     "set fire to a dozen huts before leaving.", ["Attack"]),
    ("Armed men looted shops in the Varnik market on Sunday night, traders said. They smashed the doors and set "
     "two stalls on fire.", ["Looting/property destruction"]),
]


@pytest.mark.parametrize("text,want", _KINDS)
def test_sub_types(ann, text, want):
    an = read(ann, text)
    assert kinds(an) == want, kinds(an)


def test_burning_alone_is_looting(ann):
    # with no deed told before it, a burning is the event
    an = read(ann, "Unknown men set fire to four lorries at a depot in Tessor on Sunday night, police said.")
    assert kinds(an) == ["Looting/property destruction"], kinds(an)
