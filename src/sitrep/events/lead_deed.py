"""Whether a deed noun is the report's own incident told in its lead: "Police have named the victims of Saturday
night's stabbing outside a bar": a deed dated by its own possessive ("Saturday night's", "Friday's") in the first
sentence of the body names the news, not an event told before (nothing is told before the lead). Read by
``events/reference.py``, whose "victims of the attack" otherwise points back to an earlier sentence."""
from __future__ import annotations

import re

from sitrep.nlp.doctext import doc_text

# sentence-final punctuation followed by white space: an earlier sentence of the body (a headline or a dateline
# has none)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")
_DAY_WORDS = frozenset({"yesterday", "today", "tonight"})


def dated_possessive(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "Saturday night's stabbing", "Friday's attack", "yesterday's shooting": the deed noun's possessor is a date
    or time."""
    return any(c.dep_ == "poss" and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in _DAY_WORDS) for c in tok.children)


def in_lead(tok) -> bool:  # type: ignore[no-untyped-def]
    """The token's sentence is the body's first: no sentence ends before it (headline and dateline lines end
    without final punctuation)."""
    sent = tok.sent
    return _SENTENCE_END.search(doc_text(tok.doc)[:sent.start_char]) is None


def dated_lead_deed(tok) -> bool:  # type: ignore[no-untyped-def]
    """A deed noun dated by its own possessive in the report's lead sentence: the report's news."""
    return dated_possessive(tok) and in_lead(tok)
