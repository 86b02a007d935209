"""A phrase described, not two sides: the appositions on a subject (:func:`descriptions`), an actor read
off one of them (:func:`described_by`, :func:`named_outside_description`), conjuncts joined by a real "and"
(:func:`coordinates`), and what a clause says its subject is (:func:`said_of`: the subject again, no rival).
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.deps import child
from sitrep.events.roles import ActorFinder
from sitrep.model import ActorRef


def descriptions(subj):  # type: ignore[no-untyped-def]
    """The appositions that describe the phrase headed by ``subj`` ("X, al Qaeda's branch in the Sahel,"), as
    (start, end) character spans; one the parser read as a conjunct with no coordinating word counts too."""
    apps = [c for c in subj.children if c.dep_ == "appos" or (c.dep_ == "conj" and not coordinates(subj))]
    return [(a.left_edge.idx, a.right_edge.idx + len(a.right_edge.text)) for a in apps]


def described_by(subj, ref: ActorRef) -> bool:  # type: ignore[no-untyped-def]
    """``ref`` was read off a description of the subject, not the subject's own words: "al Qaeda's branch" in
    "Fighters of X, al Qaeda's branch in the Sahel," names whose branch X is, not X."""
    return ref.span is not None and any(s <= ref.span.start and ref.span.end <= e for s, e in descriptions(subj))


def named_outside_description(subj, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The one group or people the subject's own words name, its descriptions left out ("Fighters of X (ACR), Y's
    branch": X); None when none or several."""
    lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
    told = descriptions(subj)
    found = [m for m in finder.mentions if m.entity_id and m.kind in ("ORG", "NORP") and lo <= m.span.start
             and m.span.end <= hi and not any(s <= m.span.start < e for s, e in told)]
    if len({m.entity_id for m in found}) != 1:
        return None
    m = found[0]
    return ActorRef(m.entity_id, m.name or m.span.text, m.span, "primary")


def coordinates(tok) -> bool:  # type: ignore[no-untyped-def]
    """The conjuncts of ``tok`` are joined by a coordinating word ("Hamas and Islamic Jihad"), not an apposition the
    parser read as one ("Fighters of X, al Qaeda's affiliate in the Sahel, ..."): two sides, not one described."""
    last = max(c.i for c in tok.children if c.dep_ == "conj")
    return any(t.dep_ == "cc" or t.lower_ in ("and", "or", "nor", "&") for t in tok.doc[tok.i + 1:last])


def said_of(t, subj) -> bool:  # type: ignore[no-untyped-def]
    """``t`` is what its clause says the subject ``subj`` is ("X is a rebel group", "X became an armed movement", "X
    was declared a terrorist organisation"): the subject again under a description, no rival of it for a pronoun."""
    if t.dep_ == "conj" and t.head.i != t.i:
        t = t.head  # "X is a party and a militia"
    if t.dep_ not in ("attr", "oprd"):
        return False
    s = child(t.head, "nsubj", "nsubjpass")
    return s is not None and s.i == subj.i
