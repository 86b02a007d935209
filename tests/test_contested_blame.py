"""A blame the accused throws back names no doer (events/contested_blame.py; issue 16, branch tolls6). Sentences
written for these tests; the incident is made up (town and groups real)."""
from __future__ import annotations

from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import analyse

TOLD = "Four people were killed when bombs fell on a market in Rutshuru on Saturday, officials said. The army " \
       "accused the M23 rebels of firing the bombs."


def _doers(ann, text):  # type: ignore[no-untyped-def]
    return {e.actor1.entity_id for e in analyse(ann, text).events if e.actor1 is not None
            and e.event_type in ("Battles", "Violence against civilians", "Explosions/Remote violence")}


def test_a_blame_thrown_back_names_no_doer(ann):  # noqa: F811
    assert _doers(ann, TOLD + " The M23 denied it and said the bombs had been fired by the army.") == set()
    # an accusation nobody answers keeps its accused
    assert _doers(ann, TOLD + " The M23 did not comment.") == {"M23"}
