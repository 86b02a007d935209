"""What a number counts in the parse: its token, its counted noun and the nouns that share it.

:func:`_quantity_token` is the token carrying the quantity; :func:`_counted_noun` the noun it modifies ("13 Turkish
*soldiers*") or the object of "of" after it ("hundreds of *troops*"); :func:`_first_conjunct` the conjunct whose
verb a later conjunct shares ("seven soldiers and one contractor", "including ..."); :func:`_counted_nouns` the bare
plural conjuncts that share the number ("hundreds of vehicles and troops"). :func:`_no_count` drops numbers that count
nothing kept: durations, measures, dates, years, a parent's children ("mother of three"), the sentence's speakers.
"""
from __future__ import annotations

from typing import Any, Optional

from sitrep.nlp.numbers import Quantity
from sitrep.nlp.cut_speakers import cut_speaker
from sitrep.nlp.figure_parse import _NOUN_POS


_LINK_DEPS = ("nummod", "quantmod", "compound", "amod", "nmod", "det", "advmod", "npadvmod", "appos")


def _quantity_token(doc: Any, q: Quantity) -> Optional[Any]:
    """The token that carries the quantity in the parse: the last number-ish token of the span."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    toks = list(span)
    # unit words ("square kilometers", "%") head the number; keep them as the quantity's head noun
    for t in reversed(toks):
        if t.like_num or t.tag_ == "CD" or t.lower_ in ("dozen", "dozens", "hundreds", "thousands", "millions", "scores", "million", "hundred", "thousand", "billion"):
            return t
    return toks[-1]


def _counted_noun(qtok: Any, span_tokens: set[int]) -> Optional[Any]:
    """The noun the quantity counts, or None when the number stands alone."""
    t = qtok
    for _ in range(4):
        # "hundreds of troops", "three of them", "50% of the population"
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
        h = t.head
        if t.dep_ in _LINK_DEPS and h is not t and h.i not in span_tokens:
            if h.pos_ in _NOUN_POS or h.tag_ in ("NNS", "NN", "NNP", "NNPS"):
                return h
            if h.pos_ in ("NUM",) or h.tag_ == "CD" or h.lower_ in ("%",):
                t = h
                continue
            if _number_on_adjective(t, h):
                return h.head  # "Seventeen Chadian soldiers" parsed with the number on the demonym
            return None
        if t.dep_ in _LINK_DEPS and h.i in span_tokens and h is not t:
            t = h
            continue
        return None
    return None


def _number_on_adjective(num: Any, adj: Any) -> bool:
    """ "Seventeen Chadian soldiers", parsed with the number as a modifier of the adjective right after it: the number
    counts the noun the adjective modifies (a rare demonym throws the parser; "Eight Nigerien soldiers" is parsed
    right)."""
    return num.like_num and adj.pos_ == "ADJ" and adj.dep_ == "amod" and adj.i == num.i + 1 \
        and adj.head.i > adj.i and adj.head.pos_ in _NOUN_POS


def _first_conjunct(tok: Any) -> Any:
    """'seven soldiers and one contractor': the contractor shares the verb of the soldiers; so do the
    children after "including"."""
    t = tok
    for _ in range(6):
        if _life_conjunct(t):
            break
        if t.dep_ == "conj" and t.head.pos_ in _NOUN_POS + ("NUM",):
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ in ("including", "among") and t.head.head is not t.head:
            if t.head.lower_ == "among" and t.head.head.lemma_ == "be":
                break  # "A girl was among two people killed": the people's own participle tells their lot
            t = t.head.head
        elif t.dep_ == "appos" and t.head.pos_ in _NOUN_POS:
            t = t.head
        else:
            break
    return t


def _life_conjunct(t: Any) -> bool:
    """ "Two officers lost their lives and nine people, including four civilians, were wounded", parsed with the nine
    people conjoined to "lives": a count is never the lives the idiom's subject lost; its own verb is out of reach."""
    return t.dep_ == "conj" and t.head.lower_ in ("life", "lives")


def _no_count(q: Quantity, qtok: Any, noun: Any, info: Any) -> bool:
    """The number counts nothing a figure is kept for: a duration, a measure, a date, a year, a parent's children,
    or people cut off as the speakers of the sentence."""
    if info is not None and info[1] in ("time", "measure"):
        return True  # a duration or a sequence count; a length or an address ("two blocks away")
    if noun is not None and noun.ent_type_ in ("DATE", "TIME") and info is None:
        return True
    if q.year_like and info is None:
        return True
    if noun is None and _children_of_parent(qtok):
        return True  # "a teacher and mother of three": her children, not victims
    if noun is not None and cut_speaker(noun):
        return True  # "killed nine civilians, two residents and an official said": the two residents spoke
    return False


def _counted_nouns(noun: Any, pronoun: bool) -> list[Any]:
    """The noun the number counts (None when none) and, for "hundreds of vehicles and troops", its conjuncts without
    a number of their own, which share it."""
    nouns = [noun] if noun is not None else [None]
    if noun is not None and not pronoun:
        nouns += [c for c in noun.conjuncts if _bare_plural(c)]
    return nouns


def _bare_plural(tok: Any) -> bool:
    """A conjunct that shares the number before it ("hundreds of vehicles and *troops*"): a plural
    noun with no determiner, number or possessor of its own ("an ammunition vehicle" has its own count)."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    return not any(c.dep_ in ("det", "nummod", "poss", "quantmod") or c.like_num for c in tok.children)


_PARENTS = frozenset({"mother", "father", "parent", "grandmother", "grandfather", "grandparent"})


def _children_of_parent(qtok: Any) -> bool:
    """A bare number after a parent noun and "of" ("mother of three", "a father of five", the British and Irish
    "father-of-two") counts children."""
    i, doc = qtok.i, qtok.doc  # read on the words: the parser may hang "of" on a word before the parent noun
    words = [t for t in doc[max(0, i - 4):i] if t.text not in _HYPHENS]  # "father - of - two": the hyphens aside
    return len(words) >= 2 and words[-1].lower_ == "of" and words[-2].lemma_.lower() in _PARENTS \
        and (i + 1 >= len(doc) or doc[i + 1].pos_ not in ("NOUN", "PROPN"))


_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
