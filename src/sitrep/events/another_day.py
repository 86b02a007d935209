"""A week's deed does not take a day told of "a second raid" (dates29).

"At least 14 people were killed in a night attack on a settlement last week, a civil society leader said on Monday,
and a second raid on Saturday left three more dead": the report's one day (Saturday) is told of a deed its own words
mark as another incident ("a second raid", "another attack": ``merge_guards.told_separate``), so the attack dated
only by "last week" is not that day's deed, though the week holds it (``incident_date.within_week`` gave it the
Saturday). Read by ``events/incident_date.fill_incident_dates``."""
from __future__ import annotations

import re

from sitrep.events.merge_guards import told_separate
from sitrep.model import EventMention

__all__ = ["day_of_another"]


def day_of_another(dated: list[EventMention], one) -> bool:  # type: ignore[no-untyped-def]
    """Some act dated to the report's one day (``one``: first, last) is told as another incident."""
    return one is not None and any((m.date_start, m.date_end) == tuple(one) and (told_separate(m) or _apart_after(m))
                                   for m in dated)


# "elsewhere" or "a separate ..." told after the deed's word: "exchanged fire with armed men who tried to enter a
# separate camp on Tuesday night" (dates32): the deed is at another place, another incident
_APART = re.compile(r"\b(?:a\s+separate|elsewhere)\b", re.I)


def _apart_after(m: EventMention) -> bool:
    """The words of ``m``'s sentence after its trigger mark its place as another ("a separate camp")."""
    if m.trigger is None:
        return False
    return _APART.search(m.sentence.text, max(0, m.trigger.end - m.sentence.start)) is not None
