"""A music or show-business report's words of battle (issue 15; spurious records on chart and entertainment news).

Chart and music writing borrows the words of violence as sports writing does: "the singer shot to No. 1", "a debut
album shot up the chart", "critics said she killed it at a sold-out show", "his last album bombed", "the rapper is
fighting back with a tour". A document is such a report when it uses at least ``_MIN_WORDS`` distinct words of
``showbiz_words`` (album, chart, song, singer, rapper, concert, playlist ...: words that name music, not the
ambiguous "band", "track", "single" or "label"). In such a report :func:`showbiz_idiom` reads a trigger as the
trade's idiom unless its sentence names harm (a word of ``sports_harm_words``: police, arrested, injured, stabbed,
gunman, hospital, dead ...): a stabbing at a concert, a singer shot outside a studio, fans crushed and police called
stay events. The verb "bomb" with no object and no passive ("the album bombed": a flop) is itself such an idiom,
not a word of harm.
"""
from __future__ import annotations

from sitrep.events.cues import doc_uses_cue, sense_cue

__all__ = ["showbiz_idiom", "showbiz_report"]

_MIN_WORDS = 4


def showbiz_report(doc) -> bool:  # type: ignore[no-untyped-def]
    """``doc`` uses at least ``_MIN_WORDS`` distinct words of music and show business."""
    return doc_uses_cue(doc, "showbiz_words", _MIN_WORDS)


def _flop(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "its last album bombed": the verb "bomb" with no object, no passive subject and no agent."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() == "bomb" and not any(
        c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent") for c in tok.children)


def _names_harm(tok) -> bool:  # type: ignore[no-untyped-def]
    words = sense_cue("sports_harm_words")
    return any((t.lemma_.lower() in words or t.lower_ in words) and not _flop(t) for t in tok.sent)


def showbiz_idiom(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a word of battle in a music report's sentence that names no harm (module docstring)."""
    return showbiz_report(tok.doc) and not _names_harm(tok)
