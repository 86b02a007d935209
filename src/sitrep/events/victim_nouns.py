"""A victim named by what he or she is: "killed two reporters", "the murder of a judge", "shot the priest".

The actor dictionary and the agent nouns of the ontology name sides; a victim is often named only by an occupation,
a rank or a kinship ("the mayor", "two nurses", "his driver"). Such a phrase, headed by a person noun of
data/figure_lexicon.tsv (class ``person``, the nouns the death counts already read as people), is the event's actor2
under its own words when nothing else names it. It is never used for actor1: who is named by occupation alone ("a
teacher") is no armed side.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.roles import _DET, np_tokens, span_of
from sitrep.model import ActorRef
from sitrep.nlp.doctext import doc_text
from sitrep.nlp.figures import _lemma, figure_lexicon

__all__ = ["person_patient"]


def person_patient(tok, aid: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """An ad-hoc actor for the noun phrase headed by ``tok`` when its head is a person noun, else None."""
    if tok is None or tok.pos_ != "NOUN":
        return None
    info = figure_lexicon().nouns.get(_lemma(tok))
    if info is None or info[1] != "person":
        return None
    toks = np_tokens(tok)
    body = [t for t in toks if t.lower_ not in _DET and t.pos_ not in ("NUM", "PUNCT") and t.dep_ != "poss"
            and t.lower_ not in ("dead", "alive")]
    if not body:
        return None
    clean = doc_text(tok.doc)[body[0].idx: body[-1].idx + len(body[-1].text)]
    return ActorRef("x:" + "-".join(w.lower() for w in clean.split())[:60], clean, span_of(toks, aid), "primary")
