"""Hurt told in two counts of one sentence, the second as others: "The driver is in critical condition, and two
other people at the stop suffered minor injuries" (3 hurt), "One man was wounded and another was hurt" (2).

A wounded count whose words go on with "other" / "others" / "more" (or that is "another") after another wounded count
of the same sentence counts further people: both figures carry the sum (the first's span runs to the second's end),
so that whichever an event carries, the hurt are all of them. A later sentence (at most two on) that opens on the
others' count goes on the same way (branch tolls23: "A man remains in a critical condition after being stabbed ...
Two other men suffered cuts to their hands": 3), in a report that has told no count of the dead before them. Never
after a count of the dead (the dead and the hurt are counted apart), or where the words between tell them apart
("separate", "elsewhere", "earlier").

An ordinal hurt person of the same noun as one hurt person told before goes on the same way (branch tolls25: "a man is
in a critical condition after a house fire ... A second man, 38, who escaped through a window, was treated ... and
discharged": 2), even after a count of the dead, so long as no dead one was told by that noun (then "a second man" may
count him: "A man was killed and a woman hurt ... A second man was treated")."""
from __future__ import annotations

import re
from dataclasses import replace

from sitrep.model import Figure, Span

_OTHERS_AFTER = re.compile(r"\s+(?:other|others|more)\b", re.I)
_ANOTHER = re.compile(r"another\b", re.I)
_APART = re.compile(r"\b(?:separate|separately|elsewhere|earlier|previous)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=[\"'\u201d)]*\s)")
_OPENS_SENTENCE = re.compile(r"[.!?][\"'\u201d)]*\s+[\"'\u201c]?$")
_SENTENCES_ON = 2  # how many sentence ends may lie between the two counts
_HURT = ("wounded", "injured")


def _exact(f: Figure) -> bool:
    return f.what in _HURT and f.low is not None and f.low == f.high and not f.background and f.since is None


def other_hurt_added(figures: list[Figure], text: str) -> list[Figure]:
    """``figures`` with the hurt of a count told as others added to the count before it (module doc)."""
    out = list(figures)
    for j, f2 in enumerate(out):
        if not _exact(f2) or not (_OTHERS_AFTER.match(text, f2.span.end) or _ANOTHER.match(f2.span.text)):
            continue
        before = [(i, f) for i, f in enumerate(out) if f.span.end <= f2.span.start and f.span.start < f2.span.start]
        if not before:
            continue
        i, f1 = max(before, key=lambda p: p[1].span.end)
        if not _exact(f1) or _told_apart(text, f1, f2, _dead_before(out, f2)) or f1.id.endswith(".hurt"):
            continue
        low = f1.low + f2.low  # type: ignore[operator]
        span = Span(f1.span.article_id, f1.span.start, f2.span.end, text[f1.span.start:f2.span.end])
        out[i] = replace(f1, low=low, high=low, best=None, span=span)
        out[j] = replace(f2, low=low, high=low, best=None)
    return out


_SECOND_SENTENCES_ON = 4  # how many sentence ends may lie between "a man" and "a second man"
_SECOND = re.compile(r"an?\s+second\s+(\w+)$", re.I)


def second_hurt_added(figures: list[Figure], text: str) -> list[Figure]:
    """``figures`` with "a second X" hurt added to "a X" hurt told before it (module doc): both carry 2."""
    out = list(figures)
    for j, f2 in enumerate(out):
        m = _SECOND.match(f2.span.text)
        if m is None or not _exact(f2) or f2.low != 1:
            continue
        noun = re.compile(rf"\b{re.escape(m.group(1))}\b", re.I)
        first = [(i, f) for i, f in enumerate(out) if _exact(f) and f.low == 1 and f.span.end <= f2.span.start
                 and re.fullmatch(rf"an?\s+{re.escape(m.group(1))}", f.span.text, re.I)]
        if len(first) != 1 or _APART.search(text, first[0][1].span.end, f2.span.start) or any(
                f.what == "killed" and f.span.start < f2.span.start and noun.search(f.span.text) for f in out):
            continue
        i, f1 = first[0]
        if len(_SENTENCE_END.findall(text, f1.span.end, f2.span.start)) > _SECOND_SENTENCES_ON:
            continue
        out[i] = replace(f1, low=2.0, high=2.0, best=None)
        out[j] = replace(f2, low=2.0, high=2.0, best=None)
    return out


def _dead_before(figures: list[Figure], f2: Figure) -> bool:
    """A count of the dead is told before ``f2``: one of the hurt counted first may be among them ("The boy, who was
    hit in the chest, had been in intensive care since" after "rose to four ... when a 15-year-old boy died": "Two
    other people wounded" are others than he, not more hurt)."""
    return any(f.what == "killed" and not f.background and f.span.start < f2.span.start for f in figures)


def _told_apart(text: str, f1: Figure, f2: Figure, dead_before: bool) -> bool:
    """The words between the two counts tell them apart: a word of another incident, or a sentence end where the
    second count does not open its sentence, or more than :data:`_SENTENCES_ON` of them, or any once a count of the
    dead was told (:func:`_dead_before`)."""
    between = text[f1.span.end:f2.span.start]
    if _APART.search(between):
        return True
    ends = len(_SENTENCE_END.findall(between))
    return ends > 0 and (dead_before or ends > _SENTENCES_ON or not _OPENS_SENTENCE.search(text[:f2.span.start]))
