"""Whether a verb gives a claimant's tally its number ("officials put the toll at 52", "OCHA revised its
estimate to 1.1 million": :func:`tally_put`, :func:`tally_revised`), and which tally noun a "put" cue gives it to
(:func:`_put_tally`)."""
from __future__ import annotations

from typing import Any, Optional

from sitrep.nlp.told_before import TALLY_WORDS


# "X put the figure at N", "X placed the death toll at N": the verb that gives a tally its number (issue 16: a
# claimant's count, like "X said N"); only with a tally noun as its object and "at" after it ("put out the fire",
# "put under curfew" are no cue)
_TALLY_VERBS = frozenset({"put", "place"})
_TALLY_NOUNS = TALLY_WORDS | {"toll"}


def tally_put(verb: Any) -> bool:
    """``verb`` ("put", "place") gives a tally noun its number: "the ministry put the toll at 52", "OCHA put the
    number of people displaced by the attack at 9,300" (the parser may hang "at" on a word of the object)."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _TALLY_NOUNS), None)
    if obj is None:
        return False
    return any(t.lower_ == "at" and t.i > obj.i and any(c.like_num or c.pos_ == "NUM" for c in t.subtree)
               for t in verb.subtree)


# "OCHA has revised down its estimate of people in need to 1.1 million", "the ministry raised its count to 40": the
# verbs that give a claimant's tally a new number (issue 16, branch figures14: a claimant's own figure, like "put")
_REVISE_VERBS = frozenset({"revise", "raise", "lower", "cut"})


def tally_revised(verb: Any) -> bool:
    """``verb`` ("revise", "raise", "lower", "cut") gives its tally noun object a number "to N"."""
    if verb.lemma_.lower() not in _REVISE_VERBS:
        return False
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _TALLY_NOUNS), None)
    if obj is None:
        return False
    return any(t.lower_ == "to" and t.i > obj.i and any(c.like_num or c.pos_ == "NUM" for c in t.subtree)
               for t in verb.subtree)


def _put_tally(cue: Any, attr_hi: int) -> Optional[Any]:
    """The tally noun after the attribution to which a "put"/"place" cue gives its number ("officials put the figure at
    64"), or None for any other cue."""
    if not (cue.lemma_.lower() in _TALLY_VERBS and tally_put(cue) or tally_revised(cue)):
        return None
    return next((c for c in cue.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _TALLY_NOUNS
                 and c.left_edge.i >= attr_hi), None)
