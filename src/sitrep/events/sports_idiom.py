"""A match report's words of battle (issue 15; spurious records on sports reports).

Sports writing borrows the words of war: "Enyimba fought back from two goals down", "he struck again before the
half hour", "the visitors stormed into an early lead", "a bruising clash", "their attack came to life". A document
is a match report when it uses at least ``_MIN_WORDS`` distinct words of ``sports_words`` (goal, striker, coach,
league, referee, half-time ...), or two and a final score on a verb ("shot down the Chicago Bulls 128-104": branch
precision13). In such a report :func:`sports_idiom` reads a trigger as the game's idiom unless
its sentence names harm done off the pitch (a word of ``sports_harm_words``: police, fans, arrested, injured,
stabbed, tear gas, looted ...): a riot after a match, fans fighting police, a shooting at a stadium stay events.
Two such words name no harm where a match report puts them (``_spectators_or_blow``): the crowd watching ("beating a
Danish side 3-1 in front of 15,000 fans", "before 40,000 supporters") and a punch's target ("landing heavy shots to
the body"); nor does one inside a fixed phrase of ``data/non_event_phrases.tsv`` ("bombed out of the
Monterrey Open": branch precision16).
"""
from __future__ import annotations

from sitrep.events.cues import doc_uses_cue, sense_cue
from sitrep.nlp.doctext import doc_attr
from sitrep.nlp.span_words import names_any

__all__ = ["sports_idiom", "sports_report"]

_MIN_WORDS = 4
_MIN_WITH_SCORE = 2
_SCORE_DEPS = frozenset({"npadvmod", "dobj", "advmod"})
_DASHES = frozenset({"-", "\u2013"})
_CROWD = frozenset({"fan", "supporter"})
_BODY = "body"


def sports_report(doc) -> bool:  # type: ignore[no-untyped-def]
    """``doc`` uses at least ``_MIN_WORDS`` distinct sports words, or ``_MIN_WITH_SCORE`` and a final score hung on
    a verb (:func:`scoreline`)."""
    if doc_uses_cue(doc, "sports_words", _MIN_WORDS):
        return True
    return doc_uses_cue(doc, "sports_words", _MIN_WITH_SCORE) and _has_score(doc)


def scoreline(verb) -> bool:  # type: ignore[no-untyped-def]
    """``verb`` carries a score as its adverbial, two numbers joined by a dash: "shot down the Bulls 128-104", "beat
    Chelsea 3-1"; the parser may hang it on the team it follows, a proper noun; not "killed 10-15 people", where the
    numbers count a common noun)."""
    doc = verb.doc
    team = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    nums = [c for c in verb.children if c.dep_ in _SCORE_DEPS]
    nums += [c for c in team.children if c.dep_ == "nummod" and c.i > team.i] if team is not None else []
    return any(c.pos_ == "NUM" and c.text.isdigit() and c.i + 2 < len(doc) and doc[c.i + 1].text in _DASHES
               and doc[c.i + 2].text.isdigit() for c in nums)


def _has_score(doc) -> bool:  # type: ignore[no-untyped-def]
    key = "sitrep_sports_score"
    got = doc.user_data.get(key)
    if got is None:
        got = any(scoreline(doc[i]) for i, pos in enumerate(doc_attr(doc, "pos_")) if pos == "VERB")
        doc.user_data[key] = got
    return got


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
    return names_any(sent, words) and any((t.lemma_.lower() in words or t.lower_ in words) and not _spectators_or_blow(t)
               and not _in_idiom(t) for t in sent)


def _in_idiom(t) -> bool:  # type: ignore[no-untyped-def]
    """``t`` lies inside a fixed phrase that names no event ("bombed out of the Open": branch precision16)."""
    from sitrep.events.triggers import idiom_spans

    return any(a <= t.idx < b for a, b in idiom_spans(t.sent))
