"""Small helpers over the spaCy dependency parse, shared by the event decisions."""
from __future__ import annotations

import re
from typing import Optional

from sitrep.model import Span
from sitrep.nlp.span_words import names_any

# relative pronouns: they stand for the noun their clause qualifies, never for a name spelled the same ("WHO")
RELATIVE_WORDS = frozenset({"who", "whom", "which", "that"})


def climb_to(tok, deps, steps: int, found):  # type: ignore[no-untyped-def]
    """The first ancestor of ``tok`` for which ``found`` holds, climbing only through arcs in ``deps`` and at most
    ``steps`` heads up; None when the climb stops first."""
    cur = tok
    for _ in range(steps):
        if cur.dep_ not in deps or cur.head is cur:
            return None
        cur = cur.head
        if found(cur):
            return cur
    return None


def tokens_of(doc, start: int, end: int) -> list[int]:  # type: ignore[no-untyped-def]
    sp = doc.char_span(start, end, alignment_mode="expand")
    return list(range(sp.start, sp.end)) if sp is not None else []


def overlaps(a: Optional[Span], start: int, end: int) -> bool:
    return a is not None and a.start < end and start < a.end


def child(tok, *deps):  # type: ignore[no-untyped-def]
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def subject(tok, *deps):  # type: ignore[no-untyped-def]
    """The child of ``tok`` with one of ``deps`` that is its subject: a verb has one, so when the parser gives it two
    ("Photo Last week, the jets bombed ..." with a caption word read as a second subject), the
    one nearest before the verb, else the first after it."""
    found = [c for c in tok.children if c.dep_ in deps]
    if len(found) < 2:
        s = found[0] if found else None
    else:
        before = [c for c in found if c.i < tok.i]
        s = before[-1] if before else found[0]
    if s is not None and s.i < tok.i and "nsubj" in deps:
        host = next((c for c in tok.children if c.dep_ in ("nsubj", "npadvmod") and c.i < s.i
                     and c.pos_ in ("NOUN", "PROPN") and _apposed_pair(c, s, tok)), None)
        if host is not None:
            return host  # "Dissidents of the FARC, men of its X front, stormed ...": the apposition's host
    return s


def _apposed_pair(first, second, verb) -> bool:  # type: ignore[no-untyped-def]
    """``second`` is an apposition of ``first`` that the parser made a second subject of ``verb``: "A, B, V" with
    only a comma between A's phrase and B's, and B's phrase set off by a comma just before the verb."""
    doc = first.doc
    a_end, b_start, b_end = first.right_edge.i, second.left_edge.i, second.right_edge.i
    if not (b_start == a_end + 2 and doc[a_end + 1].text == "," and b_end + 1 < verb.i and doc[b_end + 1].text == ","):
        return False
    return all(t.head is verb and t.dep_ in ("aux", "auxpass", "advmod", "neg") for t in doc[b_end + 2:verb.i])


def pobj(tok, *preps):  # type: ignore[no-untyped-def]
    """The object of ``tok``'s preposition among ``preps``; a capitalised word read as a verb there is a name the
    tagger took for a participle ("by Shining Path guerrillas": Shining/pcomp)."""
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            p = child(c, "pobj")
            if p is None:
                p = child(c, "pcomp")
                p = p if p is not None and p.is_title else None
            if p is not None:
                return _hyphen_head(p)
    return None


def _hyphen_head(p):  # type: ignore[no-untyped-def]
    """ "by her ex-boyfriend", parsed as three objects "ex", "-", "boyfriend" of the preposition: the word after the
    hyphen heads the word (a hyphenated noun is headed by its last part); ``p`` itself otherwise."""
    doc, i = p.doc, p.i
    if i + 2 < len(doc) and not p.whitespace_ and doc[i + 1].text == "-" and not doc[i + 1].whitespace_ \
            and doc[i + 2].head.i == p.head.i and doc[i + 2].dep_ == p.dep_ and doc[i + 2].pos_ in ("NOUN", "PROPN"):
        return doc[i + 2]
    return p



# a phrase that names no one: "no faction claimed responsibility", "nobody has claimed the attack", "none of the groups"
_NO_ONE = re.compile(r"^\W*(?:no|nobody|none|no-one|neither)\b", re.I)


def no_one(text: str) -> bool:
    """``text`` names no one: "No faction", "nobody", "no one", "none of the groups", "neither side"."""
    return _NO_ONE.match(text) is not None


def no_one_tok(tok) -> bool:  # type: ignore[no-untyped-def]
    """The phrase headed by ``tok`` names no one: "nobody", "none", "no group", "no one" (its determiner "no")."""
    return tok.lower_ in ("nobody", "none", "no-one", "neither") or (
        tok.lower_ == "one" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "no") or any(
        c.dep_ == "det" and c.lower_ in ("no", "neither") for c in tok.children)


def passive_after_active(v, c) -> bool:  # type: ignore[no-untyped-def]
    """``c``, a later passive conjunct of ``v`` with an auxiliary of its own, where ``v`` is active with a subject ("A
    man shot a woman and was then shot by officers"): the subject is the undergoer of ``c``, so ``c`` tells a deed of
    its own (its by-phrase is not ``v``'s doer, nor is ``v``'s killing a part of ``c``)."""
    if child(c, "auxpass") is None:
        return False
    for _ in range(3):  # "A man shot and killed a woman and was then shot": "killed" shares "shot"'s subject
        if child(v, "nsubj") is not None:
            return True
        if v.dep_ != "conj" or v.head is v or child(v, "nsubjpass", "auxpass") is not None:
            return False
        v = v.head
    return False


def verbs_all_read(sent, words, reading, blocking=frozenset()) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The lemmas of ``words`` that ``sent`` tells as verbs, every one of whose verbs fits ``reading`` (a test on the
    verb token); a lemma also told as a verb that does not fit, or as a word of ``blocking`` in any other use, is
    left out ("nobody was hurt": crowd_violence; "relatives of those detained": kin_detained)."""
    if not names_any(sent, words):
        return frozenset()  # (no lemma of ``words``: nothing is hit)
    hit: set[str] = set()
    other: set[str] = set()
    for t in sent:
        lem = t.lemma_.lower()
        if lem in words and t.pos_ == "VERB":
            (hit if reading(t) else other).add(lem)
        elif lem in blocking:
            other.add(lem)
    return frozenset(hit - other)
