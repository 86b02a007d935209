"""A doer named only by a relation or a police role that points at no one (issue 16, branch attackers18).

``data/relation_nouns.tsv`` makes a person named by relation an actor ("she was shot by her ex-boyfriend"). Two
uses of those nouns name nobody, and a doer read off them is wrong rather than blank:

- a kin or partner noun with an indefinite article ("the 38th woman killed by a partner this year", "most victims
  are killed by a relative"): one's kin is told with a possessive or "the"; "a partner" is anyone's, a statistic;
- the bare police noun "the suspect" (no name, no modifier, no apposition but a description: "the suspect, a
  29-year-old local man,"): the person the police hold, told by a
  role only; a name given for it elsewhere is credited by events/charged_suspect.
"""
from __future__ import annotations

import functools

from sitrep.resources import data_rows

_INDEFINITE = frozenset({"a", "an", "any", "some"})
# the police's own noun for whoever they hold (data/relation_nouns.tsv "offender (police usage)")
_POLICE_ROLE = frozenset({"suspect"})


@functools.lru_cache(maxsize=1)
def _kin_nouns() -> frozenset[str]:
    """Lemmas of data/relation_nouns.tsv whose kind is kin or partner (not acquaintance nor offender)."""
    return frozenset(c[0].strip().lower() for c in data_rows("relation_nouns.tsv")
                     if len(c) > 1 and c[1].strip().split()[0] in ("kin", "partner"))


def no_one_by_relation(tok, head_lemma: str) -> bool:  # type: ignore[no-untyped-def]
    """The phrase headed by ``tok`` names a doer by relation or police role only, and points at no one: "a partner",
    "a relative" (kin with an indefinite article), or a bare "the suspect"."""
    kids = [c for c in tok.children if c.dep_ not in ("punct", "relcl", "acl", "prep", "cc", "conj")]
    if head_lemma in _kin_nouns():
        return any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in kids) and not any(
            c.dep_ == "poss" for c in kids)
    if head_lemma in _POLICE_ROLE:
        return all((c.dep_ == "det" and c.lower_ in ("the", "a", "an"))
                   or (c.dep_ == "appos" and not any(t.pos_ == "PROPN" for t in c.subtree)) for c in kids)
    return False
