"""Where a clause sits in the parse: the verbs that embed it, the word a governor takes directly, the head of a list.

No decision of its own: the walks the modality decisions share (:func:`governors` is read by
events/antecedents, events/claimant, events/reported_pronoun and events/triggers too).
"""
from __future__ import annotations


EMBED_DEPS = {"xcomp", "ccomp", "pcomp", "acomp", "prep", "advcl", "dobj"}


def governors(tok) -> list:  # type: ignore[no-untyped-def]
    """Verbs that embed ``tok``'s clause, nearest first (through xcomp/ccomp/pcomp/prep chains)."""
    out = []
    cur = tok
    for _ in range(6):
        if cur.dep_ == "ROOT" or cur.head is cur:
            break
        if cur.dep_ not in EMBED_DEPS | {"pobj"}:
            break
        if _across_blank_line(cur, cur.head):
            break  # a headline the parser glued on ("Russia denies responsibility") governs nothing below it
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            out.append(cur)
    return out


def _across_blank_line(a, b) -> bool:  # type: ignore[no-untyped-def]
    lo, hi = sorted((a.i, b.i))
    return any("\n\n" in t.text or "\n\n" in t.whitespace_ for t in a.doc[lo:hi])


def _below(tok, gov):  # type: ignore[no-untyped-def]
    """The token on the path from ``tok`` up to ``gov`` that ``gov`` governs directly."""
    cur = tok
    for _ in range(8):
        if cur.head.i == gov.i or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def child_dep(tok, dep: str):  # type: ignore[no-untyped-def]
    return next((c for c in tok.children if c.dep_ == dep), None)


def _conj_root(tok):  # type: ignore[no-untyped-def]
    """The first of a list the token is in ("the repression, kidnapping and torture" -> repression)."""
    cur = tok
    for _ in range(8):
        if cur.dep_ != "conj" or cur.head is cur:
            break
        cur = cur.head
    return cur


def _shared_subject_verb(verb):  # type: ignore[no-untyped-def]
    """The verb whose subject ``verb`` shares: itself, or the first of the verbs it is joined to with no subject of
    its own ("nobody was killed or injured" -> killed)."""
    cur = verb
    for _ in range(4):
        if cur.dep_ != "conj" or cur.head.i == cur.i or cur.head.pos_ not in ("VERB", "AUX") \
                or any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in cur.children):
            break
        cur = cur.head
    return cur


def _noun_modifiers(noun) -> list:  # type: ignore[no-untyped-def]
    """The words under a noun and under the nouns of its phrases ("a march by students planned for Thursday": the
    participle parsed onto "students" describes the march)."""
    out = list(noun.children)
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ in ("by", "of"):
            out.extend(c for o in p.children if o.dep_ == "pobj" for c in o.children)
    return out
