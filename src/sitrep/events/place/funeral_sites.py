"""Funerals (``data/aftermath_sites.tsv``, kind "funeral"): where the dead were mourned or carried for their rites, not
where they were killed ("Funeral prayers for the slain policemen were offered at the Police Lines in X", "the body of
the slain officer was brought to X for a funeral"). Not a burial's place ("were buried in X": most often where the
dead lived and died) nor a deed at a funeral ("killed 22 people at a funeral wake near X")."""
from __future__ import annotations

import functools

from sitrep.resources import words_by_kind

# a head noun that is a funeral's only with a word of mourning before it ("a funeral parlor", "a memorial service")
_QUALIFIED = frozenset({"parlor", "parlour", "home", "service"})
_MOURNING = frozenset({"funeral", "memorial", "burial"})


@functools.lru_cache(maxsize=None)
def aftermath_words(kind: str) -> frozenset[str]:
    """Words of one kind of ``data/aftermath_sites.tsv`` ("funeral", "court")."""
    return words_by_kind("aftermath_sites.tsv").get(kind, frozenset())


def _funeral_noun(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` names a funeral or burial: "funeral", "burial", "funeral prayers" (a noun with "funeral" before it),
    "a funeral parlor", "a memorial service"."""
    low = tok.lemma_.lower()
    words = aftermath_words("funeral")
    mourned = any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _MOURNING for c in tok.children)
    if low in _QUALIFIED:
        return mourned
    return tok.pos_ in ("NOUN", "PROPN") and (low in words or mourned)


def _for_funeral(verb) -> bool:  # type: ignore[no-untyped-def]
    """The verb has a "for" phrase of a funeral ("brought to X for a funeral", "gathered in X for the burial")."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and _funeral_noun(g) for g in c.children)
               for c in verb.children)


def funeral_site(doc, ts: list[int]) -> bool:  # type: ignore[no-untyped-def]
    """The place mention ``ts`` is where the dead were mourned: the object of a locative preposition (through "at the
    Y in X") of a verb of carrying the dead or holding their rites whose subject or object is a funeral noun ("Funeral
    prayers were offered at the Police Lines in X") or which has "for the funeral" ("was brought to X for a
    funeral"). Cheap: a word-set check of the sentence first."""
    last = doc[ts[-1]]
    sent = last.sent
    funeral = aftermath_words("funeral")
    if not any(t.lemma_.lower() in funeral or t.lower_ == "memorial" for t in sent):
        return False
    tset = set(ts)
    tok = last
    while tok.dep_ in ("compound", "flat") and tok.head.i in tset and tok.head.i != tok.i:
        tok = tok.head
    for _ in range(6):  # up the chain of "in X" / "at the Y in X" / "to X" phrases to the verb they hang on
        if tok.dep_ not in ("pobj", "appos", "conj") or tok.head.i == tok.i:
            return False
        prep = tok.head if tok.dep_ == "pobj" else None
        up = prep.head if prep is not None else tok.head
        if prep is not None and prep.pos_ != "ADP":
            return False
        if up.pos_ in ("NOUN", "PROPN"):
            tok = up  # "at the Police Lines in X": on to the verb (a deed "at a funeral wake in X" stays the deed's)
            continue
        if up.pos_ in ("VERB", "AUX"):
            return _mourning_verb(up)
        return False
    return False


def _mourning_verb(verb) -> bool:  # type: ignore[no-untyped-def]
    """A verb of the aftermath: a verb of carrying or holding whose subject or object is a funeral ("Funeral prayers
    were offered at X") or which has "for the funeral" ("was taken to X for burial")."""
    low = verb.lemma_.lower()
    if low not in _AFTERMATH_VERBS:  # not "buried in X": the dead are most often buried where they lived and died
        return False
    if _for_funeral(verb):
        return True
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "..., were offered at X": the first conjunct's subject
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and _funeral_noun(c) for v in verbs for c in v.children)


# verbs that carry the dead or hold their rites ("brought to X for burial", "prayers were offered at X"); a deed's
# verb ("struck a funeral in X", "gathered in X for the funeral when a bomb exploded") is none of them
_AFTERMATH_VERBS = frozenset({"offer", "hold", "bring", "take", "fly", "carry", "send", "transport", "move", "shift",
                              "return", "hand", "lead", "perform", "attend", "say"})
