"""How the story total is told in words: ``how`` (:func:`_how_counted`: what was added, and each count left out and
why), a count as shown (:func:`fmt`), and the summary's sentence (:func:`total_sentence`). Decides no count.
"""
from __future__ import annotations

from typing import Optional

from sitrep.model import IncidentToll, StoryTotal


def _how_counted(incidents: list[IncidentToll], merged: int, untold: int, absorbed: int,
                 recalled: list[IncidentToll], party: list[IncidentToll]) -> str:
    """The total's account: what was added, and each count left out and why."""
    n = len(incidents)
    how = (f"the best count of each of {n} distinct incident(s), added" if n > 1 else
           "the best count of the one incident" if n == 1 else "no incident counted by anyone but the acting side")
    if n:
        how += (" (within an incident: the latest toll where it is told as risen, else the best-sourced report; "
                "low and high are the lowest and highest claims)")
    if merged:
        how += f"; {merged} further event(s) about an incident already counted (same place and day, or its toll told again) not added"
    if untold:
        how += (f"; {untold} further count(s) that no day or place of their own tells apart from a larger one taken as "
                "about the same incident: the largest kept, not added")
    if absorbed:
        how += (f"; {absorbed} count(s) told both one by one and in a round-up (\"the attacks killed 12 in all\"): "
                "counted once, never added twice")
    sole = [i for i in incidents if i.claimant]
    if sole:
        how += "; counted by one party only: " + "; ".join(f"{fmt(i.best)} per {i.claimant}" for i in sole)
    if recalled:
        how += ("; not added, earlier incident(s) the reports only recall: "
                + "; ".join(f"{fmt(i.best)} at {i.place or 'an unnamed place'} on {i.date}" for i in recalled))
    if party:
        how += ("; not added: " + "; ".join(f"{fmt(i.best)} per {i.claimant} (its own side's claim)" for i in party))
    return how


def fmt(x: Optional[float]) -> str:
    return f"{int(x):,}" if x is not None else "?"


def total_sentence(t: Optional[StoryTotal]) -> str:
    """One sentence for a summary: "Reported deaths: 57 (30–57 across claims) in 1 incident; ..."."""
    if t is None:
        return ""
    if not t.n_incidents:
        return f" Reported deaths: only claims by the acting side ({t.how})."
    rng = f" ({fmt(t.low)}–{fmt(t.high)} across claims)" if t.low != t.high else ""
    return f" Reported deaths: {fmt(t.best)}{rng} in {t.n_incidents} distinct incident(s): {t.how}."
