"""A headline line: a short line standing alone without final punctuation (the title or a crosshead), and the
bare event noun such a line names its incident by ("Deputies investigate shooting in Lamont": headlines drop the
article that makes "the shooting" in a sentence)."""
from __future__ import annotations

from sitrep.nlp.doctext import doc_attr, doc_text

__all__ = ["HEADLINE_MAX_TOKENS", "headline", "headline_noun"]


HEADLINE_MAX_TOKENS = 10
_VERBAL = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj"})


def headline(unit) -> bool:  # type: ignore[no-untyped-def]
    """A short line standing alone without final punctuation: a headline or crosshead, whose event the
    body tells again in full (with its date and place); read only where the body tells no violence."""
    doc = unit.doc
    full = doc_text(doc)
    text = full[unit.start_char:unit.end_char].strip()
    if not text or text[-1] in '.!?"\'”’)»…':
        return False
    spaces, puncts = doc_attr(doc, "is_space"), doc_attr(doc, "is_punct")
    words = sum(1 for i in range(unit.start, unit.end) if not spaces[i] and not puncts[i])
    after = full[unit.end_char : unit.end_char + 2] if unit.end < len(doc) else "\n"
    # a line the parser ends at its own line break keeps that break as its last token ("Village raid leaves six
    # dead\nBandits killed ..."): followed by a line break all the same
    raw = full[unit.start_char:unit.end_char]
    ended = "\n" in raw[len(raw.rstrip()):]
    return words <= HEADLINE_MAX_TOKENS and (after.startswith("\n") or ended or unit.end >= len(doc))


def headline_noun(trig) -> bool:  # type: ignore[no-untyped-def]
    """``trig`` is a singular event noun (or a gerund standing as one) with no determiner of its own in a headline
    line, a paragraph of its own: in a report of one incident it names that incident, as "the shooting" would in the
    body (``incident_date``)."""
    # "Deputies investigate shooting": a gerund with no subject, auxiliary or object of its own is a noun all the same
    gerund = trig.tag_ == "VBG" and not any(c.dep_ in _VERBAL for c in trig.children)
    if (trig.pos_ not in ("NOUN", "PROPN") and not gerund) or trig.lower_.endswith("s"):
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in trig.children):
        return False
    doc = trig.doc
    text = doc_text(doc)
    start = text.rfind("\n", 0, trig.idx) + 1
    end = text.find("\n", trig.idx)
    end = len(text) if end < 0 else end
    # a line standing as a paragraph of its own: a line of hard-wrapped copy ("... of San\nSalvador, and heavy
    # fighting ...") is no headline
    before, after = text[:start], text[end:]
    if (before.strip() and not before.endswith("\n\n")) or (after.strip() and not after.startswith("\n\n")):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and headline(span)
