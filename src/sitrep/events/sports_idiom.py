"""A match report's words of battle (issue 15; spurious records on sports reports).

Sports writing borrows the words of war: "Enyimba fought back from two goals down", "he struck again before the
half hour", "the visitors stormed into an early lead", "a bruising clash", "their attack came to life". A document
is a match report when it uses at least ``_MIN_WORDS`` distinct words of ``sports_words`` (goal, striker, coach,
league, referee, half-time ...). In such a report :func:`sports_idiom` reads a trigger as the game's idiom unless
its sentence names harm done off the pitch (a word of ``sports_harm_words``: police, fans, arrested, injured,
stabbed, tear gas, looted ...): a riot after a match, fans fighting police, a shooting at a stadium stay events.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue

__all__ = ["sports_idiom", "sports_report"]

_MIN_WORDS = 4
_KEY = "sitrep_sports_report"


def sports_report(doc) -> bool:  # type: ignore[no-untyped-def]
    """``doc`` uses at least ``_MIN_WORDS`` distinct sports words (cached on the doc)."""
    got = doc.user_data.get(_KEY)
    if got is None:
        words = sense_cue("sports_words")
        seen = {t.lemma_.lower() for t in doc if t.lemma_.lower() in words}
        got = len(seen) >= _MIN_WORDS
        doc.user_data[_KEY] = got
    return got


def sports_idiom(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a word of battle in a match report's sentence that names no harm (module docstring)."""
    if not sports_report(tok.doc):
        return False
    harm = sense_cue("sports_harm_words")
    return not any(t.lemma_.lower() in harm or t.lower_ in harm for t in tok.sent)
