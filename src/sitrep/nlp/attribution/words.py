"""No decision: the tables and helpers more than one module of the package reads: the characters a claim's
ends drop and the quotation marks, the text of a Doc read once (``_text``), a token range as characters
(:func:`_char_range`). ``_CLAUSE_DEPS`` is read by none (kept for the old import path)."""
from __future__ import annotations

from typing import Any

from sitrep.nlp.doctext import doc_text


_CLAUSE_DEPS = {"ccomp", "xcomp", "conj", "advcl", "parataxis", "punct", "cc", "mark", "dep"}
_QUOTE_OPEN = "\"“«„"
_QUOTE_CLOSE = "\"”»“"
_TRIM = " \t\n,;:—–-"
_text = doc_text  # ``doc.text`` rebuilds the string on every access: read it once per Doc


def _char_range(doc: Any, i: int, j: int) -> tuple[int, int]:
    return doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
