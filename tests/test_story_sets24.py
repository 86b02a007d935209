"""story_sets24 (issue 16 part 3, branch stories25): a rounded toll beside the exact counts of one incident, on
counts written for this test (made-up incident)."""
from __future__ import annotations

from sitrep.model import Event, EventMention, Figure, IncidentToll, Span
from sitrep.stories.told_apart import exact_in_band


def _event(eid: str, fig: Figure) -> Event:
    m = EventMention(id=eid, article_id=eid, sentence=Span(eid, 0, 1, "x"), event_type="Attack", fatalities=fig)
    return Event(id=eid, event_type="Violence against civilians", mentions=[m], fatalities_best=fig.low,
                 fatalities_low=fig.low, fatalities_high=fig.high)


def test_an_exact_count_of_the_best_itself_is_never_lowered_to_a_count_inside_the_rounding():
    # "11 killed" (day 1), "nearly a dozen dead" (day 2), "..., bringing the number killed to 12" (day 3): 12 is told
    # exactly, so the rounding's top is no stand-in for 11
    eleven = Figure("a", Span("a", 0, 1, "x"), "killed", low=11, high=11)
    near = Figure("b", Span("b", 0, 1, "x"), "killed", low=10, high=12, hedge="near", best=12)
    twelve = Figure("c", Span("c", 0, 1, "x"), "killed", low=12, high=12)
    inc = IncidentToll(event_ids=["a", "b", "c"], best=12, low=7, high=12)
    exact_in_band(inc, [_event("a", eleven), _event("b", near), _event("c", twelve)])
    assert (inc.best, inc.low, inc.high) == (12, 7, 12)
    # with no exact 12, the rounding still stands for the 11 inside its band
    inc = IncidentToll(event_ids=["a", "b"], best=12, low=7, high=12)
    exact_in_band(inc, [_event("a", eleven), _event("b", near)])
    assert (inc.best, inc.high) == (11, 11)
