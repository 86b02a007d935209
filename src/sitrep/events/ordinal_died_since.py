"""An ordinal victim who "has died" since the incident was among its hurt (issue 16, branch tolls37).

:func:`sitrep.events.hurt_died.drop_hurt_who_died` lowers the incident's count of the hurt by one when the report tells
one ordinal victim who died of wounds ("A second man has died from wounds suffered in last week's shooting"). Local
follow-ups tell the same death without the wounds: "A second victim of a Sunday night shooting ... has died", "A third
person has since died". A victim told as the second or third dead, whose death is told by the perfect, as news since
the incident, was alive and hurt when the first count was told (:func:`died_since`).
"""
from __future__ import annotations

import re

__all__ = ["died_since"]

# what follows the ordinal victim: "of a Sunday night shooting ... has died", "has since died" (within one clause: no
# full stop, no semicolon); not "died at a hospital Sunday", "later died": the past is what ``toll_later_deaths``
# already reads as one of the hurt who died (local_reports21 v15 lowered twice when it was read here too)
_DIED_SINCE = re.compile(r"^[^.;!?]{0,90}?\b(?:has|have)\s+(?:since\s+)?died\b", re.I)


def died_since(after: str) -> bool:
    """The words after an ordinal victim tell a death after the incident."""
    return _DIED_SINCE.match(after) is not None
