"""Datelines: whether a name heads a report as its dateline ("KABUL, June 3 -", "SPRINGFIELD, Ill. -") and the states
an upper-case dateline names, split out of geo/recognize.py.
"""

from __future__ import annotations

import re
from typing import Optional

from sitrep.geo.recognition_lists import abbrev_re


# a dateline: an upper-case town opening a line or following a by-line's full stop, then the state or country, the
# agency in brackets and a dash ("BOSTON (Reuters) -", "SEOUL, South Korea (AP) —", "CAIRO —")
_DATELINE_BEFORE = re.compile(r"(?:^|\n|[.!?]\s)\s*$")
# (the country's name may hold a small word or an apostrophe: "GOMA, Democratic Republic of Congo —")
# and a written date may stand before the dash ("ADEN, Oct 8 —", "LIMA, 4 May 2024 —"); South Asian papers close it
# with a colon ("PATNA:", "NEW DELHI, June 3:")
_DATELINE_AFTER = re.compile(r"(?:,[ \t]*[A-Z][A-Za-z.'’-]*(?:[ \t]+(?:(?:of|and|the|de|del|da|do|du)[ \t]+)?"
                             r"[A-Z][A-Za-z.'’-]*){0,3})?"
                             r"(?:,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)"
                             r"(?:,?[ \t]+\d{4})?)?[ \t]*(?:\([A-Za-z .&-]{1,40}\))?[ \t]*(?:[—–]|--?|:(?=[ \t]))")
# an upper-case name of two words or more, or with an apostrophe, opening the text or a line
DATELINE_HEAD = re.compile(r"(?:^|(?<=\n))[ \t]*([A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){1,3}|[A-Z]+['’][A-Z]+)"
                            r"(?=[ \t]*[,(—–:-])")


def is_dateline(text: str, start: int, end: int, town_sized: bool = True) -> bool:
    """True when text[start:end] is an upper-case name standing as an article's dateline. A colon closes one only
    for a ``town_sized`` name (a desk's town: "PATNA:"); a heading naming a person closes so too ("SMITH: ...")."""
    name = text[start:end]
    m = _DATELINE_AFTER.match(text, end)
    return (name.isupper() and sum(ch.isalpha() for ch in name) >= 3
            and bool(_DATELINE_BEFORE.search(text[max(0, start - 3):start]) or start == 0)
            and m is not None and (town_sized or not m.group(0).endswith(":")))


_UPPER_HEAD = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){0,3}$")


def upper_dateline_head(text: str, comma: int) -> Optional[re.Match]:
    """The upper-case words opening the text or a line right before ``comma``, where a dateline's state follows
    ("HAMILTON TOWNSHIP, N.J. —"): whatever town the words name (one the gazetteer lacks, or one it has in other
    states only), the abbreviation after them is the state the report was filed from."""
    m = _UPPER_HEAD.search(text, max(0, comma - 60), comma)
    if m is None or m.end() != comma or _DATELINE_AFTER.match(text, comma) is None:
        return None
    return m


def state_dateline_towns(text: str) -> frozenset[str]:
    """The upper-case word opening the text or a line before a state's abbreviation and a dateline's dash ("MOBILE,
    Ala. -"), as written and in title case: the report names a town there, whatever common word it spells, so the
    word is read as a name in the whole text ("in Mobile", "Mobile police") as a town the text calls one is."""
    out: set[str] = set()
    for m in abbrev_re().finditer(text, 0, 2000):
        head = upper_dateline_head(text, m.start())
        word = head.group(0).strip() if head is not None else ""
        if word.isalpha():
            out.update((word, word.title()))
    return frozenset(out)
