"""Ages told after a number: "all between 19 and 24 years old", "aged from 19 to 24", "18 to 25 years of age".

A number (or the top of a range) followed by "years old" / "years of age" is the age of the people just named, never
a count of them ("The soldiers killed, all between 19 and 24 years old, were buried": no toll of 19 to 24). The
hyphenated "a 52-year-old man" and "aged 61" are read where the numbers are found (:mod:`sitrep.nlp.figures`); this
is the spelled-out form after the number, the one a range of ages takes.
"""
from __future__ import annotations

import re

_YEARS_OLD = re.compile(r"^\s*(?:years?|yrs?\.?)\s+(?:old\b|of\s+age\b)", re.I)


def told_as_age(text: str, end: int) -> bool:
    """The number ending at ``text[end]`` is followed by "years old" / "years of age": an age."""
    return bool(_YEARS_OLD.match(text[end:end + 24]))
