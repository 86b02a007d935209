"""The hurt told as a share with its injury, no verb of harm: "Three of the men swam to the beach, one of them with a
broken arm", "Four crew were rescued, two of them with burns" (issue 16, branch tolls30).

A number word ("one" to "ten") before "of them" / "of the N", followed (after a comma at most) by "with" and an injury
noun (injuries, wounds, burns, cuts, fractures, or a body part told broken: "a broken arm", "a fractured skull") counts
that many hurt, where no figure already covers those words. Never an injury told fatal ("with fatal injuries",
"mortal wounds": the dead are the killed verbs' business).
"""
from __future__ import annotations

import re

from sitrep.model import Figure, Span

__all__ = ["partitive_hurt"]

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_BODY = (r"(?:leg|arm|nose|jaw|ribs?|hand|wrist|ankle|collarbone|hip|skull|pelvis|shoulder|fingers?|foot|knee|elbow|"
         r"neck|back|cheekbone)")
_SHARE = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:them|the\s+\w+),?\s+with\s+(?:a\s+|an\s+)?"
    r"(?!(?:fatal|mortal|deadly)\b)(?:\w+\s+){0,2}?"
    rf"(?:injur(?:y|ies)|wounds?|burns|cuts|fractures|(?:broken|fractured|shattered|dislocated)\s+{_BODY})\b", re.I)


def partitive_hurt(figures: list[Figure], text: str, article_id: str) -> list[Figure]:
    """``figures`` with a wounded count for each share told with its injury (module doc), in text order."""
    out = list(figures)
    for m in _SHARE.finditer(text):
        start, end = m.span(1)
        if any(f.span.start < m.end() and start < f.span.end for f in figures):
            continue
        n = float(_WORDS[m.group(1).lower()])
        out.append(Figure(id=f"{article_id}:f{start}", span=Span(article_id, start, end, text[start:end]),
                          what="wounded", low=n, high=n, unit="people"))
    return sorted(out, key=lambda f: f.span.start) if len(out) != len(figures) else out
