"""General causes of errors found on the third war set (tests/data/war_reports3, branch `wars4`; issue 16), on
sentences written for these tests (the towns and the operation's name made up): a state's forces named by their arm
("Government artillery": data/agent_phrases.tsv) or by their operation ("troops of Operation X":
events/operation_troops.py), a statement that nobody was harmed as the toll of the deed before it (events/no_harm.py),
and "the night of 9/10 October" over both days (nlp/time/resolve.py)."""
from __future__ import annotations

import datetime as dt

from test_dates4 import _one
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext

D = dt.date


def _violent(ann, text, published=D(2025, 10, 12)):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=published))
    return [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]


# -- "Government artillery", "regime warplanes": the state's forces (data/agent_phrases.tsv) ------------------------

def test_government_artillery_is_the_states_forces(ann):
    for text in ("Government artillery shelled the village of Tarnisk in northern Syria on Friday, killing two "
                 "civilians, rescuers said.",
                 "Regime warplanes bombed a market in Vellmora, in Syria's Idlib province, on Friday, killing three "
                 "people, rescuers said."):
        evs = _violent(ann, text)
        assert evs and evs[0].actor1 is not None and evs[0].actor1.entity_id == "SYR_MIL", \
            [(e.trigger.text, e.actor1) for e in evs]
    # a machine with no state modifier stays no actor (events/machine_agents.py)
    evs = _violent(ann, "Artillery shelled the village of Tarnisk in northern Syria on Friday, killing two civilians.")
    assert evs and evs[0].actor1 is None


# -- "troops of Operation X": the state's troops, the operation no group (events/operation_troops.py) -------------

def test_troops_of_an_operation_are_the_states(ann):
    evs = _violent(ann, "Troops of Operation Silver Dawn killed 12 insurgents near Tarnisk in Nigeria's Borno State "
                        "on Friday, the army said.")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.entity_id == "NGA_MIL", [e.actor1 for e in evs]
    evs = _violent(ann, "Soldiers of Operation Silver Dawn were attacked by gunmen near Tarnisk in Niger on Friday; "
                        "three soldiers were killed.")
    sides = [a for e in evs for a in (e.actor1, e.actor2) if a is not None]
    assert sides and not any("Silver Dawn" in a.name for a in sides), sides
    assert any(a.entity_id == "NER_MIL" for a in sides), sides


# -- "There were no casualties." after the deed: a toll of zero (events/no_harm.py) --------------------------------

def test_no_casualties_after_a_strike_is_a_zero_toll(ann):
    for tail in ("There were no casualties.", "There were no reports of casualties.", "Nobody was hurt.",
                 "No injuries were reported."):
        evs = _violent(ann, f"Rebel drones struck the power station in Tarnisk, in Syria, on Friday. {tail}")
        assert len(evs) == 1 and evs[0].fatalities is not None and evs[0].fatalities.low == 0, (tail, evs)
    # a statement of one side's losses says nothing of the other's; two deeds before it: whose is not said
    evs = _violent(ann, "Rebel drones struck the power station in Tarnisk, in Syria, on Friday. There were no "
                        "casualties among the troops.")
    assert evs and evs[0].fatalities is None
    evs = _violent(ann, "Rebel drones struck the power station in Tarnisk, in Syria, on Friday. Government jets "
                        "bombed Vellmora. There were no casualties.")
    assert len(evs) == 2 and all(e.fatalities is None for e in evs)


# -- "the night of 9/10 October": both days (nlp/time/resolve.py) ---------------------------------------------------

def test_night_of_two_days_with_a_slash():
    t = _one("Drones hit the depot in Tarnisk on the night of 9/10 October.", D(2025, 10, 12))
    assert (t.start, t.end) == (D(2025, 10, 9), D(2025, 10, 10))
    t = _one("Drones hit the depot in Tarnisk on the night of 9 to 10 October.", D(2025, 10, 12))
    assert (t.start, t.end) == (D(2025, 10, 9), D(2025, 10, 10))
