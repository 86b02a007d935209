"""The count of each clause that names its single victims (:func:`victim_counts`, the entry point): which tokens
head a clause, killed or wounded, its victims and their span; "a third person has died" counts the whole toll
(:func:`_ordinal_toll`) unless the death is told apart ("in a separate attack").
"""
from __future__ import annotations

import re
from typing import Any, Iterator, Optional

from sitrep.nlp.doctext import doc_attr
from sitrep.nlp.victims.bounds import _victim_bounds
from sitrep.nlp.victims.category import _category, adjective_may_tell
from sitrep.nlp.victims.death_nouns import DEATH_ROW, _death_noun, _noun_victims
from sitrep.nlp.victims.heads import _victim_heads
from sitrep.nlp.victims.single_person import _couple
from sitrep.nlp.victims.victim_list import _clause_victims


_CLAUSE_POS = frozenset({"NOUN", "VERB", "AUX", "ADJ"})  # a death noun's, or a verb's or adjective's, clause


def victim_counts(sent: Any, verbs: dict[str, tuple[str, str]], nouns: dict[str, tuple[str, str]]) -> Iterator[tuple[int, int, str, int, Any]]:
    """(start char, end char, what, count, verb) for each clause of ``sent`` that names its single victims."""
    poss, lemmas, lowers = doc_attr(sent.doc, "pos_"), doc_attr(sent.doc, "lemma_"), doc_attr(sent.doc, "lower_")
    for i in range(sent.start, sent.end):
        pos = poss[i]
        if pos not in _CLAUSE_POS:
            continue  # (from the Doc's list: a Token is built only for the words that can head such a clause)
        if pos == "NOUN" and nouns.get(lemmas[i].lower()) != DEATH_ROW:
            continue  # a noun that names no death (:func:`_death_noun`'s first test, from the list) heads none
        if pos == "ADJ" and not adjective_may_tell(lemmas[i].lower(), lowers[i]):
            continue  # (nor an adjective :func:`_category` cannot read)
        v = sent.doc[i]
        if v.pos_ == "NOUN" and _death_noun(v, nouns):
            cat, heads = "killed", _noun_victims(v)
        elif v.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        else:
            cat = _category(v, verbs)
            if cat is None or any(c.dep_ == "neg" for c in v.children):
                continue  # ("the officer was not hurt": no victim)
            heads = _victim_heads(v, verbs)
        found = _clause_victims(v, heads, nouns, verbs)
        if found is None:
            continue
        h, victims = found
        bounds = _victim_bounds(sent, v, h, victims)
        if bounds is None:
            continue
        first, last = bounds
        doc = sent.doc
        n = _ordinal_toll(h) if cat == "killed" and len(victims) == 1 and not _TOLD_APART.search(sent.text) else None
        yield doc[first].idx, doc[last].idx + len(doc[last].text), cat, n or sum(2 if _couple(x) else 1 for x in victims), v


# a death told apart from the incident counted before: "a third man was killed in a separate attack" is one man
_TOLD_APART = re.compile(r"\b(?:separate|elsewhere|another\s+(?:attack|incident|shooting|bombing|clash|raid))\b", re.I)


# the ordinal of "a third person has died" and its number: read here and by events/hurt_later ("a fourth victim
# was hurt"); events/ordinal_body keeps a table of its own (to "twelfth"), not this one
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
            "tenth": 10}
_ORDINALS = ORDINALS  # the former private name, still importable from here and from nlp/victims


def _ordinal_toll(h: Any) -> Optional[int]:
    """ "A third person has died", "a second victim died in hospital": the dead of the incident now number three
    (two); None for any other victim."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in h.children):
        return None
    return next((ORDINALS[c.lower_] for c in h.children if c.dep_ == "amod" and c.lower_ in ORDINALS), None)
