""""Another strike hit a school": a bare deed noun under "another" is one more of the kind told before it. After an
air strike ("A military air strike killed 11 ... another strike hit a school"), the bare "strike" is another air
strike, not the shelling a bare "strike" is read as alone; so it takes the sub-type of the latest earlier event of
the same type read off the same noun ("air strike", "strike"; a verb's subject: "another strike hit"). A noun that names its own kind ("another drone
strike", "another artillery strike") keeps its own reading.
"""
from __future__ import annotations

from typing import Optional

from sitrep.model import EventMention

__all__ = ["retype_another_deed"]

_OWN_KIND = ("compound", "amod", "nmod", "nummod")


def _noun(e: EventMention, doc):  # type: ignore[no-untyped-def]
    if e.trigger is None:
        return None
    sp = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if sp is None or len(sp) != 1:
        return None
    tok = sp[0]
    if tok.pos_ == "VERB":  # "another strike hit a school": the deed noun is the verb's subject
        tok = next((c for c in tok.children if c.dep_ == "nsubj"), tok)
    return tok if tok.pos_ == "NOUN" else None


def _another(tok) -> bool:  # type: ignore[no-untyped-def]
    return any(c.dep_ == "det" and c.lower_ == "another" for c in tok.children) \
        and not any(c.dep_ in _OWN_KIND for c in tok.children)


def retype_another_deed(events: list[EventMention], doc) -> None:  # type: ignore[no-untyped-def]
    """In place: see the module docstring."""
    for e in events:
        tok = _noun(e, doc)
        if tok is None or not _another(tok):
            continue
        told: Optional[EventMention] = None
        for x in events:
            if x is e or x.trigger is None or x.trigger.start >= e.trigger.start or x.event_type != e.event_type \
                    or x.modality == "denied" or x.sub_event_type is None:  # type: ignore[union-attr]
                continue
            xt = _noun(x, doc)
            if xt is not None and xt.lemma_.lower() == tok.lemma_.lower() and (told is None or x.trigger.start > told.trigger.start):  # type: ignore[union-attr]
                told = x
        if told is not None and told.sub_event_type != e.sub_event_type:
            e.sub_event_type, e.plover = told.sub_event_type, told.plover
