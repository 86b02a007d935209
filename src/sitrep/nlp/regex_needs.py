"""Literal words a regular expression cannot match without, for skipping patterns a text cannot match.

:func:`needed_literals` reads a pattern's parse tree and returns a set of lower-case ASCII strings one of which
must occur in any text the pattern matches under ``re.IGNORECASE`` (None when no such set is found: the pattern
must always run). :func:`folded` gives the text to look for them in. The test is exact in one direction only:
a pattern whose set has no member in ``folded(text)`` cannot match anywhere in ``text``, so dropping it from an
alternation leaves every match of the alternation unchanged (the alternatives left keep their order).
"""
from __future__ import annotations

from typing import Optional

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

# Under re.IGNORECASE these four non-ASCII letters match ASCII letters (Python's re documentation, "[a-z]" with
# IGNORECASE); mapped before lower-casing, so a needed literal is found wherever the pattern could match.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def folded(text: str) -> str:
    """The text in which to look for needed literals: the four special letters mapped, then lower-cased."""
    if not text.isascii():
        text = text.translate(_FOLD)
    return text.lower()


def needed_literals(pattern: str) -> Optional[frozenset[str]]:
    """Lower-case strings one of which any match of ``pattern`` (under re.IGNORECASE) contains; None if unknown."""
    return _seq(_p.parse(pattern))


def _best(cands: list[frozenset[str]]) -> Optional[frozenset[str]]:
    # any candidate is a correct answer; the one whose shortest member is longest rules out the most texts
    return max(cands, key=lambda s: (min(len(x) for x in s), -len(s))) if cands else None


def _seq(items) -> Optional[frozenset[str]]:  # type: ignore[no-untyped-def]
    cands: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            cands.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        flush()
        if op is _c.SUBPATTERN:
            sub = _seq(av[-1])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            sub = _seq(av[2])
        elif op is _c.BRANCH:
            alts = [_seq(b) for b in av[1]]
            sub = None if any(a is None for a in alts) else frozenset().union(*alts)  # type: ignore[arg-type]
        else:
            sub = None  # a class, an anchor, an optional part: needs nothing
        if sub:
            cands.append(sub)
    flush()
    return _best(cands)
