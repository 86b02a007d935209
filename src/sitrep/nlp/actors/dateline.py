"""Whether a place name is a report's dateline ("BEIRUT: ...", "KYIV, March 3 (Reuters) -"): a place, not an
agent (:func:`_is_dateline`)."""
from __future__ import annotations

import re


_DATELINE_AFTER = re.compile(r"\s*(?:[:—–]|-\s|\(|/|,\s*[A-Z][a-z]+\.?\s*\d{0,2}\s*[:—–(-])")


def _is_dateline(text: str, start: int, end: int) -> bool:
    """A place name opening a line or a report and followed by ":", a dash or "(AFP)" is a dateline."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if before.strip() and not before.strip().endswith(("agencies", "/", "—", "-")):
        return False
    name = text[start:end]
    if name.isupper() and len(name) > 3 and text[end : end + 1] in (",", " ", "/"):
        return True  # "KYIV, March 3 (Reuters) -", "BEIRUT/ISTANBUL"
    return bool(_DATELINE_AFTER.match(text, end))
