"""A deed whose report counts only the hurt has a toll of zero (issue 16, tolls; ACLED's convention).

"An unidentified man threw a grenade into a crowded bar, wounding five people", "Protesters threw stones at police
... and police said 14 officers were injured": the report counts the hurt and tells no death, and ACLED records such
an event with 0 fatalities (the conventions of ``tests/data/mixed_reports*``: "0 where the report tells only
injuries"). The toll reader found no count of dead and left the toll blank.

:func:`hurt_only_tolls` gives a toll of zero to an asserted event of violence, of a riot or of a protest with no
toll whose own figures (its clause's, and those attached to it) count people hurt (``wounded``, ``injured``) and
none dead, missing or killed-or-wounded, when no other word of its sentences tells a death (cue ``kill_lemmas``:
"the wounded man later died" leaves it blank). A count that restates old context (``Figure.background``) counts for
nothing; a report that tells anyone dead may be telling the same deed again under another type ("One of the three people
shot on Saturday has died ... a boy and a woman were struck", read as a shooting and a shelling), and its hurt-only
events stay blank.
"""
from __future__ import annotations

import re

from sitrep.model import KILLED_WHAT, VIOLENT_EVENT_TYPES, EventMention, Figure

__all__ = ["hurt_only_tolls"]

_HURT = frozenset({"wounded", "injured"})
_TYPES = VIOLENT_EVENT_TYPES | {"Riots", "Protests"}
_DEATH_WORDS = re.compile(r"\b(?:die[ds]?|dying|dead|death|deaths|killed|killing|kills?|bodies|body|fatal\w*|"
                          r"missing|succumb\w*|lynch\w*|murder\w*|buried|burials?|funerals?)\b", re.IGNORECASE)


def hurt_only_tolls(events: list[EventMention], figures: list[Figure]) -> None:
    """Sets a zero toll on each event that counts only the hurt (module docstring), in place."""
    by_id = {f.id: f for f in figures}
    # a report that tells a death of another event of its kind may be telling this one again ("One of the three
    # people shot on Saturday has died ... the boy and the woman were struck"): blank beats wrong
    if any(e.fatalities is not None and (e.fatalities.low or 0) > 0 for e in events):
        return
    for e in events:
        if e.event_type not in _TYPES or e.modality != "asserted" or e.fatalities is not None or e.outside:
            continue
        figs = [by_id[i] for i in e.figures if i in by_id and not by_id[i].background]
        hurt = [f for f in figs if f.what in _HURT and (f.low or 0) > 0]
        if not hurt or any(f.what in KILLED_WHAT or f.what == "missing" for f in figs):
            continue
        if any(_DEATH_WORDS.search(sp.text) for sp in [e.sentence, *e.evidence] if sp is not None):
            continue
        f = hurt[0]
        e.fatalities = Figure(id=f"{e.article_id}:hurtonly{f.span.start}", span=f.span, what="killed",
                              low=0.0, high=0.0, unit="people")
