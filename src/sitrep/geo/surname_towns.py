"""A town that shares its name with a person of the story is a place where the text puts it in its unit.

``recognize`` turns down a lone surname of a person the article names in full ("Gov. Rafael Gonzaga" then
"Gonzaga said"), and a town of the same name stays missed even where the text says which town it is: "the town of
Gonzaga" (a Cagayan report's governor Gonzaga), "relatives from Tagum in Davao del Norte" (a fire officer Ana Tagum),
"officials in Dumaguete, Negros Oriental". A mention is placed when a kind word and "of" stand before it ("the town
of X", data: ``context_cue.TYPE_BEFORE``), or when ", " or "in" after it leads to a first-level unit or a country
that holds one of the name's towns (the gazetteer's own containment: a person is in no province). No person's name
is made a place by a locative word alone ("a call from Gonzaga").
"""
from __future__ import annotations

import re
from typing import Any

from sitrep.geo.gazetteer import Gazetteer, precision_of

# ", Negros Oriental" or " in Davao del Norte": up to four words after the name, capitalised or a particle inside
_UNIT_AFTER = re.compile(r"(?:\s*,\s*|\s+in\s+)((?:[A-Z][\w’'.-]*)(?:\s+(?:(?:de|del|do|da|di|la|el)\s+)?[A-Z][\w’'.-]*){0,3})")


def placed_by_text(doc: Any, span: Any, entries: list, text: str, end: int, gaz: Gazetteer,
                   kind_words: frozenset[str] | set[str]) -> bool:
    """The text puts the mention (``span``, ending at ``end``; ``entries``: its name's gazetteer entries) in a
    town's place: "the town of X", or "X, Unit" / "X in Unit" with a unit holding one of the name's towns."""
    k = span.start
    if k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in kind_words:
        return True
    m = _UNIT_AFTER.match(text, end)
    if not m:
        return False
    towns = [e for e in entries if e.fclass == "P"]
    words = m.group(1).split()
    for n in range(len(words), 0, -1):  # the longest name the gazetteer has ("Davao del Norte", not "Davao")
        holders = [h for h in gaz.lookup(" ".join(words[:n]).rstrip(".,")) if h.primary
                   and (precision_of(h) == "country" or h.fcode == "ADM1")]
        if holders:
            return any(t.country == h.country and (h.fcode != "ADM1" or t.admin1 == h.admin1)
                       for h in holders for t in towns)
    return False
