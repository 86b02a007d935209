"""Decides that "March" or "May" is the month, not a protest march or the verb: a date entity, next to a day
number, a capital after a date preposition or inside the sentence. Evidence: the word, its neighbours and the NER
label. Read by :mod:`.not_event_use` and by the sub-type rules.
"""
from __future__ import annotations


MONTH_WORDS = frozenset({"march", "may"})
DATE_PREPS = frozenset({"in", "on", "since", "until", "till", "by", "last", "next", "early", "late", "mid", "of",
                        "from", "through", "before", "after", "during", "this", "each", "every"})


def month_name(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "March" the month: a date entity, a capital inside the sentence, or next to a day or a year."""
    if tok.lower_ not in MONTH_WORDS:
        return False
    if tok.ent_type_ in ("DATE", "TIME"):
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    prv = tok.nbor(-1) if tok.i > 0 else None
    if nxt is not None and nxt.like_num:
        return True
    if tok.text[:1].isupper() and (prv is not None and prv.lower_ in DATE_PREPS):
        return True
    return tok.text[:1].isupper() and tok.i != tok.sent.start and not any(c.dep_ == "det" for c in tok.children)
