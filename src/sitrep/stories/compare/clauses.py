"""Which words are a figure's sentence and clause, and whether two figures are told in one clause.

Decides from the text alone: a sentence ends at ". ", "! ", "? " or a new line; a clause is the sentence cut at
"; ", ", and that ", ", while ", ", whereas " (so that words of a whole country in the other clause are not this
count's); two figures share a clause when they start within :data:`CLAUSE_CHARS` of each other with no sentence
end between them.
"""
from __future__ import annotations

import re

from sitrep.model import Figure

CLAUSE_CHARS = 160  # how far apart two figures of one clause may be


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end] (split at ". ", "! ", "? " and new lines)."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("! ", 0, start),
             text.rfind("? ", 0, start))
    his = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[lo + 1:min(his) if his else len(text)]


# breaks between the clauses of one sentence that tell two counts ("some 28,000 in the county were displaced, and
# that the number displaced across the country had passed 130,000"; "..., while ..."; "...; ...")
_CLAUSE_BREAK = re.compile(r"; |, and that |, while |, whereas ")


def clause_around(text: str, start: int, end: int) -> str:
    """The clause of the sentence holding text[start:end]: the sentence cut at a break before and after it (see
    ``_CLAUSE_BREAK``), so that words of a whole country in the other clause are not this count's."""
    sentence = sentence_around(text, start, end)
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("! ", 0, start),
             text.rfind("? ", 0, start)) + 1
    a, b = start - lo, end - lo
    if a < 0 or b > len(sentence):
        return sentence
    cuts = [m for m in _CLAUSE_BREAK.finditer(sentence)]
    left = max((m.end() for m in cuts if m.end() <= a), default=0)
    right = min((m.start() for m in cuts if m.start() >= b), default=len(sentence))
    return sentence[left:right]


def _same_clause(a: Figure, b: Figure, text: str) -> bool:
    lo, hi = sorted((a.span.start, b.span.start))
    if hi - lo > CLAUSE_CHARS:
        return False
    between = text[lo:hi] if text else ""
    return not re.search(r"[.!?]\s+[A-Z\"“]", between)
