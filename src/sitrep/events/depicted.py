"""Deeds told of a work about a war: a film, a novel, a play, an exhibition (branch precision7; quiet_reports q10).

A review or report on a work retells what the work shows: "a mortar attack on a football pitch lasts less than a
minute on screen but leaves eleven bodies", "in the novel's last chapter, militiamen burn the village". Nothing
happened in the report's time. A document is about a work when it uses at least ``_MIN_WORDS`` distinct words of
``work_words`` (film, director, cinema, premiere, novel, author, audience, screenplay ...). In such a document
:func:`depicted` reads a trigger as the work's content when its sentence names the depiction itself (a word of
``depiction_words``: screen, viewer, character, chapter, plot, episode, novel ...). Words that news of a real
attack uses as well ("the scene", "the film" shown in a cinema that was attacked, "caught on camera") are not
depiction words, so an attack on a cinema during a festival stays an event.
"""
from __future__ import annotations

from sitrep.events.cues import doc_uses_cue, sentence_names_cue

__all__ = ["depicted", "work_report"]

_MIN_WORDS = 4


def work_report(doc) -> bool:  # type: ignore[no-untyped-def]
    """``doc`` uses at least ``_MIN_WORDS`` distinct words about a work."""
    return doc_uses_cue(doc, "work_words", _MIN_WORDS)


def depicted(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is told of a work's content: a document about a work, a sentence naming the depiction."""
    return work_report(tok.doc) and sentence_names_cue(tok, "depiction_words")
