"""A "coup" is the seizure of power by force only when its words say so (issue 16).

"Army officers staged a coup", "a failed coup attempt", "the coup that deposed the president", "ousted in a
military coup" tell armed forces turned on the government (an armed clash); "a diplomatic coup", "signing the
striker was a major coup for the club", "coup de grace", "a bloodless coup", "a parliamentary coup" do not, or tell
no violence. The noun counts when a word of ``coup_words`` (data/event_sense_cues.tsv) is among its dependents, is
the verb that governs it ("staged", "foiled"; "seized power in a coup", "ousted in a coup") or the verb of a clause
it heads or describes ("the coup that deposed X", "a coup ousted X"), and no word of ``not_coup_words`` is among its
dependents. A coup named by no such word ("the coup prompted an uprising") is left alone: blank beats wrong. So is a
coup whose sentence tells no violence (``coup_violence``: killed, bloody, armed, tanks, gunfire): many coups are
bloodless, and ACLED codes the violence, not the change of ruler.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue

__all__ = ["seizure_of_power"]


def _words(coup) -> set[str]:  # type: ignore[no-untyped-def]
    """Lower-cased forms and lemmas of the coup noun's dependents (two levels), of the verb that governs it (through
    an "in"/"by" phrase: "ousted in a coup") and of a clause it heads or describes."""
    near = []
    for c in coup.children:
        near.append(c)
        near.extend(c.children)
    head = coup.head
    if coup.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        head = head.head
    if head is not coup:
        near.append(head)
    if coup.dep_ == "compound":  # "a coup attempt", "the coup plotters": the noun it modifies and its verb
        near.extend([coup.head, coup.head.head])
        near.extend(coup.head.children)
    return {t.lower_ for t in near} | {t.lemma_.lower() for t in near}


def seizure_of_power(coup) -> bool:  # type: ignore[no-untyped-def]
    """Whether the noun ``coup`` names power seized by force (see the module docstring) with violence told in its
    sentence."""
    words = _words(coup)
    if words & sense_cue("not_coup_words") or not words & sense_cue("coup_words"):
        return False
    return any(t.lemma_.lower() in sense_cue("coup_violence") or t.lower_ in sense_cue("coup_violence")
               for t in coup.sent)
