"""A day counted from the day a source spoke may land after the report; then it counts from the story's own day.

"ISWAP fighters attacked a base on the night of the 26th, killing six soldiers, sources said on Tuesday. The
following evening, jets struck the fighters" (a Tuesday report): counted from the latest day told, the sources'
Tuesday, "The following evening" is a Wednesday after the report, impossible in a past clause; it is the evening
after the 26th, the latest day the story itself told. Only such an impossible day is recounted: "police said on
Friday. The day before, ..." and "said early on Thursday ... Less than an hour later" keep counting from the
source's day as before, unless the clause is in the past perfect ("police said Saturday. The previous evening, armed
men had ambushed a patrol": before the story's deed, :func:`before_story`) or counts back by a number ("said on
Friday. Two days earlier, ...": :func:`earlier_than_story`), or opens a sentence after a day the story told of its
own deed ("killed five on Wednesday, the SDF said on Thursday. The day before, ...": nlp/time/opening_before)."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from sitrep.model import TimeExpr
from sitrep.nlp.time.calc import Told, _Res

_TOLD_ON = re.compile(
    r"\b(?:said|says|told|added|announced|confirmed|reported|stated|claimed)\s+(?:in\s+a\s+(?:statement|release)\s+)?"
    r"(?:(?:early|late)\s+)?(?:on\s+)?$",
    re.I)


def speech_day(text: str, start: int) -> bool:
    """The time expression at ``start`` dates a verb of telling right before it ("said on Tuesday")."""
    return bool(text) and _TOLD_ON.search(text, max(0, start - 30), start) is not None


def past_from_story(r: _Res, ref: Optional[TimeExpr], story: Optional[TimeExpr], dct: Optional[_dt.date]) -> bool:
    """``r`` was counted from the reference day ``ref``, a source's day, and lands after the report ``dct``, while
    the story told a day of its own (``story``) before: count again from that one."""
    return (dct is not None and r.start is not None and r.start > dct and (r.anchor or "").startswith("time:")
            and ref is not None and story is not None and story is not ref and story.start is not None)


def clock_from_story(ref: Optional[TimeExpr], story: Optional[TimeExpr]) -> Optional[Told]:
    """A bare clock time told after a source's day ("Gunmen on Saturday night killed two officers ... the spokesman
    said in a statement on Sunday that the men arrived at about 8.30pm and opened fire") is the hour of the deed the
    story told, not of the telling: the story's own latest day (``story``), as told where the source's day (``ref``)
    was (the telling does not end the passage); None when the latest day is the story's own or it told none."""
    if ref is None or story is None or story is ref or story.start is None or story.end is None \
            or story.precision != "day":
        return None
    return Told(story.start, story.end, "day", story.value, ref.span.end)


_SAME = re.compile(r"the\s+same\s+", re.I)


def same_as_story(span_text: str, ref: Optional[TimeExpr], story: Optional[TimeExpr]) -> Optional[_dt.date]:
    """ "the same night", "the same day" told after a source's day ("raising the toll to seven, prosecutors said on
    Monday. With the four officers killed in an ambush the same night, ...") is the day of the deed the story told
    (Saturday), never the day of the telling: the story's own latest day; None when the latest day is the story's
    own, it told none, or the phrase is no "the same ..." ("that day", "the day before" keep the source's day)."""
    if not _SAME.match(span_text) or ref is None or story is None or story is ref or story.start is None:
        return None
    return story.start


_BEFORE_REF = re.compile(r"the\s+(?:previous|preceding|prior)\s+\w+|the\s+(?:day|night|evening)\s+before", re.I)
_PAST_PERFECT = re.compile(r"^[^.;]{0,80}?\bhad\s+(?:been\s+)?(?:\w+\s+)?\w+(?:ed|en|t)\b", re.I)


def before_story(span_text: str, after: str, ref: Optional[TimeExpr], story: Optional[TimeExpr]) -> Optional[_dt.date]:
    """ "The previous evening, armed men had ambushed a patrol" told after a source's day ("killing six on Friday,
    police said Saturday"): the past perfect sets the deed before the story's deed, so the day counts back from the
    story's own latest day (Friday), not from the telling; None when the latest day is the story's own, it told
    none, the phrase is no "previous"/"the day before", or its clause is not in the past perfect (``after``: the
    text that follows the phrase)."""
    if not _BEFORE_REF.fullmatch(span_text.strip()) or not _PAST_PERFECT.match(after) or ref is None \
            or story is None or story is ref or story.start is None:
        return None
    return story.start


def earlier_than_story(span_text: str, ref: Optional[TimeExpr], story: Optional[TimeExpr]) -> Optional[_dt.date]:
    """ "Two days earlier, mortar rounds landed near the airport" told after a source's day ("a bomb ... killed seven on
    Wednesday evening, police said on Friday"): a span counted back ("N days earlier") sets its deed before the
    story's deed, so it counts back from the story's own latest day (Wednesday), not from the telling; None when the
    latest day is the story's own, it told none, or the phrase does not count back with "earlier"."""
    if not span_text.strip().lower().endswith("earlier") or ref is None or story is None or story is ref \
            or story.start is None:
        return None
    return story.start
