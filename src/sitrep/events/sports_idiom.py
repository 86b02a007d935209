"""A match report's words of battle (issue 15; spurious records on sports reports).

Sports writing borrows the words of war: "Enyimba fought back from two goals down", "he struck again before the
half hour", "the visitors stormed into an early lead", "a bruising clash", "their attack came to life". A document
is a match report when it uses at least ``_MIN_WORDS`` distinct words of ``sports_words`` (goal, striker, coach,
league, referee, half-time ...). In such a report :func:`sports_idiom` reads a trigger as the game's idiom unless
its sentence names harm done off the pitch (a word of ``sports_harm_words``: police, fans, arrested, injured,
stabbed, tear gas, looted ...): a riot after a match, fans fighting police, a shooting at a stadium stay events.
Two such words name no harm where a match report puts them (``_spectators_or_blow``): the crowd watching ("beating a
Danish side 3-1 in front of 15,000 fans", "before 40,000 supporters") and a punch's target ("landing heavy shots to
the body").
"""
from __future__ import annotations

from sitrep.events.cues import doc_uses_cue, sense_cue

__all__ = ["sports_idiom", "sports_report"]

_MIN_WORDS = 4
_CROWD = frozenset({"fan", "supporter"})
_BODY = "body"


def sports_report(doc) -> bool:  # type: ignore[no-untyped-def]
    """``doc`` uses at least ``_MIN_WORDS`` distinct sports words."""
    return doc_uses_cue(doc, "sports_words", _MIN_WORDS)


def sports_idiom(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a word of battle in a match report's sentence that names no harm (module docstring)."""
    return sports_report(tok.doc) and not _names_harm(tok.sent)


def _spectators_or_blow(t) -> bool:  # type: ignore[no-untyped-def]
    """``t`` is the crowd that watched ("in front of 15,000 fans", "before 40,000 supporters") or where a punch
    landed ("heavy shots to the body")."""
    lem, head = t.lemma_.lower(), t.head
    if t.dep_ != "pobj":
        return False
    if lem in _CROWD:
        return head.lower_ == "before" or (head.lower_ == "of" and head.head.lower_ == "front")
    return lem == _BODY and head.lower_ == "to"


def _names_harm(sent) -> bool:  # type: ignore[no-untyped-def]
    """``sent`` holds a word (lemma or form) of ``sports_harm_words`` that is not a match's crowd or a punch's
    target."""
    words = sense_cue("sports_harm_words")
    return any((t.lemma_.lower() in words or t.lower_ in words) and not _spectators_or_blow(t) for t in sent)
