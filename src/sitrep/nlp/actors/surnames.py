"""Whom a lone surname names: "Mayoub" takes the id of the full name seen in the article ("Ali Mayhoub")
(:func:`_link_surnames`)."""
from __future__ import annotations

from sitrep.nlp.actor_lexicon import UNK_PREFIX
from sitrep.nlp.actors.builder import _Builder
from sitrep.textnorm import fold_name


def _link_surnames(b: _Builder) -> None:
    """A lone surname ("Mayoub") takes the id of the full name seen in the article ("Ali Mayhoub")."""
    from rapidfuzz import fuzz

    people = [m for m in b.mentions if m.kind == "PERSON" and m.entity_id and len(m.span.text.split()) >= 2]
    if not people:
        return
    for m in b.mentions:
        if m.kind != "PERSON" or len(m.span.text.split()) != 1:
            continue
        if m.entity_id and not m.entity_id.startswith(UNK_PREFIX):
            continue
        key = fold_name(m.span.text)
        best, best_score = None, 0.0
        for p in people:
            last = fold_name(p.span.text.split()[-1])
            score = fuzz.ratio(key, last)
            if score > best_score:
                best, best_score = p, score
        if best is not None and best_score >= 85:
            m.entity_id, m.name = best.entity_id, best.name
