"""A later body counted by an ordinal (branch tolls28): "Rescuers recovered the bodies of nine people ... and a tenth
body was found downstream on Wednesday" tells the dead now number ten, as "A third man died in hospital" does for
a victim (``toll_later_deaths._ordinal_update``, which reads victims, not bodies). The body's ordinal is the toll as of
its telling: it replaces the count of the nearest counted incident (a violent deed, or an accident:
``toll_updates.updated``) told in its sentence before it or within ``toll_incident.ORPHAN_SENTENCES`` sentences before,
when it is higher; never a body told apart ("in a separate incident", "elsewhere", "another")."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from sitrep.events.toll import ORPHAN_SENTENCES, updated
from sitrep.model import EventMention, Figure, Span
from sitrep.nlp.doctext import doc_text

__all__ = ["fold_ordinal_bodies"]

_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10, "eleventh": 11, "twelfth": 12}
_ORDINAL_BODY = re.compile(r"\ban?\s+(?P<n>" + "|".join(_ORDINALS) + r")\s+(?:body|corpse)\s+(?:was|has\s+been|had\s+"
                           r"been|is)\s+(?:\w+\s+)?(?:found|recovered|retrieved|pulled|washed|discovered)\b", re.I)
_APART = re.compile(r"\b(?:separate|elsewhere|another\s+(?:incident|attack|accident|crash))\b", re.I)


def fold_ordinal_bodies(events: list[EventMention], figures: list[Figure], sentence_starts: list[int], doc) -> None:  # type: ignore[no-untyped-def]
    """The incident's count raised to a later body's ordinal (module doc)."""
    text = doc_text(doc)
    for m in _ORDINAL_BODY.finditer(text):
        k = bisect.bisect_right(sentence_starts, m.start()) - 1
        lo = sentence_starts[k] if k >= 0 else 0
        hi = sentence_starts[k + 1] if k + 1 < len(sentence_starts) else len(text)
        if _APART.search(text, lo, hi):
            continue
        prior = [e for e in events if updated(e) and e.fatalities is not None and e.fatalities.span is not None
                 and e.fatalities.span.end <= m.start()
                 and bisect.bisect_right(sentence_starts, e.fatalities.span.start) - 1 >= k - ORPHAN_SENTENCES]
        if not prior:
            continue
        ev = max(prior, key=lambda e: e.fatalities.span.end)  # type: ignore[union-attr]
        f0 = ev.fatalities
        n = _ORDINALS[m.group("n").lower()]
        if f0 is None or f0.background or n <= (f0.high if f0.high is not None else f0.low or 0):
            continue
        g = replace(f0, id=f"{f0.id}+body", low=float(n), high=float(n), best=float(n),
                    span=Span(f0.span.article_id, m.start(), m.end(), m.group(0)))
        figures.append(g)
        ev.fatalities = g
        ev.figures.append(g.id)
