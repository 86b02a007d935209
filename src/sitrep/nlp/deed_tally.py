"""A count of the dead that many deeds made over a time, told in the perfect tense with a bare plural deed noun as
the subject: "Palestinian attacks have killed dozens of Israelis over the same period", "Israeli raids and settler
attacks have killed hundreds", "jihadist bombings have killed thousands". A plural deed noun with no article,
number or possessive names a kind of deed, not one incident; its count is a tally of the story's background, not
an incident's toll. A clause that names a day or part of one ("overnight", "on Monday") tells a night's strikes
("Russian strikes have killed five people overnight"): kept as a toll."""
from __future__ import annotations

from typing import Any

_DAY_WORDS = frozenset({"overnight", "today", "tonight", "yesterday", "morning", "afternoon", "evening", "night",
                        "dawn", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _bare_deeds(n: Any) -> bool:
    from sitrep.events.ontology import load_ontology

    return n.tag_ == "NNS" and load_ontology().violent_noun(n.lemma_.lower()) and not any(
        c.dep_ in ("det", "nummod", "poss", "quantmod", "predet") for c in n.children)


def deed_tally(verb: Any, subjects: list[Any]) -> bool:
    """``verb`` (perfect tense, the caller's check) has a bare plural deed noun, or such nouns conjoined, as its
    subject, and its clause names no day."""
    if not subjects or not all(_bare_deeds(n) for s in subjects for n in (s, *s.conjuncts)):
        return False
    subj_toks = {t.i for s in subjects for t in s.subtree}
    return not any(t.lower_ in _DAY_WORDS for t in verb.subtree if t.i not in subj_toks)
