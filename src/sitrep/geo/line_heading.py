"""A title-case place name heading a paragraph of a situation report: "Quetta: On 16 June, a device exploded ...",
"Jowhar: On 24 August, fighting ...", "North Kivu: ..." (issue 16, round-ups).

Humanitarian sitreps and security updates open each item on the town it happened in, in title case, closed by a
colon. The tagger reads such a line-opening word as a sentence's first word, not as a name, so the recogniser
rejected it as a capitalised common word and the item's events took the report's other towns (the previous
item's, or one named in passing). An upper-case dateline ("PATNA:") is ``datelines.is_dateline``'s; this reads the
title-case heading: one to three capitalised words opening a line (bullets and spaces before them only), a colon and
a space right after them, and text after that on the line. A one-word name that is an English word ("Update:",
"Background:", "Note:") is no heading of a place. A unit word may stand between the name and the colon ("Zolochiv
community: ...", "Bura district: ..."). It then has the cue a dateline has: its position says it is a name.
"""
from __future__ import annotations

import re

from sitrep.geo.first_names import english_word

_BEFORE = re.compile(r"(?:^|\n)[ \t*•·–—-]*$")
# the unit words a heading may name after its town before the colon (also read by events/heading_place)
HEADING_UNITS = frozenset({"community", "hromada", "district", "region", "province", "oblast", "county", "municipality",
                           "town", "village", "city", "area", "governorate", "raion", "state"})
_AFTER = re.compile(r"(?:[ \t]+(?:" + "|".join(sorted(HEADING_UNITS)) + r"))?:[ \t]+\S")
_NAME = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}")


def heading_name(text: str, start: int, end: int) -> bool:
    """text[start:end] is a title-case name heading its line, closed by a colon (see the module's doc)."""
    name = text[start:end]
    if not _NAME.fullmatch(name) or not _AFTER.match(text, end):
        return False
    if not _BEFORE.search(text[max(0, start - 8):start]) and start != 0:
        return False
    return " " in name or not english_word(name.lower())
