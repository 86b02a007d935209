"""A count told only as what someone first said, where the report tells the incident's count elsewhere (issue 12,
branch tolls42).

"Two people were killed and a third is in critical condition after a shooting ... The sheriff's office had initially
said at the scene that three people were killed.": the first account's three is the figure the report goes on to
correct (in a later sentence, or by the count it leads with); the incident's count is the one told as fact. A count
of dead under a first account ("initially said", "first reported", "originally said": :mod:`first_account`'s verbs and
adverbs) whose sentence has no correction of its own (that one is denied whole: :func:`first_account`) is dropped
(the deed's count of dead and its wounded) when another asserted deed of the report, in another sentence and told as
fact, carries a count of dead. A first account that is the report's only count is left as it is.
"""
from __future__ import annotations

import re

from sitrep.events.cues import sense_cue
from sitrep.events.deps import climb_to
from sitrep.events.first_account import _EMBED, _first_marked
from sitrep.events.participle_background import trigger_token
from sitrep.model import EventMention, Figure

__all__ = ["drop_first_account_counts"]

_GATE = re.compile(r"\b(?:initially|first|originally)\s+(?:said|reported|told|stated)\b", re.I)


def _first_told(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is the complement of a verb of saying that "first"/"initially"/"originally" modifies."""
    cur = climb_to(tok, _EMBED, 3, lambda v: v.pos_ in ("VERB", "AUX")
                   and v.lemma_.lower() in sense_cue("first_account_verbs"))
    return cur is not None and _first_marked(cur)


def drop_first_account_counts(events: list[EventMention], figures: list[Figure], doc) -> None:  # type: ignore[no-untyped-def]
    """Drop, in place, the counts of a deed told only as a first account when another deed carries the report's count
    of dead (module doc)."""
    if not _GATE.search(doc.text):
        return
    counted = [e for e in events if e.modality == "asserted" and e.fatalities is not None
               and e.fatalities.low is not None]
    if len(counted) < 2:
        return
    first = [e for e in counted if (t := trigger_token(e, doc)) is not None and _first_told(t)]
    if not first:
        return
    told = [e for e in counted if e not in first]
    wounded = {f.id for f in figures if f.what == "wounded"}
    for e in first:
        if any(o.sentence.start != e.sentence.start for o in told):
            e.fatalities = None
            e.figures = [fid for fid in e.figures if fid not in wounded]
