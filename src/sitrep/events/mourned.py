"""Whom a vigil or a march is for is what it is about, not what happened at it (issue 11, protest sub-types).

"Hundreds held a candlelight vigil in Cebu City on Thursday for a radio broadcaster who was shot dead last week":
the killing told in the "for" phrase of the protest noun is the grievance, as "protested the shelling of their
homes" is (:func:`sitrep.events.crowd_violence.grievance_tokens`); read as force on the crowd it made the vigil
excessive force against protesters. :func:`mourned_tokens` gives the tokens of such a phrase (a "for" phrase under
a protest noun of the ontology, "vigil" among them, or under the verb it is the object of: "held a vigil ... for"),
and the object of a verb of mourning ("marched on Monday to mourn three men killed during clashes on Friday":
the men killed are whom the march is for; branch protests4), and the "of" phrase of a funeral noun ("marched
behind the coffins of two men who died of wounds from last month's clashes"; branch protests10), and :func:`mourned_only_lemmas` the lemmas the sentence
tells only there, so that the protest rules read neither.
"""
from __future__ import annotations

from sitrep.events.ontology import Ontology

__all__ = ["mourned_tokens", "mourned_only_lemmas"]

_VIGIL = "vigil"
# verbs whose object is whom a gathering is held for ("to mourn the dead", "to honour the victims")
_MOURN_VERBS = frozenset({"mourn", "honour", "honor", "commemorate", "remember", "bury"})
# nouns of a funeral whose "of" phrase names the dead ("the coffins of two men", "the funeral of a student")
_FUNERAL_NOUNS = frozenset({"coffin", "casket", "funeral", "bier", "burial"})


def mourned_tokens(sent, onto: Ontology) -> frozenset[int]:  # type: ignore[no-untyped-def]
    """The indices of the tokens of the "for" phrases of the sentence's protest nouns (module docstring)."""
    nouns = onto.cue("protest_words") | {_VIGIL}
    out: set[int] = set()
    for tok in sent:
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in nouns:
            # ("held a vigil ... for a broadcaster": the phrase may hang on the verb the noun is the object of)
            heads = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
            for c in (c for h in heads for c in h.children):
                if c.dep_ == "prep" and c.lower_ == "for":
                    out.update(x.i for x in c.subtree)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in _FUNERAL_NOUNS:
            # "marched behind the coffins of two men who died of wounds from last month's clashes": the dead whom
            # the funeral march carries are whom it is for (branch protests10)
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    out.update(x.i for x in c.subtree)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in _MOURN_VERBS:
            for c in tok.children:
                if c.dep_ == "dobj":
                    out.update(x.i for x in c.subtree)
    return frozenset(out)


def mourned_only_lemmas(sent, onto: Ontology) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The lemmas that ``sent`` tells only inside :func:`mourned_tokens`."""
    inside = mourned_tokens(sent, onto)
    if not inside:
        return frozenset()
    hit = {t.lemma_.lower() for t in sent if t.i in inside}
    other = {t.lemma_.lower() for t in sent if t.i not in inside}
    return frozenset(hit - other)
