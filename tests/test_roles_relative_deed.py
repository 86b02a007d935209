"""A "that killed" clause that the parser hangs on the unit or place inside a deed's phrase tells what the deed did,
not what that unit did (events/relative_deed.py): "the ambush on a convoy of the X army that killed five soldiers"
has no attacker in its sentence, least of all the army ambushed (whose men would otherwise be read as killing the
drivers). Sentences written for these tests; the towns are
made up. The deed's own by-phrase still names its doer."""
from __future__ import annotations

import pytest

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)


def _doers(evs) -> set:  # type: ignore[no-untyped-def]
    return {e.actor1.name for e in evs if e.actor1 is not None}


@pytest.mark.parametrize("text, struck", [
    ("The ambush on a convoy of the Malian army that killed two drivers near Dorvanka was the deadliest this year.",
     "Military Forces of Mali"),  # the army ambushed
    ("The suicide bombing at a mosque inside the Afghan army base that killed 20 worshippers shocked the town of "
     "Velmiran.", "Military Forces of Afghanistan"),  # the base bombed
    ("The attack on a patrol of the Somali police which wounded four officers near Ostrevo was blamed on nobody.",
     "Police Forces of Somalia"),  # the patrol attacked
])
def test_what_the_deed_struck_is_not_who_killed(ann, text, struck):
    evs = violent(ann, text)
    assert evs and struck not in _doers(evs)


def test_the_deeds_own_by_phrase_still_names_its_doer(ann):
    evs = violent(ann, "The ambush by Boko Haram on a convoy of the Nigerian army that killed two drivers near "
                       "Dorvanka was the deadliest this year.")
    assert "Boko Haram" in _doers(evs) and "Military Forces of Nigeria" not in _doers(evs)
