"""The doer of "A Dawlah Islamiyah sniper shot dead a soldier" where the parser read "sniper shot" as one noun.

spaCy reads "A <name> sniper shot dead ..." (a group's name, not a demonym, before a noun of attackers and a verb
that is also a noun) as a noun compound: the verb has no subject, and the attacker noun, the article and the name
hang on the verb as its "compound" and "det" children. The attacker noun just before the verb, with an article
before it, is the verb's subject (event sense cue ``attacker_nouns``: gunman, attacker, assailant, raider, bandit,
sniper, terrorist); the name before it is part of its phrase (events/roles.np_tokens, :func:`misparsed_modifiers`).
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue

__all__ = ["compound_doer", "misparsed_modifiers"]

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def compound_doer(v):  # type: ignore[no-untyped-def]
    """The attacker noun read as a "compound" of verb ``v`` (right before it, an article before it, ``v`` with no
    subject); None otherwise."""
    if v.pos_ != "VERB" or v.i == 0 or any(c.dep_ in _SUBJECTS for c in v.children):
        return None
    c = v.doc[v.i - 1]
    if c.head.i != v.i or c.dep_ != "compound" or c.lemma_.lower() not in sense_cue("attacker_nouns"):
        return None
    if not any(d.dep_ == "det" and d.i < c.i for d in v.children):
        return None
    return c


def misparsed_modifiers(tok) -> list:  # type: ignore[no-untyped-def]
    """The words before attacker noun ``tok`` that the parser hung on the verb with it ("A Dawlah Islamiyah" of "A
    Dawlah Islamiyah sniper shot"): the contiguous run of the verb's det/compound/amod/punct children before it."""
    doer = compound_doer(tok.head)
    if doer is None or doer.i != tok.i:
        return []
    mods = [c for c in tok.head.children if c.i < tok.i and c.dep_ in ("det", "compound", "amod", "punct", "nmod")]
    out = []
    for c in sorted(mods, key=lambda t: -t.i):
        if c.i != (out[-1].i if out else tok.i) - 1:
            break
        out.extend(sorted(c.subtree, key=lambda t: -t.i) if c.dep_ != "det" else [c])
    return sorted(out, key=lambda t: t.i)
