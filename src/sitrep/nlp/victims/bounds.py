"""Where the victims' words begin and end (:func:`_victim_bounds`): after a verb's "dead", never across a
paragraph break, and not for the last of a list the parser cut off.
"""
from __future__ import annotations

from typing import Any, Optional

from sitrep.nlp.doctext import PARAGRAPH_BREAK, doc_text


def _victim_bounds(sent: Any, v: Any, h: Any, victims: list[Any]) -> Optional[tuple[int, int]]:
    """The first and last token of the victims' words ("shot dead Ana Ruiz": after the verb's "dead"); None where
    a paragraph break cuts the victims from their verb or the victims are the last of a list the parser cut off."""
    first = min(x.left_edge.i for x in victims)
    while first < h.i and sent.doc[first].lower_ == "dead":
        first += 1  # "shot dead Ana Ruiz": the victim starts after the verb's "dead"
    last = max(x.i for x in victims)
    doc = sent.doc
    text = doc_text(doc)
    lo, hi = min(doc[first].idx, v.idx), max(doc[last].idx + len(doc[last].text), v.idx + len(v.text))
    cut = [m.end() for m in PARAGRAPH_BREAK.finditer(text, lo, hi)]
    if cut:
        # a headline the splitter glued on ("... near Raleigh\n\nA driver was shot"): a figure never reads
        # across a paragraph break; the victim starts after it, with its verb on the same side
        while first <= h.i and doc[first].idx < cut[-1]:
            first += 1
        if first > min(x.i for x in victims) or v.idx < cut[-1]:
            return None
    prev = doc[first - 1] if first > 0 else None
    if prev is not None and prev.lower_ in ("and", "or", ",", "&") and prev.head.i not in {x.i for x in victims} \
            and prev.head.pos_ not in ("VERB", "AUX") and not (prev.lower_ == "," and _apposed(h, v)):
        return None  # "..., and Dario Pena were killed": the last of a list the parser cut off; its count is unknown
    return first, last


def _apposed(h: Any, v: Any) -> bool:
    """"to remember X, the 15-year-old boy stabbed to death": the victim is an apposition (its comma opens no list)
    told by the participle that hangs on it."""
    return h.dep_ == "appos" and v.dep_ == "acl" and v.head.i == h.i and not any(c.dep_ == "conj" for c in h.head.children)
