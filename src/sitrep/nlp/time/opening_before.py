""""The day before," opening a sentence after a source's day counts back from the story's deed (dates29).

"Islamic State militants attacked an SDF patrol on Wednesday, killing five fighters, the SDF said on Thursday. ...
The day before, a roadside bomb killed two civilians": counted from the telling's Thursday, "The day before" would be
the Wednesday of the deed itself, a day a writer names "the same day"; a sentence that opens on "The day before"
("The previous day", "The night before") sets a new deed against the one the story told, so it counts back from the
story's own latest day (Tuesday), in the simple past as :func:`~sitrep.nlp.time.speech_ref.before_story` already did
in the past perfect. Only when the story told a day of its own before the source's, earlier than the source's day
("Police said on Friday that they had found the car. The day before, ..." tells none: the source's day stays)."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from sitrep.model import TimeExpr

_BEFORE = re.compile(r"the\s+(?:previous|preceding|prior)\s+(?:day|night|evening)|the\s+(?:day|night|evening)\s+before", re.I)
_OPENS = re.compile(r"(?:^|[.!?]\s*|\n\s*)$")


def opening_before_story(text: str, start: int, span_text: str, ref: Optional[TimeExpr],
                         story: Optional[TimeExpr]) -> Optional[_dt.date]:
    """The story's latest day when ``span_text`` ("The day before") opens a sentence at ``start`` and counts from a
    source's day (``ref``) later than the story's own (``story``); else None."""
    if not _BEFORE.fullmatch(span_text.strip()) or not span_text[:1].isupper() or ref is None or story is None \
            or story is ref or story.start is None or ref.start is None or not story.start < ref.start \
            or _OPENS.search(text, max(0, start - 4), start) is None:
        return None
    return story.start
