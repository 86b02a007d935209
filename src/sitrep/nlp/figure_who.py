"""Whose a count is: :func:`_who`, the counted noun with its modifiers for people ("Turkish military personnel"), and
:func:`_owner`, whose the counted things are ("Syrian regime" of "Syrian regime targets": capitalised modifiers and the
lexicon's owner words).
"""
from __future__ import annotations

from typing import Any, Optional

from sitrep.nlp.figure_words import figure_lexicon


_WHO_DEPS = ("amod", "compound", "nmod", "poss")
_SKIP_WHO = {"other", "more", "some", "several", "many", "few", "additional", "further", "least", "total", "estimated"}


def _who(noun: Any, exclude: set[int]) -> Optional[str]:
    """The counted noun with its modifiers, lightly normalised ("Turkish military personnel")."""
    words = []
    for c in noun.children:
        if c.i < noun.i and c.dep_ in _WHO_DEPS and c.i not in exclude and not c.like_num and c.tag_ != "CD":
            sub = [t for t in c.subtree if t.i not in exclude and not t.like_num and t.dep_ not in ("det", "punct")]
            for t in sub:
                if t.lower_ in _SKIP_WHO:
                    continue
                words.append(t)
    words.append(noun)
    words.sort(key=lambda t: t.i)
    out = []
    for t in words:
        if t.lower_ in ("'s", "’s"):
            if out:
                out[-1] = out[-1] + "'s"
            continue
        keep_case = t.pos_ == "PROPN" or (t.text[:1].isupper() and t.ent_type_ in ("NORP", "GPE", "ORG"))
        out.append(t.text if keep_case else t.lower_)
    text = " ".join(out).strip()
    return text or None


def _owner(noun: Any, exclude: set[int]) -> Optional[str]:
    """Whose the counted things are ("Syrian regime" of "Syrian regime targets"), or None.

    Keeps capitalised modifiers (Syrian, Turkish, Hezbollah) and the ``owner`` words of the
    lexicon (regime, rebel, government…); drops descriptive ones ("observation posts", "armoured")."""
    owners = figure_lexicon().owners
    words = []
    for c in noun.children:
        if c.i < noun.i and c.dep_ in _WHO_DEPS and c.i not in exclude:
            for t in c.subtree:
                if t.i in exclude or t.like_num or t.dep_ in ("det", "punct"):
                    continue
                if t.text[:1].isupper() or t.lower_ in owners or t.lower_ in ("'s", "’s"):
                    words.append(t)
    words.sort(key=lambda t: t.i)
    out: list[str] = []
    for t in words:
        if t.lower_ in ("'s", "’s"):
            if out:
                out[-1] += "'s"
            continue
        out.append(t.text if t.text[:1].isupper() and not t.is_sent_start else t.lower_)
    return " ".join(out) or None
