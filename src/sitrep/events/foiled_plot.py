"""A plot said to be foiled by arrests is those arrests (issue 16).

A report of arrests over a planned attack tells, besides the arrests, that the plot was foiled: "Police claimed to
have foiled a major terror plot with the arrest of three operatives", "'A serious threat has been foiled,' the
ministry said". The clause reading makes "foiled" / "thwarted" a disrupted weapons use (ontology: sd.disrupted),
which ACLED keeps for weapons stopped in use (a bomb defused, a drone downed); a plot stopped by arresting its
plotters is coded as the arrests (and the plot, where coded, as a planned event).

:func:`fold_foiled_plots` folds an asserted disrupted weapons use read off "foil" / "thwart" (ontology cue
``foil_verbs``) into an asserted arrest of the same article, told before or after it, at a compatible place and date
(``merge_places.places_compatible``, ``merge_dates.dates_compatible``), not marked as another incident (``merge_guards.told_separate``).
With no arrest told ("troops foiled an attack on the checkpoint, killing two attackers") it stays as it is.
"""
from __future__ import annotations

from typing import Optional

from sitrep.model import EventMention

__all__ = ["fold_foiled_plots"]

_ARRESTS = "Arrests"
_DISRUPTED = "Disrupted weapons use"


def _foiled(m: EventMention) -> bool:
    from sitrep.events.ontology import load_ontology

    return m.sub_event_type == _DISRUPTED and m.trigger is not None and m.modality == "asserted" \
        and m.trigger.text.lower().startswith(tuple(load_ontology().cue("foil_verbs")))


def _arrest_of(m: EventMention, arrests: list[EventMention]) -> Optional[EventMention]:
    from sitrep.events.merge_dates import dates_compatible
    from sitrep.events.merge_guards import told_separate
    from sitrep.events.merge_places import places_compatible

    if not _foiled(m) or told_separate(m):
        return None
    return min((k for k in arrests if places_compatible(k, m) and dates_compatible(k, m)),
               key=lambda k: abs(k.sentence.start - m.sentence.start), default=None)


def fold_foiled_plots(mentions: list[EventMention]) -> list[EventMention]:
    """The mentions with the plots foiled by arrests folded into those arrests (module docstring); order kept."""
    arrests = [k for k in mentions if k.sub_event_type == _ARRESTS and k.modality == "asserted"]
    out = []
    for m in mentions:
        host = _arrest_of(m, arrests) if arrests else None
        if host is None:
            out.append(m)
            continue
        # (it lends no doer: "police claimed to have foiled" is the police's word on their own success)
        for s in [m.sentence, *m.evidence]:
            if s != host.sentence and s not in host.evidence:
                host.evidence.append(s)
    return out
