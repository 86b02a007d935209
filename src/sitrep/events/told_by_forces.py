"""Forces named only as who tells the news: "..., police said", "police spokesman X said", "detectives believe
...", "according to the army". Such a name says who reports the deed, not that the police or the army were there:
"fired into the crowd as patrons left the club, a police spokesman said" is a shooting into a crowd of people, not
force used on protesters (read by the sub-type rule ``crowd_not_protest``, :mod:`sitrep.events.subtype`)."""
from __future__ import annotations

from sitrep.nlp.actors import speaker

# clauses inside a speaker's phrase tell something of their own ("officers who arrived at the scene said")
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})


def _phrase(head) -> set[int]:  # type: ignore[no-untyped-def]
    """Token indices of the noun phrase headed by ``head``, without its clauses."""
    out: set[int] = set()
    stack = [head]
    while stack:
        t = stack.pop()
        out.add(t.i)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSES)
    return out


def speaker_only_lemmas(sent) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """Lemmas of the sentence's words that stand only in phrases saying who speaks (the subject of a reporting
    verb, "according to X", :func:`sitrep.nlp.actors.speaker`): a word also used elsewhere in the sentence is not
    returned ("police said police fired on the march")."""
    inside: set[int] = set()
    for tok in sent:
        if tok.dep_ in ("nsubj", "pobj") and speaker(tok):
            inside |= _phrase(tok)
    if not inside:
        return frozenset()
    said = {t.lemma_.lower() for t in sent if t.i in inside}
    elsewhere = {t.lemma_.lower() for t in sent if t.i not in inside}
    return frozenset(said - elsewhere)


# the clauses and phrases that describe a speaker ("X, who heads the vigilantes, said"; "said X, a militia leader")
_DESCRIBING = frozenset({"relcl", "appos", "acl"})


def describes_speaker(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` stands in a relative clause or apposition hung on a speaker ("said Ali Musa, who heads the vigilantes
    in the area"): it says who speaks, not what happened (at most 4 heads up)."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in _DESCRIBING and cur.head.pos_ in ("NOUN", "PROPN") and speaker(cur.head):
            return True
        if cur.head is cur:
            return False
        cur = cur.head
    return False
