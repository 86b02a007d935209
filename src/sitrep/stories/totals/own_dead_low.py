"""When a side's count of its own dead is an incident's low: "the army said it lost five soldiers" told as a figure
(:func:`_own_losses_low`), or a state's forces in the story's one incident counting their own dead in a party claim
(:func:`_party_losses_low`): a claim of part of the incident's dead, below its low, on its day.
"""
from __future__ import annotations

from sitrep.model import Event, Figure, IncidentToll, KILLED_WHAT
from sitrep.stories.own_losses import own_partial_count
from sitrep.stories.totals.common import Claim, UPDATE_DAYS


def _own_losses_low(incidents: list[IncidentToll], events: list[Event], figures: list[Figure]) -> None:
    """A side's count of its own dead ("the army said it lost five soldiers", "14 of its own fighters":
    :func:`own_losses.own_partial_count`) below an incident's low, in a report that tells that incident alone, on its
    day (a day either side), or in a report that tells none of the story's one incident, in the
    :data:`UPDATE_DAYS` after it ("The council said 14 of its own fighters had been killed" three days on): a claim of
    part of its dead, the incident's low."""
    by_id = {e.id: e for e in events}
    arts = {id(i): {m.article_id for k in i.event_ids if k in by_id for m in by_id[k].mentions} for i in incidents}
    for f in figures:
        if f.what not in KILLED_WHAT or f.background or f.since is not None or f.low is None or f.low != f.high \
                or f.span is None or not own_partial_count(f.claimant, f.who):
            continue
        told = [i for i in incidents if f.span.article_id in arts[id(i)]]
        days = (-1, 1)
        if not told and len(incidents) == 1:
            told, days = incidents, (0, UPDATE_DAYS)
        if len(told) != 1 or told[0].low is None or f.low >= told[0].low:
            continue
        day = told[0].date
        if day is not None and f.as_of is not None and not days[0] <= (f.as_of - day).days <= days[1]:
            continue
        told[0].low = float(f.low)


def _party_losses_low(incidents: list[IncidentToll], party: list[IncidentToll], groups: dict[int, list[Event]],
                      claims_of: dict[int, list[Claim]]) -> None:
    """A state's forces fighting in the story's one incident count their own dead ("four soldiers were martyred in
    the exchange of fire and troops killed six attackers", the military said): a side's claim, kept apart and never
    added, and also a claim of part of the incident's dead: below the incident's low, on its day (a day either
    side), it is the low (as :func:`_own_losses_low` takes a side's count of its own dead told as a figure)."""
    if len(incidents) != 1 or incidents[0].low is None:
        return
    inc = incidents[0]
    for p in party:
        sides = {c[3] for c in claims_of.get(id(p), [])}
        whos = [m.fatalities.who for e in groups.get(id(p), []) for m in e.mentions if m.fatalities is not None]
        if len(sides) != 1 or not whos or p.best is None or p.best >= inc.low \
                or not all(own_partial_count(next(iter(sides)), w) for w in whos):
            continue
        if inc.date is not None and p.date is not None and abs((p.date - inc.date).days) > 1:
            continue
        inc.low = float(p.best)
