"""A group's count retold as if it were the incident's count: "Thirteen people, 11 of them civilians and two of them
soldiers, were killed" in one report and "Families ... buried the 11 civilians killed in this week's raid" in a later
one. The later 11 is a part the fuller count already named, never a rival count of the incident (issue 16 item 3:
key figures group by what is counted and for whom; a count of one group is no count of all the dead). One decision:
whether the incident's best is a part that another report's larger count of the same incident names as its own
("N of them", "including N", "among them N"); then that larger count is the best. Read only from the sentence of
the larger count (its next 160 characters), once per incident: no cost per sentence."""
from __future__ import annotations

import re
from typing import Optional

from sitrep.model import Article, Event
from sitrep.nlp.numbers import SMALL, TENS

# "11 of them civilians", "two of whom were soldiers"; "including 11 civilians", "among them eight children"
_PARTS = re.compile(r"\b([\w,]+)\s+of\s+(?:them|whom)\b|\b(?:including|among\s+them)\s+([\w,]+)\b", re.I)
_AFTER = 160  # characters after the larger count read for its parts (its own sentence)
_SENTENCE_END = re.compile(r"[.!?][\"\u201d']?\s")


def _value(word: str) -> Optional[int]:
    w = word.replace(",", "").lower()
    if w.isdigit():
        return int(w)
    return SMALL.get(w, TENS.get(w))


def parts_told(text: str) -> set[int]:
    """The counts told as parts in ``text`` (the words after a count, to its sentence's end)."""
    end = _SENTENCE_END.search(text)
    text = text[:end.start()] if end else text
    return {v for m in _PARTS.finditer(text) if (v := _value(m.group(1) or m.group(2))) is not None}


def whole_over_part(best: Optional[float], events: list[Event], articles: dict[str, Article]) -> Optional[float]:
    """The larger exact count (or floor) of the incident whose own sentence names ``best`` as one of its parts, told
    in another report than some telling of ``best``; ``best`` where there is none (see the module's doc)."""
    if best is None or best != int(best):
        return best
    told_by = {m.article_id for e in events for m in e.mentions
               if m.fatalities is not None and m.fatalities.low == best}
    wholes = []
    for e in events:
        for m in e.mentions:
            f = m.fatalities
            if f is None or f.low is None or f.low <= best or (f.high is not None and f.high != f.low) \
                    or f.span is None or not told_by - {m.article_id}:
                continue
            art = articles.get(m.article_id)
            if art is not None and int(best) in parts_told(art.text[f.span.end:f.span.end + _AFTER]):
                wholes.append(f.low)
    return min(wholes) if wholes else best
