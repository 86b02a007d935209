"""events/bare_state.py: a plural demonym accused, warned or asked is the state; one harmed is its people."""
from __future__ import annotations

from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import analyse


def _sides(ann, text):  # type: ignore[no-untyped-def]
    return [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in analyse(ann, text).events]


def test_accusing_the_nation_accuses_its_state(ann):  # noqa: F811
    got = _sides(ann, "Peru accused the Bolivians of arming the smugglers near the border.")
    assert ("Government of Peru", "Government of Bolivia") in got
    assert not any(a2 == "Civilians" for _, a2 in got)


def test_harming_the_nation_harms_its_people(ann):  # noqa: F811
    assert ("Military Forces of Colombia", "Civilians") in _sides(ann, "The army tortured Colombians at the base, a "
                                                                       "report said.")
