"""Whose armed unit a name is: "the Philippine Army's 72nd Infantry Battalion" is the army's
(:func:`_unit_owner`)."""
from __future__ import annotations

import re
from typing import Optional

from sitrep.nlp.actors.builder import _Builder


_UNIT_HEADS = frozenset({"battalion", "battalions", "brigade", "brigades", "division", "regiment", "corps",
                         "squadron", "company"})
_OWNER_BEFORE = re.compile(r"['’]s\s+(?:[\w-]+\s+)?$")  # "the Philippine Army's 72nd ", "Kenya Police's "


def _unit_owner(b: _Builder, start: int, head: str) -> Optional[str]:
    """The state force whose unit a name is: "the Philippine Army's 72nd Infantry Battalion" is the army's unit, so
    the army (issue 16, branch actors5): a possessive mention of a state's forces just before an armed unit's name
    (battalion, brigade, division, regiment ...). None otherwise."""
    if head.lower() not in _UNIT_HEADS:
        return None
    before = b.text[max(0, start - 30):start]
    m = _OWNER_BEFORE.search(before)
    if m is None:
        return None
    at = start - len(before) + m.start()
    owner = next((x for x in b.mentions if x.span.end == at and x.entity_id), None)
    if owner is None or b.res.actors.get(owner.entity_id, {}).get("type") != "state_forces":
        return None
    return owner.entity_id
