"""A police or sheriff's release's field line that dates its incident: "Date/Time: 03/14/2026 2315 hrs",
"Date/Time of Occurrence: 06/06/2026 0210 hrs", "Date and Time: 07/03/2026 2330 hrs". The labels are the
``incident_field`` rows of ``data/time_lexicon.tsv``. Such a line dates the deed the release tells, not the release:
ingest leaves it in the text (no publication date), and the events take its day for their undated deeds
(``events/incident_date``)."""
from __future__ import annotations

import re
from typing import Optional

from sitrep.nlp.timelex import lexicon

_LABEL = re.compile(r"^[ \t]*(?P<label>[A-Za-z][A-Za-z/& ]{2,40}?)[ \t]*:[ \t]*")


def field_label_end(line: str) -> Optional[int]:
    """Where the words after an incident field's label and its colon start in ``line``, or None when the line
    opens on no such label."""
    m = _LABEL.match(line)
    if m is None:
        return None
    label = " ".join(m.group("label").lower().replace(" / ", "/").split())
    return m.end() if label in lexicon().incident_fields else None


def in_field_line(text: str, start: int) -> bool:
    """The character at ``start`` of ``text`` is the first thing told after an incident field's label on its line
    ("Date/Time: |03/14/2026 2315 hrs")."""
    line_start = text.rfind("\n", 0, start) + 1
    end = field_label_end(text[line_start:start + 1])
    return end is not None and line_start + end == start


def in_field_label(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` lies inside an incident field's label, before its colon ("Date/|Time|: 07/10/2026"):
    a word of a form's label, never a place's name."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    label_end = field_label_end(text[line_start:line_end if line_end >= 0 else len(text)])
    if label_end is None:
        return False
    colon = text.find(":", line_start)
    return 0 <= colon and end <= colon
