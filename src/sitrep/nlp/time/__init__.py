"""Time expressions: find them in text and resolve them to intervals against the publication date.

The pure core is :func:`find_times` (no spaCy): rules written as regular
expressions over a lexicon (``data/time_lexicon.tsv``) find the spans; each
rule's resolver turns a span into a TimeML value, a type (DATE, TIME,
DURATION, SET) and, when an anchor is known, an inclusive interval
``start``..``end`` with a precision. ``dateparser`` (settings pinned: the
anchor as RELATIVE_BASE, past preferred, UTC) validates absolute dates and
counts back "two months ago"; the cases it gets wrong (weekdays, "since
December", "earlier this month", "in the past two months") are our rules.

The anchor is the publication date (DCT). Without one, relative expressions
stay unresolved (``anchor="unresolved"``) and :func:`resolve_relative` resolves
them later against a date inferred for the story. Today's date is never used.

The package, one job per module: ``patterns`` (regular-expression building
blocks and tense cues), ``recognise`` (the rule table and the choice of spans),
``calc`` (calendar arithmetic, what a resolver gets and returns), ``absolute``
(normalisation of calendar expressions), ``relative`` (resolution of relative
expressions), ``durations`` (durations, sets, vague references), ``tense``
(tense of the clause), ``anchor`` (the DCT and its correction), ``resolve``
(the public entry points).
"""
from __future__ import annotations

from sitrep.nlp.time.anchor import past_weekdays, suggest_dct
from sitrep.nlp.time.resolve import extract_times, find_times, resolve_relative

__all__ = ["extract_times", "find_times", "past_weekdays", "resolve_relative", "suggest_dct"]
