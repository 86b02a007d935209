""""Rioters set fire to shops on Monday night after a protest outside parliament turned violent": a protest or riot
told as the subject of a turn ("turned violent", "escalated", "descended into chaos"; cue ``turning_verbs``) in an
"after"/"when"/"as" clause of a past deed takes the day told on that deed: what the gathering turned into is the
deed, done as it turned. The parse hangs the day on the main verb, a clause apart, so the protest fell back to the
report's day. (A cause told by another verb, "protested on Monday after a man was run over", is no turn: the cause
may be older, :func:`date.cause_clause_tokens`.)
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.cues import sense_cue
from sitrep.events.purpose_time import verb_above
from sitrep.model import TimeExpr

__all__ = ["turned_time"]

_MARKS = frozenset({"after", "when", "as"})


def turned_time(trig, tok_of_time: list) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def,type-arg]
    """The day on the deed whose "after" clause tells ``trig`` (a protest noun) turning; None when there is none.
    ``tok_of_time``: ``(time, token indices)`` of the usable single past days of the sentence."""
    turn = trig.head
    if trig.dep_ != "nsubj" or turn.lemma_.lower() not in sense_cue("turning_verbs") or turn.dep_ != "advcl" \
            or not any(c.dep_ == "mark" and c.lower_ in _MARKS for c in turn.children):
        return None
    deed = turn.head
    if deed.pos_ not in ("VERB", "AUX") or "Past" not in deed.morph.get("Tense"):
        return None
    for t, ts in tok_of_time:
        above = verb_above(deed.doc[ts[-1]], set(ts)) if ts else None
        if above is not None and above.i == deed.i:
            return t
    return None
