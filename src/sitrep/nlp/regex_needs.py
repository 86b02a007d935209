"""Literal words a regular expression cannot match without, for skipping patterns a text cannot match.

:func:`needed_literals` reads a pattern's parse tree and returns a set of lower-case ASCII strings one of which
must occur in any text the pattern matches under ``re.IGNORECASE`` (None when no such set is found: the pattern
must always run). :func:`folded` gives the text to look for them in. The test is exact in one direction only:
a pattern whose set has no member in ``folded(text)`` cannot match anywhere in ``text``, so dropping it from an
alternation leaves every match of the alternation unchanged (the alternatives left keep their order).
"""
from __future__ import annotations

from itertools import chain
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


# --------------------------------------------------------------------------- where a match can start

_ASCII_WORD_RANGES = ((48, 57), (65, 90), (97, 122))  # 0-9, A-Z, a-z
_WORD = None  # compiled on first use: r"\w"


def _is_word_char(ch: str) -> bool:
    global _WORD
    if _WORD is None:
        import re

        _WORD = re.compile(r"\w")
    return bool(_WORD.fullmatch(ch))


def word_start_class(pattern: str) -> Optional[str]:
    """When every match of ``pattern`` starts a word (the pattern opens with a look-behind that refuses a word
    character before it, or one that asks for a space or a sign right before it, in each of its alternatives where
    it opens with several; and the first character it consumes is always a word character, ``\\w``; no match is
    empty): a character class (regex source, ``[...]``) holding every such first character. None otherwise (unknown,
    or a match may start inside a word, on a space or a sign). Compiled with the pattern's own flags, the class
    decides case as the pattern does. Lookarounds and anchors need no character and are passed over (they only
    narrow where a match starts)."""
    tree = _p.parse(pattern)
    if not _opens_after_non_word(tree.data):
        return None
    got = _first_seq(tree)
    if got is None or got[1] or not got[0]:
        return None
    return "[" + "".join(dict.fromkeys(got[0])) + "]"


def _opens_after_non_word(items) -> bool:  # type: ignore[no-untyped-def]
    """The sequence's first item refuses a word character right before where it matches (:func:`_after_non_word`,
    :func:`_after_sign`), or is a group or an alternation each of whose alternatives opens so ("(?:(?<=\\bat )|
    (?<=\\bbetween ))", "(?<![\\w$])hours|(?<=\\bfor\\s)hours")."""
    if not items:
        return False
    op, av = items[0]
    if _after_non_word(op, av) or _after_sign(op, av):
        return True
    if op is _c.SUBPATTERN:
        return not av[1] and not av[2] and _opens_after_non_word(av[-1].data)  # (no local flags)
    if op is _c.BRANCH:
        return all(_opens_after_non_word(b.data) for b in av[1])
    return False


def _after_sign(op, av) -> bool:  # type: ignore[no-untyped-def]
    """The item is a look-behind whose last item is a character that is no word character: a literal space or sign,
    or a class of spaces and such literals (``(?<=\\bat )``, ``(?<=\\bfor\\s)``)."""
    if op is not _c.ASSERT or av[0] != -1 or not av[1].data:
        return False
    lop, lav = av[1].data[-1]
    if lop is _c.LITERAL:
        return not _is_word_char(chr(lav))
    if lop is _c.IN:
        return bool(lav) and all(i is _c.CATEGORY and v is _c.CATEGORY_SPACE
                                 or i is _c.LITERAL and not _is_word_char(chr(v)) for i, v in lav)
    return False


def _after_non_word(op, av) -> bool:  # type: ignore[no-untyped-def]
    """The item is a negative look-behind of one character class that holds every word character (``(?<![\\w...])``)
    or a word boundary (``\\b``; with a word character after it, as :func:`word_start_class` asks)."""
    if op is _c.AT and av is _c.AT_BOUNDARY:
        return True  # "\\b" before a word character: no word character before it
    if op is not _c.ASSERT_NOT or av[0] != -1 or len(av[1].data) != 1:
        return False
    iop, items = av[1].data[0]
    return iop is _c.IN and (_c.CATEGORY, _c.CATEGORY_WORD) in items and all(i[0] is not _c.NEGATE for i in items)


def _first_seq(items) -> Optional[tuple[list[str], bool]]:  # type: ignore[no-untyped-def]
    """(class items the first consumed character may be, whether the sequence can match empty), or None."""
    acc: list[str] = []
    for op, av in items:
        got = _first_item(op, av)
        if got is None:
            return None
        acc.extend(got[0])
        if not got[1]:
            return acc, False
    return acc, True


def _first_item(op, av) -> Optional[tuple[list[str], bool]]:  # type: ignore[no-untyped-def]
    import re

    if op is _c.LITERAL:
        ch = chr(av)
        return ([re.escape(ch)], False) if _is_word_char(ch) else None
    if op is _c.IN:
        out: list[str] = []
        for iop, iav in av:
            if iop is _c.LITERAL and _is_word_char(chr(iav)):
                out.append(re.escape(chr(iav)))
            elif iop is _c.RANGE and any(lo <= iav[0] <= iav[1] <= hi for lo, hi in _ASCII_WORD_RANGES):
                out.append(f"{chr(iav[0])}-{chr(iav[1])}")
            elif iop is _c.CATEGORY and iav is _c.CATEGORY_DIGIT:
                out.append(r"\d")
            elif iop is _c.CATEGORY and iav is _c.CATEGORY_WORD:
                out.append(r"\w")
            else:
                return None  # a negated class, a space, a sign: may start outside a word
        return out, False
    if op is _c.SUBPATTERN:
        if av[1] or av[2]:
            return None  # local flags
        return _first_seq(av[-1])
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _first_seq(av)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        sub = _first_seq(av[2])
        if sub is None:
            return None
        return sub[0], sub[1] or av[0] == 0
    if op is _c.BRANCH:
        out, empty = [], False
        for b in av[1]:
            sub = _first_seq(b)
            if sub is None:
                return None
            out.extend(sub[0])
            empty = empty or sub[1]
        return out, empty
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return [], True  # zero-width: the next item consumes the first character
    return None


# --------------------------------------------------------------------------- how a match can begin

_PREFIX_LEN = 3
_PREFIX_MAX = 20_000  # more prefixes than this: no test (the set would cost more than it saves)
_WIDE = 40  # a class of more ASCII characters than this is taken as any character


def ascii_prefixes(pattern: str, flags: int = 0) -> Optional[tuple[frozenset[str], frozenset[str], frozenset[str]]]:
    """How every match of ``pattern`` (compiled with ``flags``) begins, in lower case: three sets of strings of length
    3, 2 and 1; a match at ``p`` of a text whose lower-cased characters ``p .. p+2`` are all ASCII begins with a
    member of the first set, or (when the pattern leaves its second or third character open: a wide class, a
    non-ASCII character, the end of the match) with a member of the second or third. A test for where a match may
    begin, exact in one direction only: a position whose lower-cased characters are ASCII and begin with none of
    them cannot begin a match. None when unknown (or too many)."""
    got = _PrefixWalk(flags).seq(_p.parse(pattern).data, {("", True)})
    if got is None:
        return None
    by_len: list[set[str]] = [set(), set(), set(), set()]
    for s, _comp in got:
        by_len[min(len(s), _PREFIX_LEN)].add(s[:_PREFIX_LEN])
    if by_len[0]:
        return None  # a match may begin with anything
    return frozenset(by_len[3]), frozenset(by_len[2]), frozenset(by_len[1])


def _class_source(op, av) -> Optional[str]:  # type: ignore[no-untyped-def]
    """The regex source of one literal or character class item; None for any other item (or a class item with no
    source here)."""
    import re

    if op is _c.LITERAL:
        return re.escape(chr(av))
    if op is not _c.IN:
        return None
    parts = []
    for iop, iav in av:
        if iop is _c.NEGATE:
            parts.insert(0, "^")
        elif iop is _c.LITERAL:
            parts.append(re.escape(chr(iav)))
        elif iop is _c.RANGE:
            parts.append(f"{re.escape(chr(iav[0]))}-{re.escape(chr(iav[1]))}")
        elif iop is _c.CATEGORY and iav in _CATEGORY_SRC:
            parts.append(_CATEGORY_SRC[iav])
        else:
            return None
    return "[" + "".join(parts) + "]"


def _open(starts: set) -> set:
    """The starts still growing: complete and shorter than a prefix."""
    return {(s, comp) for s, comp in starts if comp and len(s) < _PREFIX_LEN}


def _closed(starts: set) -> set:
    """The starts that pass through unchanged: incomplete (left open) or full-length."""
    return {(s, comp) for s, comp in starts if not comp or len(s) >= _PREFIX_LEN}


class _PrefixWalk:
    """The walk of :func:`ascii_prefixes` over a parse tree: sets of (text so far, complete?) pairs, grown item by
    item; the characters a class matches are compiled once per walk under the pattern's flags."""

    def __init__(self, flags: int) -> None:
        self.flags = flags
        self.cache: dict = {}

    def chars(self, op, av) -> Optional[frozenset[str]]:  # type: ignore[no-untyped-def]
        """The ASCII characters (lower-cased) one item matches; None: unknown or wide."""
        import re

        src = _class_source(op, av)
        if src is None:
            return None
        key = (src, self.flags)
        if key not in self.cache:
            rx = re.compile(src, self.flags)
            got = frozenset(chr(i).lower() for i in range(128) if rx.fullmatch(chr(i)))
            self.cache[key] = got if len(got) <= _WIDE else None
        return self.cache[key]

    def seq(self, items, starts: set) -> Optional[set]:  # type: ignore[no-untyped-def]
        # starts: (text so far, complete?) pairs; incomplete ones (or full-length ones) pass through unchanged
        for op, av in items:
            starts = self.item(op, av, starts)
            if starts is None or len(starts) > _PREFIX_MAX:
                return None
            if all(not comp or len(s) >= _PREFIX_LEN for s, comp in starts):
                break
        return starts

    def item(self, op, av, starts: set) -> Optional[set]:  # type: ignore[no-untyped-def]
        done = _closed(starts)
        todo = _open(starts)
        if not todo:
            return done
        if op in (_c.LITERAL, _c.IN):
            cs = self.chars(op, av)
            if cs is None:
                return done | {(s, False) for s, _ in todo}
            return done | {(s + ch, True) for s, _ in todo for ch in cs}
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            return starts
        if op is _c.SUBPATTERN:
            if av[1] or av[2]:
                return None
            got = self.seq(av[-1], todo)
            return None if got is None else done | got
        if op is _c.BRANCH:
            out = set(done)
            for b in av[1]:
                got = self.seq(b, todo)
                if got is None:
                    return None
                out |= got
            return out
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            return self.repeat(av, done, todo)
        return None

    def repeat(self, av, done: set, todo: set) -> Optional[set]:  # type: ignore[no-untyped-def]
        """A repeated item (``av``: least, most, the item), unrolled until every prefix is filled."""
        lo, hi, sub = av
        out = set(done)
        cur = set(todo)
        for k in range(_PREFIX_LEN + 1):  # enough repetitions to fill every prefix
            if k >= lo:
                out |= cur
            if k == hi:
                return out
            nxt = self.seq(sub, _open(cur))
            if nxt is None:
                return None
            out |= _closed(cur)
            cur = nxt
            if not cur:
                return out
        # more repetitions possible: what is left open stays open
        return out | {(s, False) for s, _ in cur}


_CATEGORY_SRC = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
                 _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"}


# --------------------------------------------------------------------------- matches tried at word starts only

Prefixes = tuple[frozenset[str], frozenset[str], frozenset[str]]
_WORD_RUN = None  # compiled on first use: r"\w+"


def word_start_prefixes(pat: "re.Pattern") -> Optional[Prefixes]:  # type: ignore[name-defined]
    """How the matches of a compiled pattern begin (:func:`ascii_prefixes`) when every match starts a word
    (:func:`word_start_class`); else None (:func:`word_matches` then scans every character)."""
    import re

    if pat.flags & (re.ASCII | re.LOCALE) or not isinstance(pat.pattern, str) or not word_start_class(pat.pattern):
        return None  # (a word character as Unicode reads it, as word_starts does)
    return ascii_prefixes(pat.pattern, pat.flags)


_PREFIXES: dict = {}  # compiled pattern -> word_start_prefixes (word_finditer)


def word_finditer(pat, text: str):  # type: ignore[no-untyped-def]
    """``pat.finditer(text)`` through :func:`word_matches`, the pattern's prefixes read once."""
    if pat not in _PREFIXES:
        _PREFIXES[pat] = word_start_prefixes(pat)
    return word_matches(pat, text, _PREFIXES[pat])


def word_starts(text: str, low: Optional[str] = None) -> Optional[dict[str, list[int]]]:
    """Where each word of ``text`` starts, by its first three characters in ``low`` (:func:`folded` text, given or
    made here); None when the folded text does not line up with the text (one character for one)."""
    global _WORD_RUN
    if _WORD_RUN is None:
        import re

        _WORD_RUN = re.compile(r"\w+")
    if low is None:
        low = folded(text)
    if len(low) != len(text):
        return None
    by: _Starts = _Starts()
    for m in _WORD_RUN.finditer(text):
        p = m.start()
        w = low[p:p + 3]
        got = by.get(w)
        if got is None:
            by[w] = [p]
        else:
            got.append(p)
    by.odd = tuple(w for w in by if not w.isascii())
    by.short = None
    by.keyset = set(by)
    return by


class _Starts(dict):  # type: ignore[type-arg]
    """:func:`word_starts`' dict, which also keeps its keys that are not ASCII (``odd``: every pattern may begin
    there) and, made on first need, its keys by their first two and first character (``short``), so that
    :func:`word_matches` picks the starts of a pattern only by set intersections instead of a test per key; its keys
    also as a set (``keyset``): a set intersected with a frozenset walks the smaller of the two, where ``dict.keys() &
    frozenset`` walks the whole frozenset (thousands of prefixes for the rules that begin with a number), once per
    rule and text."""

    __slots__ = ("odd", "short", "keyset")

    def keys_by_prefix(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """The keys by their first two characters and by their first character, made once."""
        if self.short is None:
            two: dict[str, list[str]] = {}
            one: dict[str, list[str]] = {}
            for w in self:
                two.setdefault(w[:2], []).append(w)
                one.setdefault(w[:1], []).append(w)
            self.short = (two, one)
        return self.short


def _start_positions(starts: dict[str, list[int]], pre: Prefixes) -> list[int]:
    """The positions of ``starts`` whose word begins as a match with prefixes ``pre`` can, in order."""
    s3, s2, s1 = pre
    if isinstance(starts, _Starts):  # (the same keys as the test per key below)
        keys = starts.keyset & s3
        keys.update(starts.odd)
        if s2 or s1:
            two, one = starts.keys_by_prefix()
            for k in two.keys() & s2:
                keys.update(two[k])
            for k in one.keys() & s1:
                keys.update(one[k])
        return sorted(chain.from_iterable(map(starts.__getitem__, keys)))
    return sorted(p for w, ps in starts.items()
                  if not w.isascii() or w in s3 or w[:2] in s2 or w[:1] in s1 for p in ps)


def word_matches(pat, text: str, pre: Optional[Prefixes], starts: Optional[dict[str, list[int]]] = None):  # type: ignore[no-untyped-def]
    """The matches ``pat.finditer(text)`` gives, found by ``pat.match`` at the word starts (``starts``, made here
    when not given) that begin as a match can (``pre``, :func:`word_start_prefixes`), in order, each try after the
    last match's end: finditer tries every character, and a match cannot begin anywhere else (much less work for
    a pattern that must scan each character, such as a leading look-behind or word boundary before an
    alternation). Plain finditer when ``pre`` is None."""
    if pre is not None and starts is None:
        starts = word_starts(text)
    if pre is None or starts is None:
        yield from pat.finditer(text)
        return
    match, pos = pat.match, 0
    for p in _start_positions(starts, pre):
        if p < pos:
            continue
        m = match(text, p)
        if m is not None:
            yield m
            pos = m.end()
