"""Whether a demonym names a language ("translated from Spanish", "spoke French"), not a people or a state
(:func:`language_word`)."""
from __future__ import annotations


# verbs whose object, or whose "from" / "into" / "in" phrase, names a language: "translated from Spanish", "spoke
# French", "shouted in Arabic" (common English)
_LANGUAGE_VERBS = frozenset({"translate", "speak", "write", "shout", "say", "broadcast", "publish", "dub"})


def language_word(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok``, a demonym ("Spanish", "French"), names a language: the tagger calls it one (LANGUAGE), or it is the
    object of a verb of speaking or translating, or the noun of its "from" / "into" / "in" phrase."""
    if tok is None:
        return False
    if tok.ent_type_ == "LANGUAGE":
        return True
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("from", "into", "in"):
        head = head.head
    elif tok.dep_ != "dobj":
        return False
    return head.lemma_.lower() in _LANGUAGE_VERBS or head.lower_ in ("translation", "translated")
