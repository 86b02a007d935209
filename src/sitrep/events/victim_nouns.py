"""A victim named by what he or she is: "killed two reporters", "the murder of a judge", "shot the priest".

The actor dictionary and the agent nouns of the ontology name sides; a victim is often named only by an occupation,
a rank or a kinship ("the mayor", "two nurses", "his driver"). Such a phrase, headed by a person noun of
data/figure_lexicon.tsv (class ``person``, the nouns the death counts already read as people), is the event's actor2
under its own words when nothing else names it. It is never used for actor1: who is named by occupation alone ("a
teacher") is no armed side.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.deps import child
from sitrep.events.roles import _DET, ActorFinder, np_tokens, span_of
from sitrep.model import ActorRef
from sitrep.nlp.doctext import doc_text
from sitrep.nlp.figures import _lemma, figure_lexicon

__all__ = ["person_patient", "who_died_in"]

_IN_DEED = ("in", "during")  # "died in the explosion", "perished during the attack"
_WHEN = ("when", "as")  # "died when a bomb exploded"


def person_patient(tok, aid: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """An ad-hoc actor for the noun phrase headed by ``tok`` when its head is a person noun, else None."""
    if tok is None or tok.pos_ != "NOUN":
        return None
    info = figure_lexicon().nouns.get(_lemma(tok))
    if info is None or info[1] != "person":
        return None
    toks = np_tokens(tok)
    body = [t for t in toks if t.lower_ not in _DET and t.pos_ not in ("NUM", "PUNCT") and t.dep_ != "case"
            and (t.dep_ != "poss" or t.i == tok.i) and t.lower_ not in ("dead", "alive")]
    if not body:
        return None
    clean = doc_text(tok.doc)[body[0].idx: body[-1].idx + len(body[-1].text)]
    return ActorRef("x:" + "-".join(w.lower() for w in clean.split())[:60], clean, span_of(toks, aid), "primary")


def who_died_in(trig, finder: ActorFinder, aid: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The victim of a deed told as the scene of a death: "X died in the explosion", "two soldiers perished during the
    attack", "the judge died when a bomb exploded" -- the subject of a verb whose subject counts the dead
    (data/figure_lexicon.tsv: die, perish), the deed its "in/during" phrase or its "when" clause."""
    verb = None
    if trig.dep_ == "pobj" and trig.head.dep_ == "prep" and trig.head.lower_ in _IN_DEED:
        verb = trig.head.head
    elif trig.dep_ == "advcl" and any(c.lower_ in _WHEN for c in trig.children if c.dep_ in ("advmod", "mark")):
        verb = trig.head
    if verb is None or verb.pos_ != "VERB" or figure_lexicon().verbs.get(verb.lemma_.lower()) != ("killed", "subj"):
        return None
    who = child(verb, "nsubj")
    if who is None or who.lower_ in ("who", "which", "that"):
        return None
    from sitrep.events.antecedents import pronoun_patient

    return finder.actor(who) or pronoun_patient(who, finder, aid) or person_patient(who, aid)
