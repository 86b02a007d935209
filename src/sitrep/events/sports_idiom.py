"""A match report's words of battle (issue 15; spurious records on sports reports).

Sports writing borrows the words of war: "Enyimba fought back from two goals down", "he struck again before the
half hour", "the visitors stormed into an early lead", "a bruising clash", "their attack came to life". A document
is a match report when it uses at least ``_MIN_WORDS`` distinct words of ``sports_words`` (goal, striker, coach,
league, referee, half-time ...). In such a report :func:`sports_idiom` reads a trigger as the game's idiom unless
its sentence names harm done off the pitch (a word of ``sports_harm_words``: police, fans, arrested, injured,
stabbed, tear gas, looted ...): a riot after a match, fans fighting police, a shooting at a stadium stay events.
"""
from __future__ import annotations

from sitrep.events.cues import doc_uses_cue, sentence_names_cue

__all__ = ["sports_idiom", "sports_report"]

_MIN_WORDS = 4


def sports_report(doc) -> bool:  # type: ignore[no-untyped-def]
    """``doc`` uses at least ``_MIN_WORDS`` distinct sports words."""
    return doc_uses_cue(doc, "sports_words", _MIN_WORDS)


def sports_idiom(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a word of battle in a match report's sentence that names no harm (module docstring)."""
    return sports_report(tok.doc) and not sentence_names_cue(tok, "sports_harm_words")
