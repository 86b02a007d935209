"""events/one_side.py: one actor is never both the doer and the one acted on in one event."""
from __future__ import annotations

from sitrep.events.one_side import one_side_each
from sitrep.model import ActorRef, Span
from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import analyse


def _ref(start: int, eid: str = "PER_MIL") -> ActorRef:
    return ActorRef(eid, eid, Span("a", start, start + 5, "xxxxx"))


def test_the_reading_nearer_the_trigger_stays():
    near, far = _ref(40), _ref(120)
    assert one_side_each(near, far, 50) == (near, None)
    assert one_side_each(far, near, 50) == (None, near)
    assert one_side_each(ActorRef("PER_MIL", "PER_MIL"), near, 50) == (None, near)  # no evidence: the farther


def test_two_actors_are_left_alone():
    a, b = _ref(40), _ref(120, "BOL_MIL")
    assert one_side_each(a, b, 50) == (a, b)
    assert one_side_each(a, None, 50) == (a, None)


def test_a_victim_of_the_doer_s_own_side_is_no_second_side(ann):  # noqa: F811
    text = ("Peruvian troops and Bolivian border guards exchanged fire at a remote crossing on Sunday, killing two "
            "Peruvian soldiers and three Bolivian guards, officials said.")
    (ev,) = [e for e in analyse(ann, text).events if e.sub_event_type == "Armed clash"]
    assert ev.actor1 is not None and ev.actor1.name == "Military Forces of Peru"
    assert ev.actor2 is None or ev.actor2.entity_id != ev.actor1.entity_id
