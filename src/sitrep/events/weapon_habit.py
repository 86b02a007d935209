"""A statement of what a group is able or wont to use, not an incident.

"Both groups have used bombs in crowded places", "the militia has employed drones against the villages": a bare
plural weapon noun (no article, possessive, number or name) that a verb of using, in a perfect tense, has as its
object tells a group's habit or capability, the history of a conflict, not one dated deed. ACLED codes such a
sentence as no event (its deeds have no date and no place of their own); MUC-4 keys only incidents, not
"generic descriptions". The caller checks that the clause gives the deed no date and no toll ("have used bombs
twice this week", "have used car bombs, killing 12" stay incidents).
"""
from __future__ import annotations

# verbs of using a weapon as a habit; "fire", "launch" are left out: "militants have fired rockets at the base"
# tells a deed of the day as often as a habit
HABIT_USE_VERBS = frozenset({"use", "employ"})
_SPECIFIC = frozenset({"det", "poss", "nummod", "predet"})


def _perfect(v) -> bool:  # type: ignore[no-untyped-def]
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in v.children)


def weapon_use_habit(trig) -> bool:  # type: ignore[no-untyped-def]
    """Whether the noun trigger ``trig`` is a bare plural weapon that a perfect verb of using has as its object."""
    if trig.tag_ not in ("NNS", "NNPS"):
        return False
    cur = trig
    while cur.dep_ == "conj" and cur.head is not cur:  # "have used bombs and rockets"
        cur = cur.head
    if cur.dep_ != "dobj" or cur.head.lemma_.lower() not in HABIT_USE_VERBS or not _perfect(cur.head):
        return False
    for tok in (trig, cur):
        if any(c.dep_ in _SPECIFIC or c.like_num or c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")
               for c in tok.children):
            return False  # "have used their bombs", "has used two drones", "have used Iranian drones"
    return True
