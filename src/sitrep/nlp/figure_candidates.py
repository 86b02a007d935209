"""Which numbers of an article are candidate counts at all.

The quantities of :func:`sitrep.nlp.numbers.scan_quantities` plus spaCy's CARDINAL/QUANTITY/PERCENT spans it missed,
minus the spans of time expressions and the numbers that count nobody (:func:`_not_a_count`): ages set off by commas,
"aged", brackets or "a woman of 41", calibres, phone numbers, house and road numbers, clock times ("at 0815"), the
day or two-digit year of a date, hyphenated adjectives. "No one" / "not one" is a count of none (:func:`no_one`, the
one reader of those words). ``_Intervals`` keeps the overlap tests linear-logarithmic.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Any, Iterable

from sitrep.model import Analysis
from sitrep.nlp.ages import told_as_age
from sitrep.nlp.labels import label_number
from sitrep.nlp.numbers import Quantity, parse_quantity, scan_quantities
from sitrep.nlp.doctext import doc_ents
from sitrep.nlp.figure_words import figure_lexicon


class _Intervals:
    """Union of character intervals, for overlap tests in O(log n) (keeps the pass linear-logarithmic)."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1  # last interval starting before `end`
        return i >= 0 and self.ends[i] > start


def _candidates(doc: Any, text: str, analysis: Analysis) -> list[Quantity]:
    """Quantities from the scanner plus spaCy number spans it missed; minus dates and times."""
    qs = scan_quantities(text)
    covered = _Intervals((q.start, q.end) for q in qs)
    for ent in doc_ents(doc):
        if ent.label_ not in ("CARDINAL", "QUANTITY", "PERCENT"):
            continue
        if covered.overlaps(ent.start_char, ent.end_char):
            continue
        after = text[ent.end_char : ent.end_char + 2]
        if len(after) == 2 and after[0] in "-–" and after[1].isalpha():
            continue  # "seven-member panel": an adjective (the scanner skips these too)
        if ent.text.isdigit() and len(ent.text) == 4:
            continue  # a year
        b = parse_quantity(ent.text)
        if b is None:
            continue
        qs.append(Quantity(ent.start_char, ent.end_char, ent.text, b[0], b[1], b[0] if b[0] is not None else b[1]))
    times = _Intervals((t.span.start, t.span.end) for t in analysis.times)
    return [_no_one(text, q) for q in sorted(qs, key=lambda q: q.start)
            if not times.overlaps(q.start, q.end) and not _not_a_count(text, q)]


def _no_one(text: str, q: Quantity) -> Quantity:
    """ "No one was killed", "not one person died", "no one in X was hurt or killed": a count of none (the one reader
    of "no one"; :mod:`sitrep.nlp.joint_harm` leaves such a count as it is)."""
    if not no_one(text, q.start, q.end):
        return q
    return replace(q, low=0.0, high=0.0, value=0.0, rule=None)


def no_one(text: str, start: int, end: int) -> bool:
    """The number at ``text[start:end]`` is the "one" of "no one" / "not one"."""
    return text[start:end].lower() == "one" and bool(_NO_ONE.search(text, max(0, start - 5), start))


# ", 18," after a name is an age; ".45 caliber", "9mm" a calibre; "555-0199" a phone number; "1200 Main Street" an
# address (house number before a capitalised street name and a street word)
# the age of "a man aged 61", "died at the age of 81"
_AGED_BEFORE = re.compile(r"\b(?:aged|ages?)(?:\s+of)?\s+$", re.I)
# the last age of a list: "the children, ages 4 and 6", "aged 19, 22 and 25", "between the ages of 22 and 29"
_AGED_LIST_BEFORE = re.compile(r"\b(?:aged|ages?)(?:\s+of)?\s+\d{1,3}(?:\s*,\s*\d{1,3})*,?\s+(?:and|or|to|&)\s+$", re.I)
_AGE_BEFORE = re.compile(r"[A-Za-z\)]\s*,\s*$")
# the last age of a list set off by commas after people: "His sons, 22 and 19, were hurt", "Two women, 19 and 35,"
_AGE_LIST_END = re.compile(r"[A-Za-z\)]\s*,\s*\d{1,3}(?:\s*,\s*\d{1,3})*,?\s+(?:and|&)\s+$")
# "a woman of 41", "a boy of 12": "of" and a number after a single person (the lexicon's person nouns) tell an age;
# a body of people ("a family of five", "a unit of 40") is counted
_PERSON_OF_BEFORE = re.compile(r"\b(?:a|an)\s+([a-z]+)\s+of\s+$", re.I)
_BODIES = frozenset({"family", "personnel", "staff", "police", "militia", "troop", "element", "member", "people",
                     "crew", "team", "unit"})
_AGE_AFTER = re.compile(r"^\s*(?:,|\)|;|\.(?!\d)|$|and\s+\w+\s*,)")
# "Declan Hurley (52)", "his wife (34)": an age in brackets after a name or a person (Irish, British, South Asian style)
_AGE_PAREN_BEFORE = re.compile(r"[A-Za-z]\s*\(\s*$")
_AGE_PAREN_AFTER = re.compile(r"^\s*\)")
_CALIBRE_AFTER = re.compile(r"^\s*-?\s*(?:cal\b|calib(?:er|re)s?\b|mm\b|millimet(?:er|re)\b|magnum\b|gauge\b|acp\b)", re.I)
_PHONE = re.compile(r"^[\d\s().-]*$")
_STREET_AFTER = re.compile(r"^\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|"
                           r"Way|Place|Pl|Court|Ct|Highway|Hwy|Terrace|Parkway|Pkwy|Circle|Square)\b")

# a house number before a named street whose street word (and a direction) may be lower case: "at 10 west Varela
# street"; the street's own name is capitalised, so "10 people on Main Street" stays a count
_STREET_NAMED = re.compile(r"^\s+(?:(?i:north|south|east|west)\s+)?(?:[A-Z][a-z]+\s+){1,3}(?i:street|avenue|road|"
                           r"boulevard|lane|drive|highway|calle|avenida)\b")
# a day before a month name: "the 16 November killing", "on 3 Sept."; "may" and "march" only with a year or comma
_DAY_MONTH = re.compile(r"^\s+(?:(?:january|february|april|june|july|august|september|october|november|december|"
                        r"jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?|(?:march|may)\b\.?,?\s*(?:\d{2,4}\b|,))",
                        re.I)

# a 24-hour clock time ("at 0815", "(1415 GMT)", "at 2300 hours"); a day-month-year date with a two-digit year
_CLOCK = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d$")
_CLOCK_BEFORE = re.compile(r"\b(?:at|by|until|till|from|since|around|about|approximately|before|after)\s+$", re.I)
_CLOCK_AFTER = re.compile(r"^\s*(?:GMT|UTC|Z\b|hours?\b|hrs\b|h\b|local\b|EST\b|EDT\b)", re.I)
_MONTH_AFTER = re.compile(r"^\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{2}(?:\d{2})?\b", re.I)
_MONTH_BEFORE = re.compile(r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$", re.I)
# the number of a road or exit ("Interstate 40", "Highway 61", "Route 9", "U.S. 1", "Exit 301"); "no one", "not one"
# (a count of none: the only words that read it, see :func:`no_one`)
_ROAD_BEFORE = re.compile(r"\b(?:Interstate|Highway|Hwy\.?|Route|Rte\.?|US|U\.S\.|State\s+Road|County\s+Road|Exit|I-)\s*$")
_NO_ONE = re.compile(r"\b(?:no|not)\s+$", re.I)


def _not_a_count(text: str, q: Quantity) -> bool:
    """Numbers that count nobody: ages set off by commas after a name or in brackets ("Declan Hurley (52)"), calibres, phone numbers, house numbers, road
    numbers, clock times ("at 0815", "1415 GMT") and two-digit years of a date ("19 Mar 89")."""
    if told_as_age(text, q.end) and (q.value or 0) < 120:
        return True  # "all between 19 and 24 years old": their ages, never their count
    if q.rule is not None and q.rule != "approx" or q.unit_what:
        return False
    before, after = text[max(0, q.start - 40) : q.start], text[q.end : q.end + 40]
    digits = q.text.split()[-1] if q.text.split() else ""
    if _CLOCK.match(digits) and (_CLOCK_BEFORE.search(before) or _CLOCK_AFTER.match(after)):
        return True
    if q.rule is not None:
        return False
    if q.text.isdigit() and (_ROAD_BEFORE.search(before) or label_number(text, q.start)):
        return True
    if q.text.isdigit() and len(q.text) == 2 and _MONTH_BEFORE.search(before):
        return True
    if q.text.isdigit() and len(q.text) <= 2 and _MONTH_AFTER.match(after):
        return True  # the day of "19 Mar 89"
    if q.text.isdigit() and 1 <= int(q.text) <= 31 and _DAY_MONTH.match(after):
        return True  # the day of "the 16 November killing of six teachers"
    if _AGE_BEFORE.search(before) and _AGE_AFTER.match(after) and (q.value or 0) < 120:
        return True
    if q.text.isdigit() and int(q.text) < 120 and before.rstrip().endswith(("and", "&")) \
            and _AGE_LIST_END.search(before) and _AGE_AFTER.match(after):
        return True  # "His sons, 22 and 19, suffered injuries": the last of a list of ages, no count
    if (_AGED_BEFORE.search(before) or _AGED_LIST_BEFORE.search(before)) and (q.value or 0) < 120:
        return True  # "a woman aged 58 were killed", "children ages 5 to 12": an age
    if q.text.isdigit() and int(q.text) < 120 and _person_of(before):
        return True
    if q.text.isdigit() and _AGE_PAREN_BEFORE.search(before) and _AGE_PAREN_AFTER.match(after) and int(q.text) < 120:
        return True
    if before.endswith(".") and q.text[:1].isdigit() or _CALIBRE_AFTER.match(after):
        return True
    if after[:1] in "-" and after[1:2].isdigit() or before[-1:] == "-" and before[-2:-1].isdigit():
        return True
    return bool(q.text[:1].isdigit() and (_STREET_AFTER.match(after) or _STREET_NAMED.match(after)))


def _person_of(before: str) -> bool:
    """ "a woman of 41": the text before a number ends on a single person noun and "of" (an age, no count)."""
    m = _PERSON_OF_BEFORE.search(before)
    if m is None or m.group(1).lower() in _BODIES:
        return False
    info = figure_lexicon().nouns.get(m.group(1).lower())
    return info is not None and info[1] == "person"
