"""Claimed: one side's claim or a guess, not a fact: "were allegedly beaten", "alleged that troops shelled",
"claimed to have been abducted", "a doctor suggested that the senator had been poisoned".

Decides ``claimed`` from a hedge adverb on the clause's verb (:func:`hedged_clause`) or a verb of alleging,
claiming or guessing above it (:func:`claimed_under`). Evidence: cues ``hedge_adverbs`` and ``hedge_verbs`` of
data/event_sense_cues.tsv; the guesser must be a person or a body (:func:`_someone_guesses`), not "the
findings". Tests: tests/test_events_precision.py, tests/test_events_word_senses.py.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.nlp.victims import fatal_phrase


def hedged_clause(head, children: list) -> bool:  # type: ignore[no-untyped-def]
    """A hedge adverb on the clause's verb (cue ``hedge_adverbs``: "were allegedly beaten"): a claim, not a fact; but
    "was stabbed to death allegedly by three men", "allegedly shot dead his sister": the death is told as a fact,
    the hedge is on who did it."""
    return any(c.dep_ == "advmod" and c.lower_ in sense_cue("hedge_adverbs") for c in children) and not fatal_phrase(head)


def claimed_under(head, g, lem: str) -> bool:  # type: ignore[no-untyped-def]
    """``g`` (lemma ``lem``), a verb above ``head``'s clause, makes it one side's claim ("alleged that troops
    shelled", "claimed that the army attacked", "claimed to have been abducted"; not "claimed responsibility") or a
    guess by someone ("a doctor suggested that the senator had been poisoned"; cue ``hedge_verbs``)."""
    if lem == "allege" or (lem == "claim" and not any(c.lemma_.lower() == "responsibility" for c in g.children)
                           and (head.dep_ == "ccomp" or (head.dep_ == "xcomp" and _passive(head)))):
        return True
    return lem in sense_cue("hedge_verbs") and head.dep_ == "ccomp" and head.head.i == g.i and _someone_guesses(g)


def _passive(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "claimed to have been abducted": the claimant suffered the deed (a side claiming its own strike,
    "claimed to have struck 40 positions", tells a deed it did: asserted, as ACLED codes it)."""
    return any(c.dep_ == "auxpass" for c in tok.children)


def _someone_guesses(verb) -> bool:  # type: ignore[no-untyped-def]
    """The subject of a verb of guessing is a person or a body ("a doctor suggested", "she speculated"), not what
    was found ("the findings suggest", "evidence suggests": the evidence points to a deed that happened)."""
    from sitrep.events.people_object import person_nouns

    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return (subj.pos_ == "PRON" and subj.lower_ not in ("it", "this", "that")) or subj.ent_type_ in (
        "PERSON", "ORG", "NORP") or subj.lemma_.lower() in person_nouns()
