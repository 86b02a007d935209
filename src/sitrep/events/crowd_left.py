"""A crowd that dispersed of itself met no intervention (issue 11, protest sub-types).

ACLED's Protest with intervention is a physical attempt by others to disperse or suppress a demonstration. "The
march passed off peacefully and dispersed in the afternoon, police said" tells the crowd going home: "disperse"
with an active subject and no object (:func:`crowd_dispersed`), no one breaking it up; the subject may be that
of the verb it is coordinated with ("the march passed off calmly and dispersed": no trigger of an intervention). The protest rules read a sentence's words of intervention (cue ``protest_intervention``), and
"disperse" is one of them; :func:`crowd_left_lemmas` gives the lemma back when every "disperse" of the sentence
is so told, so that the rules read it as absent, like "with no arrests reported"
(:func:`sitrep.events.crowd_violence.told_absent_lemmas`). "Police dispersed the crowd", "the crowd was
dispersed", "fired tear gas to disperse them" keep it. "Both rallies broke up by late afternoon" is told the same way: "break up"
with a subject and no object (:func:`leaving_verb`; "police broke up the rally" keeps its intervention; branch
protests4).
"""
from __future__ import annotations

from sitrep.events.deps import child
from sitrep.nlp.span_words import names_any

__all__ = ["crowd_dispersed", "crowd_left_lemmas", "leaving_verb"]

_DISPERSE = frozenset({"disperse", "scatter"})
_LEAVING = _DISPERSE | {"break"}  # every lemma leaving_verb takes


def leaving_verb(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a verb that may tell a crowd leaving: "disperse", "scatter", "break up" (with its particle)."""
    if tok.pos_ != "VERB":
        return False
    lem = tok.lemma_.lower()
    return lem in _DISPERSE or (lem == "break" and child(tok, "prt") is not None and child(tok, "prt").lower_ == "up")


def crowd_dispersed(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "the protesters dispersed", "the crowd dispersed peacefully", "the march passed off calmly and dispersed":
    "disperse" with an active subject (its own, or, with none of its own, that of the verb it is coordinated with)
    and no object tells the crowd leaving, not force used to break it up ("police dispersed the crowd", "the crowd
    was dispersed", "fired tear gas to disperse them"); so does a gerund with no object under "before" or "after"
    ("chanted slogans before dispersing": branch precision13)."""
    if child(tok, "dobj", "nsubjpass", "auxpass") is not None:
        return False
    if child(tok, "nsubj") is not None:
        return True
    if tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "advcl"):
        return True  # "chanted slogans before dispersing", "after dispersing": the subject of the verb above left
    head = tok.head
    return tok.dep_ == "conj" and head.i != tok.i and child(head, "nsubj") is not None \
        and child(head, "nsubjpass", "auxpass") is None


def crowd_left_lemmas(sent) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The lemmas of :data:`_DISPERSE` that ``sent`` tells only as a crowd leaving of itself (module docstring)."""
    if not names_any(sent, _LEAVING):
        return frozenset()  # no verb that may tell a crowd leaving
    left: set[str] = set()
    forced: set[str] = set()
    for t in sent:
        if leaving_verb(t):
            (left if crowd_dispersed(t) else forced).add(t.lemma_.lower())
    return frozenset(left - forced)
