"""The attacker's group told in an apposition or a clause about one of the attackers (issue 16), the readings that
events/member_doer adds to its clauses of membership:

- an apposition on the attacker: "Police said the attacker, a local member of the Pakistani Taliban named as X, fled"
  (the doer noun told back, "the attacker", or the named attacker, with "a member of Y" beside it): Y;
- one of the unnamed attackers: "One attacker was captured ... and was identified as a member of Y" ("one attacker",
  "one of the attackers" speak of the deed's doers as "the attackers" do);
- the subject a naming verb shares with the verb it is joined to ("was captured ... and was identified as ...");
- a unit owned by the group: "a member of the National Liberation Army's northeastern war front" (the ELN; a coder
  names the group, not its front).

Only member nouns of events/membership.MEMBER_NOUNS with an "of" phrase, only a doer noun of member_doer's list; the
group must still be one the dictionary or a band's name gives (member_doer._group_ref)."""
from __future__ import annotations

from typing import Optional

from sitrep.model import ActorRef

__all__ = ["appositive_member", "named_within", "one_of_doers", "shared_subject", "unit_owner"]

# nouns of a group's unit whose owner a possessor names ("the ELN's northeastern war front", "X's Sahel branch")
_UNITS = frozenset({"front", "wing", "branch", "unit", "cell", "faction", "brigade", "battalion", "column", "command"})


def unit_owner(g):  # type: ignore[no-untyped-def]
    """The group owning the unit ``g`` names ("the National Liberation Army's northeastern war front": the Army),
    else ``g``."""
    if g is None or g.lemma_.lower() not in _UNITS or g.text[:1].isupper():
        return g
    return next((c for c in g.children if c.dep_ == "poss" and c.pos_ == "PROPN"), g)


def one_of_doers(subj, doer_nouns: frozenset) -> bool:  # type: ignore[no-untyped-def]
    """``subj`` is one of the deed's unnamed doers: "One attacker", "one of the gunmen"."""
    if subj.lemma_.lower() in doer_nouns:
        return any(c.dep_ == "nummod" and c.lower_ == "one" for c in subj.children)
    if subj.lower_ != "one":
        return False
    return any(g.lemma_.lower() in doer_nouns and g.tag_ == "NNS" for p in subj.children
               if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")


def shared_subject(v):  # type: ignore[no-untyped-def]
    """The subject of a joined verb ``v`` that has none of its own ("was captured as he tried to flee and was
    identified as ..."): the first noun subject up the chain of verbs it hangs on (a pronoun there stands for it);
    None when ``v`` is no joined verb."""
    t = v
    for _ in range(4):
        if t.dep_ not in ("conj", "advcl", "xcomp") or t.head is t:
            return None
        t = t.head
        s = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if s is not None and s.pos_ != "PRON":
            return s
    return None


def named_within(subj, doer: Optional[ActorRef]) -> bool:  # type: ignore[no-untyped-def]
    """The named attacker is named inside the phrase ``subj`` heads ("the attacker, a member of X named as Y": Y)."""
    if doer is None or doer.span is None:
        return False
    lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
    return lo <= doer.span.start and doer.span.end <= hi


def appositive_member(t, doer_nouns: frozenset):  # type: ignore[no-untyped-def]
    """(doer noun, group word) when member noun ``t`` is an apposition on a doer noun of ``doer_nouns`` or on a name
    and its "of" phrase names the group ("the attacker, a member of X": attacker, X); else None."""
    if t.dep_ != "appos":
        return None
    head = t.head
    if head.lemma_.lower() not in doer_nouns and head.pos_ != "PROPN":
        return None
    g = next((o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
              if o.dep_ == "pobj"), None)
    return (head, unit_owner(g)) if g is not None else None
