"""One of the hurt who died since is no longer among them (issue 16, local follow-ups).

A follow-up tells a later death as an ordinal victim ("A third person has died from injuries suffered in last
weekend's shooting", "A second man has died from wounds suffered in last week's shooting") and keeps the first
story's count of the hurt ("Five other people were wounded", "Hale was one of five people wounded"). The ordinal
count is read as the whole toll already (``nlp/victims._ordinal_toll``); the one who died was among the wounded,
so the incident's count of the wounded drops by one (:func:`drop_hurt_who_died`). Only when the report tells one
such death, and only a count of the wounded told as of the deed: not one told as the state now ("the four wounded
who remain hospitalized", "two are still in hospital"), which has already lost the dead.
"""
from __future__ import annotations

import re
from dataclasses import replace

from sitrep.events.toll import best_sum
from sitrep.model import KILLED_WHAT, VIOLENT_EVENT_TYPES, EventMention, Figure
from sitrep.nlp.doctext import doc_text

__all__ = ["drop_hurt_who_died"]

# "A third person", "a second victim": the ordinal victim of a follow-up
_ORDINAL_VICTIM = re.compile(r"^(?:a|an)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.I)
# what follows the ordinal victim: a death of wounds ("has died from injuries", "died of his wounds", "succumbed")
_DIED_OF_WOUNDS = re.compile(r"^[\w\s,'’-]{0,60}?\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:\w+\s+){0,2}?"
                             r"(?:wounds|injuries)\b", re.I)
# a count of the hurt told as their state now, not as of the deed
_STATE_NOW = re.compile(r"\b(?:remain|remains|remained|still|now|currently)\b", re.I)


def _sentence_text(doc, start: int) -> str:  # type: ignore[no-untyped-def]
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0].sent.text if span is not None and len(span) else ""


def drop_hurt_who_died(events: list[EventMention], figures: list[Figure], doc) -> None:  # type: ignore[no-untyped-def]
    """Lower by one each wounded count the report's asserted violent events carry when the report tells one ordinal
    victim who died of wounds (see the module docstring); the figure is replaced in ``figures`` under its id."""
    violent = [e for e in events if e.modality == "asserted"
               and (e.event_type in VIOLENT_EVENT_TYPES or e.outside == "crime")]
    if not violent:
        return
    text = doc_text(doc)
    died = {e.fatalities.id for e in violent if e.fatalities is not None and e.fatalities.what in KILLED_WHAT
            and _ORDINAL_VICTIM.match(e.fatalities.span.text)
            and _DIED_OF_WOUNDS.match(text[e.fatalities.span.end:e.fatalities.span.end + 120])}
    if len(died) != 1:
        return
    carried = {fid for e in violent for fid in e.figures}
    for i, w in enumerate(figures):
        if w.id not in carried or w.what not in ("wounded", "injured") or w.low is None or w.low < 2 or w.background:
            continue
        if _STATE_NOW.search(_sentence_text(doc, w.span.start)):
            continue
        figures[i] = replace(w, low=w.low - 1, high=None if w.high is None else w.high - 1, best=best_sum([w], -1))
