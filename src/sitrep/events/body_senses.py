"""A body's failing told in the words of a disaster (branch precision17, quiet_reports11 x11).

"Njoroge collapsed at his home", "she collapsed on stage": a person who collapses falls ill; no building fell, no
man-made disaster. :func:`person_collapsed` reads the verb "collapse" whose subject is a person (a personal pronoun
or a name the tagger calls a person).
"""
from __future__ import annotations

from sitrep.events.deps import child

_PERSONAL = frozenset({"he", "she", "i", "we", "you"})


def person_collapsed(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is the verb "collapse" with a person as its subject (module docstring)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "collapse":
        return False
    subj = child(tok, "nsubj")
    if subj is None and tok.dep_ == "conj":
        subj = child(tok.head, "nsubj")  # "He fell ill and collapsed"
    return subj is not None and (subj.lower_ in _PERSONAL or subj.ent_type_ == "PERSON")
