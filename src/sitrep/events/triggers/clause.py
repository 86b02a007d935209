"""No decision of its own: a trigger's clause head (:func:`clause_head`) and the token indices of a group's clause
(:func:`clause_tokens`), the time a subjectless conjoined deed shares (:func:`shared_time`). Tests:
tests/test_participles.py.
"""
from __future__ import annotations

from sitrep.events.deps import child
from sitrep.events.triggers.model import Group
from sitrep.nlp.severed_result import severed_result


_FINITE = ("VBD", "VBZ", "VBP")


def clause_head(tok):  # type: ignore[no-untyped-def]
    severed = severed_result(tok)
    if severed is not None:
        return severed  # "gunmen on a motorcycle shot dead a woman on Monday": "dead" parsed as the clause's head
    if tok.tag_ == "VBG" and tok.i == tok.sent.start:
        # "Shelling hit X" parsed as a gerund root with "hit" as its xcomp: the gerund is the subject
        fin = next((c for c in tok.children if c.dep_ == "xcomp" and c.tag_ in _FINITE), None)
        if fin is not None:
            return fin
    if tok.dep_ == "xcomp" and tok.tag_ in _FINITE and tok.head.tag_ == "VBG" and tok.head.i == tok.sent.start:
        return tok
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
            return cur
        cur = cur.head
    return cur


def shared_time(verb, conj) -> set[int]:  # type: ignore[no-untyped-def]
    """ "killed or wounded more than 6,000 people worldwide last year": the time a subjectless conjoined deed verb
    (another event's head) ends on is the first verb's too, where that one has none of its own (branch
    precision18, quiet_reports12 y17)."""
    if conj.dep_ != "conj" or conj.pos_ != "VERB" or child(conj, "nsubj", "nsubjpass") is not None \
            or child(verb, "npadvmod") is not None:
        return set()
    return {w.i for c in conj.children if c.dep_ == "npadvmod" for w in c.subtree}


def clause_tokens(group: Group, other_heads: set[int]) -> set[int]:
    """Token indices of the group's clause(s), without conjoined verbs, speech complements or other events."""
    own = {t.i for t in group.heads()}
    out: set[int] = set()
    stack = list({t.i: t for t in group.heads()}.values())
    while stack:
        t = stack.pop()
        if t.i in out:
            continue
        out.add(t.i)
        for c in t.children:
            if c.i in other_heads and c.i not in own:
                out.update(shared_time(t, c))
                continue
            if c.dep_ in ("conj", "ccomp", "parataxis") and c.pos_ in ("VERB", "AUX") and c.i not in own:
                if not (c.dep_ == "conj" and child(c, "nsubj", "nsubjpass") is None):
                    continue  # "retaliated and neutralised 40 fighters": the same deed goes on
            stack.append(c)
    return out
