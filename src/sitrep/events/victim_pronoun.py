"""Whether a victim pronoun's antecedent is a guess: "the Front keeps dissidents in a camp, where they are beaten
every night".

:func:`sitrep.events.antecedents.pronoun_patient` gives "they" / "them" the nearest earlier named body (an
organisation, a people). A plural noun naming people that lies between that name and the pronoun ("dissidents",
"herders", "the prisoners") is at least as near a reading, and the one a reader takes for the people a deed was done
to: the name is then a guess, and the victim is left blank (blank beats wrong). The same holds for "he" / "him" /
"she" / "her" and a person noun in the singular between ("a cashier refused to open the safe, and the robbers stabbed him").
"""
from __future__ import annotations

from sitrep.model import ActorRef

__all__ = ["people_between"]

_PLURAL_PRONOUNS = frozenset({"they", "them"})
_SINGULAR_PRONOUNS = frozenset({"he", "him", "she", "her"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})  # not "X is a lawyer" (attr)


def _person_noun(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a person noun of data/figure_lexicon.tsv ("cashier", "farmer", "the judge")."""
    from sitrep.nlp.figures import _lemma, figure_lexicon

    info = figure_lexicon().nouns.get(_lemma(tok))
    return info is not None and info[1] == "person"


def people_between(pron, ref: ActorRef, finder) -> bool:  # type: ignore[no-untyped-def]
    """``ref`` was read for the victim pronoun ``pron`` from an earlier name (its last mention before the pronoun),
    and a common noun that may be who the pronoun is lies between that name and the pronoun, heading a phrase of its
    own (a subject, object or prepositional object; not the subject of the pronoun's own verb, who did the deed):
    for "they" / "them" a plural noun ("dissidents", "the prisoners"), for "he" / "him" / "she" / "her" a person noun
    in the singular ("a cashier refused ..., and the robbers stabbed him"). The name is then a guess."""
    plural = pron.lower_ in _PLURAL_PRONOUNS
    if not plural and pron.lower_ not in _SINGULAR_PRONOUNS:
        return False
    from sitrep.events.antecedents import when_clause_subject

    if when_clause_subject(pron) is not None:
        return False  # "troops were patrolling when they were attacked": the clause says who (no guess)
    ends = [m.span.end for m in finder.mentions if m.entity_id == ref.entity_id and m.span.end <= pron.idx]
    if not ends:
        return False
    ante_end = max(ends)
    doers = {c.i for c in pron.head.children if c.dep_ == "nsubj"}  # "soldiers had beaten them": who did it
    for tok in pron.doc[:pron.i]:
        if tok.idx < ante_end or tok.pos_ != "NOUN" or tok.dep_ not in _ARGUMENT_DEPS or tok.i in doers:
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ == "as":
            continue  # "X addressed the rally as secretary of the union": what X is, no one else
        if (plural and tok.tag_ == "NNS") or (not plural and tok.tag_ == "NN" and _person_noun(tok)):
            return True
    return False
