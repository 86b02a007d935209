"""No decision: the lower-cased lemma that every check of the package reads."""
from __future__ import annotations


def _lem(tok) -> str:  # type: ignore[no-untyped-def]
    return tok.lemma_.lower()
