"""The doer of a passive deed whose by-phrase names only the weapon, told by a deed participle on that weapon ("were
killed by explosives dropped from drones by X"), which the parser hangs on the passive verb as a second verb of
its own (events/nominal.conjoined_participle_by, read by events/participants._doer_elsewhere). Sentences written
for these tests (made-up group and town names). Negatives: a participle that is no deed ("found by children"), or
one joined by "and" (a second deed of the verb's own subject), leaves actor1 blank."""
from __future__ import annotations

import pytest
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)

CASES = [
    ("Three soldiers were killed on Sunday by explosives dropped from drones by the Red Valley Front near Darko.",
     "Red Valley Front"),
    ("Two guards were killed on Monday by explosives planted by the Red Valley Front outside Darko.",
     "Red Valley Front"),
    ("Two farmers were killed on Sunday by explosives found by children near Darko.", None),
    ("Two farmers were killed on Sunday by explosives and dropped by the Red Valley Front near Darko.", None),
]


@pytest.mark.parametrize("text,want", CASES)
def test_the_weapon_participle_names_the_doer(ann, text, want):  # type: ignore[no-untyped-def]
    evs = violent(ann, text)
    ev = next(e for e in evs if e.trigger.text == "killed")
    assert (ev.actor1.name if ev.actor1 else None) == want, (text, [(e.trigger.text, e.actor1) for e in evs])
