"""A report's lede as a telling of its one incident (issue 16): a count told before the incident's first event
mention is still its count when the lede tells it.

- :func:`lede_no`: the report's first sentence with a verb (a dateline the parser left as a sentence is not it).
- :func:`bodies_of`: a count of "the bodies of three men were discovered": the report of found bodies names its
  incident in the lede and tells the deed ("murder", "killed elsewhere") only sentences later, so the lede's count is
  the incident's however far the deed's word is (read by :mod:`sitrep.events.toll_orphans`).
- :func:`hurt_told_before`: a count of hurt in the lede or in the sentence just before the incident's first mention,
  in a sentence with no event of its own ("Two men were sent to hospital with non-life-threatening injuries after
  shots were fired ... Surrey RCMP said they received several 911 calls ... reporting gunfire"), as
  :func:`sitrep.events.toll_orphans.attach_orphan_tolls` takes the dead (read by
  :mod:`sitrep.events.toll_orphan_wounds`).
"""
from __future__ import annotations

import re
from typing import Callable

from sitrep.events.toll_incident import ORPHAN_SENTENCES
from sitrep.model import KILLED_WHAT, EventMention, Figure
from sitrep.nlp.doctext import doc_text

_BODIES_OF = re.compile(r"\b(?:bodies|remains|corpses) of (?:the |a further |another )?$", re.I)


def lede_no(doc, sentence_starts: list[int]) -> int:  # type: ignore[no-untyped-def]
    """The index of the report's first sentence: the first one with a verb, so that a dateline the parser left as a
    sentence of its own ("URUAPAN, Mexico, May 6 —") is not taken for the lede."""
    if doc is None:
        return 0
    for k, start in enumerate(sentence_starts[:3]):
        end = sentence_starts[k + 1] if k + 1 < len(sentence_starts) else len(doc_text(doc))
        sp = doc.char_span(start, end, alignment_mode="expand")
        if sp is None or any(t.pos_ in ("VERB", "AUX") for t in sp):
            return k
    return 0


def bodies_of(f: Figure, doc) -> bool:  # type: ignore[no-untyped-def]
    """``f`` counts bodies found: its number follows "the bodies of" ("the bodies of three men were discovered")."""
    if doc is None or f.span is None:
        return False
    return bool(_BODIES_OF.search(doc_text(doc)[max(0, f.span.start - 30):f.span.start]))


def hurt_told_before(f: Figure, first: int, events: list[EventMention], figures: list[Figure],  # type: ignore[no-untyped-def]
                     sentence_starts: list[int], sent_no: Callable[[int], int], doc) -> bool:
    """``f``, told before the incident's first sentence ``first``, is in the sentence just before it or in the lede
    (within :data:`ORPHAN_SENTENCES` of ``first``), a sentence that tells no event of its own, and no dead the
    incident did not take ("A student died and two others were hurt after a brawl", where the brawl took no toll:
    its hurt alone would read as a toll of zero)."""
    k = sent_no(f.span.start)
    if k != first - 1 and not (k == lede_no(doc, sentence_starts) and first - k <= ORPHAN_SENTENCES):
        return False
    if any(sent_no(e.sentence.start) == k for e in events):
        return False
    taken = {e.fatalities.id for e in events if e.fatalities is not None}
    return not any(g.what in KILLED_WHAT and (g.low or 0) > 0 and not g.background and g.id not in taken
                   and sent_no(g.span.start) == k for g in figures)
