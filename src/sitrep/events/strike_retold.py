"""A report that tells a stoppage of work keeps telling it as "the strike" (issue 11; spurious records).

:func:`sitrep.events.word_senses.labour_strike` reads a strike as a stoppage of work by the words around it ("went
on strike", "a general strike", "a strike over diesel prices", "striking teachers"). A report that has told one
so goes on with the bare noun: "The strike, which began at dawn on Wednesday, left 40 ships waiting", "the union
said the strike would continue", each then read as an artillery strike. :func:`strike_told_before` reads such a
bare "strike" (no word before it in its noun phrase but a determiner: no "air strike", "drone strikes", "the
Israeli strike") as the same stoppage when another sentence of the document tells a stoppage of work: a strike so
read, people on strike, or workers who walked off the job (cue ``walkout_words``: "walked off the job", "a
walkout", "a stoppage").
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue

__all__ = ["strike_told_before"]

_STRIKE = "strike"
_DETS = frozenset({"the", "this", "that", "their", "its", "his", "her", "our"})


def _bare(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` has no word in its phrase before it but a determiner or a possessive ("the strike", "their strike")."""
    return tok.pos_ in ("NOUN", "PROPN") and all(
        c.i > tok.i or (c.dep_ in ("det", "poss") and c.lower_ in _DETS) for c in tok.children)


def _walkout(sent) -> bool:  # type: ignore[no-untyped-def]
    """``sent`` tells workers leaving work: a lemma of ``walkout_words`` ("walkout", "stoppage"), or "walk off the
    job" (the verb, its particle and the job)."""
    words = sense_cue("walkout_words")
    for t in sent:
        lem = t.lemma_.lower()
        if lem in words:
            return True
        if lem == "walk" and any(c.lower_ == "off" for c in t.children) and any(
                g.lemma_.lower() in ("job", "work") for c in t.children for g in [c, *c.children]):
            return True
    return False


def strike_told_before(tok, here) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a bare "strike" in a document whose other sentences tell a stoppage of work (module docstring);
    ``here`` reads one token by its own words (``word_senses.labour_strike`` without this rule)."""
    if tok.lemma_.lower() != _STRIKE or tok.lower_.startswith("struck") or not _bare(tok):
        return False
    doc = tok.doc
    own = tok.sent.start
    for sent in doc.sents:
        if sent.start == own:
            continue
        if _walkout(sent) or any(t.lemma_.lower() == _STRIKE and here(t) for t in sent):
            return True
    return False
