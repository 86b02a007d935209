"""A report that says the sides blame each other names no doer: "Twelve killed in Arlow; army and rebels blame each
other", "Each side accused the other of opening fire first". Each side's account names the other as the doer (often
in two plain "said" clauses, with no denial or "accuse" verb the other modules read), and the report itself says
that neither decides: every violent event told before another incident opens ("Separately, ...") keeps no doer.
The phrases are those of data/mutual_blame_phrases.tsv; a report without one is left as it is."""
from __future__ import annotations

import functools
import re
from typing import Sequence

from sitrep.events.accusation import OPENS_ANOTHER  # a sentence that opens another incident ("Separately, ...")
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention
from sitrep.resources import data_rows

__all__ = ["drop_mutual_blame"]


@functools.lru_cache(maxsize=1)
def _mutual() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{cols[0].strip()})" for cols in data_rows("mutual_blame_phrases.tsv",
                                                                             needs=("pattern", "source"),
                                                                             header="pattern")), re.I)


def drop_mutual_blame(events: list[EventMention], text: str, titles: Sequence[str] = ()) -> list[EventMention]:
    """The violent events of a report that says (in its text or its ``titles``, the headline ingest cut off) that the
    sides blame each other, with no doer (see the module docstring)."""
    if not _mutual().search(text) and not any(_mutual().search(t) for t in titles):
        return events
    other = OPENS_ANOTHER.search(text)
    stop = other.start() if other is not None else len(text)
    for e in events:
        if e.event_type in VIOLENT_EVENT_TYPES and e.actor1 is not None and e.sentence.start < stop:
            e.actor1 = None
            e.associates = []  # a named attacker beside it is one side's word too (as in contested_blame)
    return events
