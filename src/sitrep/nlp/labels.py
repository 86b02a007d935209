"""Numbers that label, never count: "a Grade 11 learner", "a Year 9 pupil", "Form 4 students", "Ward 12",
"Flight 370", "Room 204" (issue 16). The number after such a capitalised noun names a school year, a ward, a room or
a flight: a count read from it ("a 17-year-old Grade 11 learner was stabbed to death": 11 dead) is wrong."""
from __future__ import annotations

import re

__all__ = ["label_number"]

# the capitalised nouns a label number follows (school years in the US, UK, Commonwealth and South African styles;
# wards, rooms, flats, units, gates, flights, precincts, a township's extension, a phase, a level, a floor, a block)
_LABEL_BEFORE = re.compile(r"\b(?:Grade|Year|Form|Standard|Class|Ward|Room|Flat|Unit|Suite|Apartment|Apt\.|Platform|"
                           r"Gate|Flight|Precinct|Extension|Phase|Level|Floor|Block|No\.|Number)\s+$")


def label_number(text: str, start: int) -> bool:
    """The number that begins at ``text[start]`` is the label of the capitalised noun before it ("Grade 11")."""
    return bool(_LABEL_BEFORE.search(text, max(0, start - 20), start))
