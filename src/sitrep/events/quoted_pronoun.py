"""A third-person pronoun inside a direct quotation is never its speaker (issue 11).

In '"They shot at people who were only shouting," said X' or '"They shot straight at us. My cousin fell next to
me," said X', the speaker tells of himself by "I" or "we"; "they", "he", "she" or "it" is someone the speaker
names no further, seldom the side of the deed the narrative told just before. The pronoun is left blank (blank
beats wrong) rather than read as the speaker of the "said" clause or as the doer of the previous event.

Inside a quotation: an odd number of quotation marks stands between the start of the pronoun's sentence and the
pronoun, and one more closes the quotation later in that sentence or in the next one.
"""
from __future__ import annotations

__all__ = ["third_person_quoted"]

_THIRD = frozenset({"they", "he", "she", "it", "their", "his", "her", "its", "them", "him"})
_QUOTES = frozenset({'"', "“", "”", "``", "''"})


def third_person_quoted(pron) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``pron`` is a third-person pronoun inside a direct quotation (module docstring)."""
    if pron.lower_ not in _THIRD:
        return False
    doc, sent = pron.doc, pron.sent
    before = sum(1 for t in doc[sent.start:pron.i] if t.text in _QUOTES)
    if before % 2 == 0:
        return False
    end = sent.end if sent.end >= len(doc) else doc[sent.end].sent.end  # a quotation may run into the next sentence
    return any(t.text in _QUOTES for t in doc[pron.i + 1:end])
