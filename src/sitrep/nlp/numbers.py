"""Quantities in English news text: number words, digits, approximations and ranges, as bounds.

Pure text processing (no spaCy). :func:`scan_quantities` finds every quantity
phrase in a text with its character offsets; :func:`parse_quantity` reads the
quantity a string begins with and returns its ``(low, high)`` bounds.

Bounds follow sitrep's data model (DESIGN.md §2). ``N`` is the nominal value:

=================================  ============================================
form                               bounds
=================================  ============================================
bare number "13", "seven"          low = high = N
"more than / over / above N"       low = N + 1 for a whole N (N otherwise), high = None
"at least / no fewer than N",      low = N, high = None
"N or more", "N-plus"
"up to / as many as / at most N"   low = None, high = N
"fewer than / less than / under N" low = None, high = N - 1 for a whole N (N otherwise)
"almost / nearly / close to N"     low = floor(0.9 N), high = N  (just below N: "nearly
                                   one million" is 900,000..1,000,000)
"about / around / some / roughly"  low = floor(0.9 N), high = ceil(1.1 N)  (a ±10% band)
"between A and B", "A to B", "A-B" low = A, high = B
"dozens"                           low = 24 (two dozen), high = None
"scores of"                        low = 40 (two score), high = None
"hundreds of" / "thousands of"     200..999 / 2,000..9,999 (at least two, below the next order)
"tens/hundreds of thousands"       20,000..99,999 / 200,000..999,999
"millions of"                      low = 2,000,000, high = None
"several hundred" / "a few         3..9 / 2..5 times the scale word
 thousand"
=================================  ============================================

A qualifier before a vague or ranged quantity keeps its direction: "more than
a dozen" is low 13, "more than hundreds" is low 200, high None. The qualifier
phrases and vague words live in ``data/figure_lexicon.tsv`` (kinds
``qualifier`` and ``vague``); the English number words are grammar and live here.
Whenever both bounds are set, ``low <= high``.
"""
from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from typing import NamedTuple, Optional

from sitrep.resources import data_path

Bounds = tuple[Optional[float], Optional[float]]

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
SCALE_ABBR = {"m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000}
CURRENCY = {"$": ("usd", "money_usd"), "€": ("eur", "money_eur"), "£": ("gbp", "money_gbp")}
FEW = {"several": (3, 9), "few": (2, 5)}  # "several hundred" = 300..900, "a few thousand" = 2,000..5,000
NUMBER_WORDS = set(SMALL) | set(TENS) | set(SCALES) | {"dozen", "half"}

_TOKEN_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+|%|²|[-–—]|\S")


@dataclass(frozen=True)
class Quantity:
    """A quantity phrase found in a text: offsets, bounds and what the scanner knows about it."""

    start: int
    end: int
    text: str
    low: Optional[float]
    high: Optional[float]
    value: Optional[float]  # the nominal number (before the qualifier's rule)
    rule: Optional[str] = None  # qualifier rule: gt, ge, le, lt, near, approx, range, vague
    unit: Optional[str] = None  # percent, km2, km (from a unit phrase after the number)
    unit_what: Optional[str] = None  # what the unit measures (area_km2, percent, distance_km)
    vague: bool = False  # "dozens", "hundreds of"
    words_only: bool = False  # written in words ("seven"), no digits
    year_like: bool = False  # a bare 4-digit number 1800..2100 ("2012")
    lone_one: bool = False  # the bare word "one" (often a pronoun: "the one who")


class _Tok(NamedTuple):  # a tuple: built for every token of every text, so kept cheap to make
    start: int
    end: int
    text: str
    low: str  # lower-case text


@dataclass(frozen=True)
class _Lexicon:
    prefix: dict[tuple[str, ...], str]  # qualifier words -> rule
    suffix: dict[tuple[str, ...], str]
    vague: dict[tuple[str, ...], Bounds]
    units: dict[tuple[str, ...], tuple[str, str, float]]  # words -> (unit, what, factor)
    max_prefix: int
    max_unit: int


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(t.group(0).lower() for t in _TOKEN_RE.finditer(phrase))


@functools.lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """Qualifier, vague-count and unit rows of ``data/figure_lexicon.tsv``."""
    prefix: dict[tuple[str, ...], str] = {}
    suffix: dict[tuple[str, ...], str] = {}
    vague: dict[tuple[str, ...], Bounds] = {}
    units: dict[tuple[str, ...], tuple[str, str, float]] = {}
    with open(data_path("figure_lexicon.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t") + ["", "", "", ""]
            kind, term, cat, extra = cols[0], cols[1], cols[2], cols[3]
            if kind == "qualifier":
                (suffix if extra == "suffix" else prefix)[_words(term)] = cat
            elif kind == "vague":
                vague[_words(term)] = (float(cat), float(extra) if extra else None)
            elif kind == "unit":
                unit, _, factor = extra.partition(":")
                units[_words(term)] = (unit, cat, float(factor or 1))
    return _Lexicon(
        prefix, suffix, vague, units,
        max(len(k) for k in prefix) if prefix else 0,
        max(len(k) for k in units) if units else 0,
    )


_new_tuple = tuple.__new__  # (a NamedTuple's own constructor is a Python function: made directly, a third less work)


def _tokens(text: str) -> list[_Tok]:
    return [_new_tuple(_Tok, (m.start(), m.end(), g, g.lower())) for m in _TOKEN_RE.finditer(text) for g in (m.group(),)]


def _is_whole(x: float) -> bool:
    return float(x).is_integer()


def _floor(x: float) -> float:
    return float(math.floor(round(x, 6)))


def _ceil(x: float) -> float:
    return float(math.ceil(round(x, 6)))


def apply_rule(rule: Optional[str], low: Optional[float], high: Optional[float]) -> Bounds:
    """Bounds of a quantity whose own bounds are ``low..high`` under a qualifier rule.

    For an exact number ``low == high == N``; the rules are those of the module docstring.
    """
    if rule is None:
        return low, high
    exact = low is not None and low == high
    if rule == "gt":
        if exact:
            assert low is not None
            return (low + 1 if _is_whole(low) else low), None
        return low, None
    if rule == "ge":
        return low, None
    top = high if high is not None else low
    if rule == "le":
        return None, top
    if rule == "lt":
        if top is None:
            return None, None
        return None, (top - 1 if exact and _is_whole(top) else top)
    if rule == "near":
        if not exact:
            return low, high
        assert low is not None
        return (_floor(0.9 * low) if _is_whole(low) else 0.9 * low), low
    if rule == "approx":
        if not exact:
            return low, high
        assert low is not None
        if _is_whole(low):
            return _floor(0.9 * low), _ceil(1.1 * low)
        return 0.9 * low, 1.1 * low
    return low, high


# --------------------------------------------------------------------------- number readers


def _digits(tok: _Tok) -> Optional[float]:
    """Value of a digit token; None for identifiers: leading zeros ("0690") and long bare runs
    of 7+ digits without separators (date stamps, phone numbers, document ids)."""
    t = tok.text
    if t[0].isdigit():
        whole = t.split(".")[0]
        if len(whole) > 1 and whole[0] == "0":
            return None
        if "," not in whole and len(whole) >= 7:
            return None
        try:
            return float(tok.text.replace(",", ""))
        except ValueError:
            return None
    return None


def _read_words(toks: list[_Tok], i: int) -> Optional[tuple[float, int]]:
    """English number words from ``toks[i]``: "seven", "twenty-five", "three hundred and twelve",
    "three million", "half a million", "a dozen", "two dozen". Returns (value, next index)."""
    n = len(toks)
    t = toks[i].low
    # "a dozen", "a hundred", "a million", "a half-million", "a half million"
    if t in ("a", "an") and i + 1 < n:
        nxt = toks[i + 1].low
        if nxt == "dozen":
            return 12.0, i + 2
        if nxt in SCALES:
            return _continue_words(toks, i + 1, 1.0)
        if nxt == "half":
            j = i + 2
            if j < n and toks[j].low in ("-", "–") and toks[j].start == toks[j - 1].end:
                j += 1
            if j < n and toks[j].low in SCALES and toks[j].low != "hundred":
                return 0.5 * SCALES[toks[j].low], j + 1
            if j < n and toks[j].low == "dozen":
                return 6.0, j + 1
        return None
    # "half a million", "half a dozen"
    if t == "half" and i + 2 < n and toks[i + 1].low in ("a", "an"):
        w = toks[i + 2].low
        if w in SCALES:
            return 0.5 * SCALES[w], i + 3
        if w == "dozen":
            return 6.0, i + 3
        return None
    if t not in SMALL and t not in TENS:
        return None
    return _continue_words(toks, i, None)


def _continue_words(toks: list[_Tok], i: int, lead: Optional[float]) -> Optional[tuple[float, int]]:
    """Accumulate a run of number words (standard total/current algorithm)."""
    n = len(toks)
    total, current = 0.0, (lead if lead is not None else 0.0)
    j = i
    seen = False
    last_kind = None
    while j < n:
        w = toks[j].low
        if w in ("-", "–") and seen and j + 1 < n and toks[j].start == toks[j - 1].end and toks[j + 1].start == toks[j].end and toks[j + 1].low in SMALL and last_kind == "tens":
            j += 1
            continue
        if w == "and" and seen and last_kind == "scale" and j + 1 < n and (toks[j + 1].low in SMALL or toks[j + 1].low in TENS):
            j += 1
            continue
        if w in SMALL and last_kind in (None, "scale", "tens"):
            if last_kind == "tens" and SMALL[w] >= 10:
                break
            current += SMALL[w]
            last_kind = "small"
        elif w in TENS and last_kind in (None, "scale"):
            current += TENS[w]
            last_kind = "tens"
        elif w in SCALES and (seen or lead is not None):
            s = SCALES[w]
            if current == 0:
                current = 1.0
            if s == 100:
                current *= 100
            else:
                total += current * s
                current = 0.0
            last_kind = "scale"
        elif w == "dozen" and last_kind in ("small", "tens"):
            current *= 12
            last_kind = "scale"
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    return total + current, j


def _read_number(toks: list[_Tok], i: int, text: str) -> Optional[tuple[float, int, bool]]:
    """A number at ``toks[i]``: digits with an optional scale word ("1.5 million"), or words.
    Returns (value, next index, words_only)."""
    n = len(toks)
    v = _digits(toks[i])
    if v is not None:
        j = i + 1
        if j < n:
            w = toks[j].low
            if w in SCALES:
                return v * SCALES[w], j + 1, False
            if w in SCALE_ABBR and toks[j].start == toks[i].end and (j + 1 >= n or not toks[j + 1].text[0].isalpha() or toks[j + 1].start > toks[j].end):
                return v * SCALE_ABBR[w], j + 1, False
            if w == "dozen":
                return v * 12, j + 1, False
        return v, j, False
    r = _read_words(toks, i)
    if r is None:
        return None
    return r[0], r[1], True


_FIRST_WORDS: dict[int, tuple[dict, int, frozenset]] = {}  # id(table) -> (table, its size, first words of its keys)


def _first_words(table: dict) -> frozenset:
    """First words of the table's keys, remembered per table (the lexicon's tables are built once; a table of
    another size or identity is read afresh)."""
    got = _FIRST_WORDS.get(id(table))
    if got is None or got[0] is not table or got[1] != len(table):
        got = _FIRST_WORDS[id(table)] = (table, len(table), frozenset(k[0] for k in table))
    return got[2]


def _match_phrase(toks: list[_Tok], i: int, table: dict, maxlen: int) -> Optional[tuple[tuple[str, ...], int]]:
    """Longest key of ``table`` (a tuple of lower-case words) starting at ``toks[i]``."""
    if i >= len(toks) or toks[i].low not in _first_words(table):
        return None
    for k in range(min(maxlen, len(toks) - i), 0, -1):
        key = tuple(t.low for t in toks[i : i + k])
        if key in table:
            return key, i + k
    return None


def _read_vague(toks: list[_Tok], i: int, lex: _Lexicon) -> Optional[tuple[Bounds, int]]:
    """"dozens", "hundreds of thousands", "several hundred", "a few thousand" at ``toks[i]``."""
    n = len(toks)
    t = toks[i].low
    j = i + 1 if t == "a" and i + 1 < n and toks[i + 1].low == "few" else i
    w = toks[j].low
    if w in FEW and j + 1 < n and toks[j + 1].low in SCALES:
        a, b = FEW[w]
        s = SCALES[toks[j + 1].low]
        return (float(a * s), float(b * s)), j + 2
    m = _match_phrase(toks, i, lex.vague, 3)
    if m is None:
        return None
    key, j = m
    followed_by_of = j < n and toks[j].low == "of"
    # "scores" alone is too ambiguous (test scores); the others may stand alone ("dozens were killed")
    if key == ("scores",) and not followed_by_of:
        return None
    return lex.vague[key], j


# --------------------------------------------------------------------------- scanning


def _bad_context(text: str, start: int, end: int) -> bool:
    """Digits glued to letters (M5, 3rd), clock times, dates with slashes, arithmetic (2 + 5 =)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalpha() or before in "#$€£/\\_@" or after.isalpha() or after in "/_@":
        return True
    if after == ":" and end + 1 < len(text) and text[end + 1].isdigit():
        return True
    if before == ":" and start >= 2 and text[start - 2].isdigit():
        return True
    if before == "-" and start >= 2 and (text[start - 2].isalpha() or text[start - 2].isdigit()):  # Su-24, 2020-02-11
        return True
    if after in "-./" and end + 1 < len(text) and text[end + 1].isdigit():  # 2020-02-11, 11.02.2020, 1/3
        return True
    around = text[max(0, start - 3) : start] + text[end : end + 3]
    if "+" in around or "=" in around:
        return True
    return False


_SPAN_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours"})


def _compound_adjective(toks: list[_Tok], j: int) -> bool:
    """Number followed by '-word' ("nine-year-old", "two-day", "12-hour"): an adjective, not a count; also with a
    space after the hyphen before a unit of time, as wire copy breaks words ("a 12- year-old girl")."""
    if j + 1 < len(toks) and toks[j].low in ("-", "–") and toks[j].start == toks[j - 1].end:
        nxt = toks[j + 1]
        if nxt.start == toks[j].end and nxt.text[0].isalpha() and nxt.low not in NUMBER_WORDS and nxt.low not in ("plus", "odd"):
            return True
        if nxt.low in _SPAN_UNITS:
            return True
    return False


def _read_core(toks: list[_Tok], i: int, text: str, lex: _Lexicon):
    """A number, vague count or range starting at ``toks[i]``.

    Returns (low, high, value, next index, vague, words_only, is_range) or None."""
    n = len(toks)
    # "between A and B", "from A to B"
    if toks[i].low in ("between", "from") and i + 1 < n:
        a = _read_number(toks, i + 1, text)
        if a is not None and a[1] < n and toks[a[1]].low in (("and",) if toks[i].low == "between" else ("to",)) and a[1] + 1 < n:
            b = _read_number(toks, a[1] + 1, text)
            if b is not None:
                lo, hi = _range_values(a, b)
                if lo <= hi:
                    return lo, hi, lo, b[1], False, a[2] and b[2], True
        return None
    vg = _read_vague(toks, i, lex)
    if vg is not None:
        (lo, hi), j = vg
        return lo, hi, lo, j, True, True, False
    a = _read_number(toks, i, text)
    if a is None:
        return None
    v, j, words = a
    # "A to B", "A-B", "A or B" ranges
    if j + 1 < n and toks[j].low in ("to", "-", "–", "or"):
        sep = toks[j]
        tight = sep.low in ("-", "–") and sep.start == toks[j - 1].end and toks[j + 1].start == sep.end
        if sep.low in ("to", "or") or tight:
            b = _read_number(toks, j + 1, text)
            if b is not None and (sep.low != "or" or (words and b[2])):
                lo, hi = _range_values(a, b)
                if lo < hi:
                    return lo, hi, lo, b[1], False, words and b[2], True
    return v, v, v, j, False, words, False


def _range_values(a: tuple[float, int, bool], b: tuple[float, int, bool]) -> tuple[float, float]:
    """Bounds of "A to B"; "3 to 4 million" carries B's scale to A."""
    lo, hi = a[0], b[0]
    if lo < hi and hi >= 1000 and lo < 1000:
        for s in (1_000_000_000, 1_000_000, 1_000):
            if hi >= s and lo * s <= hi:
                lo = lo * s
                break
    return lo, hi  # the caller keeps the range only when lo < hi ("2020-02" is no range)


def scan_quantities(text: str) -> list[Quantity]:
    """Every quantity phrase in ``text``, left to right, with offsets, bounds and qualifiers.

    The scan is linear in the length of the text. Offsets satisfy
    ``text[q.start:q.end] == q.text``.
    """
    return _scan(text)


def _scan(text: str, every_token: bool = False) -> list[Quantity]:
    """:func:`scan_quantities`; ``every_token`` tries each token, without passing over those that start no
    quantity (the slow reading the tests compare the fast one with)."""
    lex = lexicon()
    toks = _tokens(text)
    n = len(toks)
    out: list[Quantity] = []
    starts = _start_words(lex)
    i = 0
    while i < n:
        tok = toks[i]
        if not every_token and tok.low not in starts and not tok.text[0].isdigit():
            i += 1  # no quantity begins here (_quantity_at would answer None, i + 1)
            continue
        q, nxt = _quantity_at(toks, i, text, lex)
        if q is not None:
            out.append(q)
            i = nxt
        else:
            i += 1
    return out


_STARTS: dict[int, tuple[_Lexicon, frozenset]] = {}


def _start_words(lex: _Lexicon) -> frozenset:
    """Every lower-case token, digits aside, at which :func:`_quantity_at` can find a quantity: the first words of
    qualifiers and vague counts, the range openers, currency signs and the words ``_read_words`` starts with."""
    got = _STARTS.get(id(lex))
    if got is None or got[0] is not lex:
        got = _STARTS[id(lex)] = (lex, frozenset(
            _first_words(lex.prefix) | _first_words(lex.vague) | {"between", "from", "a", "an", "half"}
            | set(FEW) | set(SMALL) | set(TENS) | set(CURRENCY)))
    return got[1]


def _skip_currency(toks: list[_Tok], j: int) -> int:
    """Index after a currency sign glued to digits ("$50"), else ``j``."""
    if j + 1 < len(toks) and toks[j].text in CURRENCY and toks[j + 1].start == toks[j].end and toks[j + 1].text[0].isdigit():
        return j + 1
    return j


def _suffix_rule(toks: list[_Tok], k: int, last: _Tok, lex: _Lexicon) -> tuple[Optional[str], int]:
    """The qualifier after a number ending with ``last`` ("20 or more", "300-plus", "50 or so") and the index after
    it; (None, ``k``) when none follows."""
    n = len(toks)
    if k < n and toks[k].low in ("-",) and k + 1 < n and toks[k + 1].low == "plus" and toks[k].start == last.end:
        return "ge", k + 2
    ms = _match_phrase(toks, k, lex.suffix, 2)
    if ms is not None:
        return lex.suffix[ms[0]], ms[1]
    return None, k


def _unit_at(toks: list[_Tok], k: int, lex: _Lexicon) -> Optional[tuple[str, str, float, int]]:
    """The unit after a number ("600 square kilometers", "40%"): (unit, what it measures, factor, index after it);
    None when none follows."""
    n = len(toks)
    mu = _match_phrase(toks, k, lex.units, lex.max_unit) if k < n else None
    if mu is None:
        return None
    key, k2 = mu
    if not (key == ("%",) or toks[k].start > toks[k - 1].end or key[0][0].isalpha()):
        return None
    unit, unit_what, factor = lex.units[key]
    k = k2
    if k < n and toks[k].low == "²" and toks[k].start == toks[k - 1].end:
        k += 1
    return unit, unit_what, factor, k


def _prefix_rule(toks: list[_Tok], i: int, text: str, lex: _Lexicon) -> tuple[Optional[str], int]:
    """The qualifier before the number at ``i`` ("some", "over", "under", "at least") and where the number starts;
    a qualifier counts only when a number follows. (None, i) without one."""
    m = _match_phrase(toks, i, lex.prefix, lex.max_prefix)
    if m is not None:
        key, j2 = m
        if j2 < len(toks) and _read_core(toks, _skip_currency(toks, j2), text, lex) is not None:
            return lex.prefix[key], j2
    return None, i


def _bounds(rule: Optional[str], lo: Optional[float], hi: Optional[float], vague: bool,
            is_range: bool) -> tuple[Optional[float], Optional[float], Optional[str]]:
    """(low, high, rule) of a read number: a range as read ("range" unless a qualifier says more), a vague or plain
    one by its qualifier's rule (:func:`apply_rule`; "vague" for a vague one without); never inverted bounds."""
    if is_range:
        rule = rule or "range"
        low, high = lo, hi
    elif vague:
        low, high = apply_rule(rule, lo, hi)
        rule = rule or "vague"
    else:
        low, high = apply_rule(rule, lo, hi)
    if low is not None and high is not None and low > high:  # defensive: never emit inverted bounds
        low, high = high, low
    return low, high, rule


def _quantity_at(toks: list[_Tok], i: int, text: str, lex: _Lexicon) -> tuple[Optional[Quantity], int]:
    rule, j = _prefix_rule(toks, i, text, lex)
    currency = None
    if _skip_currency(toks, j) != j:
        currency, j = CURRENCY[toks[j].text], j + 1
    core = _read_core(toks, j, text, lex)
    if core is None:
        return None, i + 1
    lo, hi, value, k, vague, words, is_range = core
    first_num = toks[j]
    last = toks[k - 1]
    if not vague and (first_num.text[0].isdigit() or last.text[0].isdigit()):
        # a currency sign is the one thing allowed glued before the digits
        if _bad_context(text, first_num.start if currency is None else toks[j - 1].start, last.end):
            return None, k
    if _compound_adjective(toks, k):
        return None, k + 2
    if rule is None:
        rule, k = _suffix_rule(toks, k, last, lex)
    unit = unit_what = None
    mu = _unit_at(toks, k, lex)
    if mu is not None:
        unit, unit_what, factor, k = mu
        lo = lo * factor if lo is not None else None
        hi = hi * factor if hi is not None else None
        value = value * factor if value is not None else None
    if currency is not None and unit is None:
        unit, unit_what = currency
    low, high, rule = _bounds(rule, lo, hi, vague, is_range)
    start, end = toks[i].start, toks[k - 1].end
    single = k - j == 1 and not vague and not is_range
    year_like = (
        single and rule is None and unit is None and re.fullmatch(r"\d{4}", first_num.text) is not None
        and 1800 <= int(first_num.text) <= 2100
    )
    q = Quantity(
        start=start, end=end, text=text[start:end], low=low, high=high, value=value, rule=rule,
        unit=unit, unit_what=unit_what, vague=vague, words_only=words, year_like=year_like,
        lone_one=single and first_num.low == "one" and rule is None,
    )
    return q, k


def parse_quantity(text: str) -> Optional[Bounds]:
    """Bounds ``(low, high)`` of the quantity ``text`` begins with, or None when it begins with none.

    >>> parse_quantity("more than 300")
    (301.0, None)
    >>> parse_quantity("nearly one million")
    (900000.0, 1000000.0)
    >>> parse_quantity("half a million")
    (500000.0, 500000.0)
    """
    lead = len(text) - len(text.lstrip())
    toks = _tokens(text)
    if not toks:
        return None
    q, _ = _quantity_at(toks, 0, text, lexicon())
    if q is None or q.start != lead:
        return None
    return q.low, q.high
