"""A word alone in quotation marks, called or played, not told as done (branch precision14; quiet_reports8 o10,
o11).

"The vote was a "massacre" for the old parties", "critics called the cuts a "slaughter"", "firefighters carried
"injured" workers on stretchers": a single word set in quotation marks is a name given to something, or a role
played. :func:`scare_quoted` tells such a word; :func:`called_word` tells an event noun so quoted that is what
something is called (the attribute of "be" or "become", or the "as" object of "describe", "call", "brand"): it names
no incident of its own (a real incident so called is told by its own words elsewhere in the report).
"""
from __future__ import annotations

__all__ = ["called_word", "scare_quoted"]

_COPULA = frozenset({"be", "become", "remain"})
_CALLING = frozenset({"describe", "call", "brand", "label", "term", "dub", "characterise", "characterize"})


def scare_quoted(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` stands alone between quotation marks ("a "massacre"")."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].is_quote and doc[tok.i + 1].is_quote


def called_word(tok) -> bool:  # type: ignore[no-untyped-def]
    """An event noun alone in quotation marks that is what something is called: "the vote was a "massacre"",
    "described the vote as a "massacre"", "called it a "slaughter""."""
    if tok.pos_ not in ("NOUN", "PROPN") or not scare_quoted(tok):
        return False
    head = tok.head
    if tok.dep_ == "attr" and head.lemma_.lower() in _COPULA:
        return True
    if tok.dep_ == "oprd" and head.lemma_.lower() in _CALLING:
        return True
    return tok.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in _CALLING
