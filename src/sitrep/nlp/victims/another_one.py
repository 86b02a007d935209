"""Whether a verb's victim is one more person than the dead its sentence tells: "One man has died and a second
was taken to hospital", "and a third seriously wounded" (list ``other_one``), and whether the sentence tells the
death of others before it.
"""
from __future__ import annotations

from typing import Any

from sitrep.nlp.victims.words import _DEATH_LEMMAS, _SUFFERED, _SURVIVE, victim_cue


_OTHER_ONE = victim_cue("other_one")


def _gapped_other(t: Any) -> bool:
    """ "and a third seriously wounded": an ordinal standing for one more person, with "a", coordinated with the verb
    of the people told before (the parser's reading of a passive whose "was" is left out)."""
    return t.lower_ in _OTHER_ONE and t.dep_ == "conj" and t.head.pos_ == "VERB" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)


def _others_dead(v: Any) -> bool:
    """The sentence of ``v`` tells the death of others before it ("Two people were found dead and a third ..."): a
    death word that ``v``'s own clause does not hold."""
    own = {t.i for t in v.subtree}
    return any(t.i < v.i and t.i not in own and (t.lemma_.lower() in _DEATH_LEMMAS or t.lower_ in ("dead", "killed"))
               for t in v.sent)


def _another_one(v: Any) -> bool:
    """The passive verb's own subject is another person than the one whose death its sentence tells: "One man has
    died and a second was taken to hospital", "another was rushed to hospital"; never a verb that a death verb of
    its own clause follows ("was taken to hospital ... but died")."""
    subj = [c for c in v.children if c.dep_ == "nsubjpass"]
    if not subj and v.lemma_.lower() in _SURVIVE | _SUFFERED:
        subj = [c for c in v.children if c.dep_ == "nsubj"]  # "... while a third escaped with serious injuries"
    return bool(subj) and any(t.lower_ in _OTHER_ONE for t in subj[0].subtree) and not any(
        c.dep_ == "conj" and c.lemma_.lower() in _DEATH_LEMMAS for c in v.children)
