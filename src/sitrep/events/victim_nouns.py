"""A victim named by what he or she is: "killed two reporters", "the murder of a judge", "shot the priest".

The actor dictionary and the agent nouns of the ontology name sides; a victim is often named only by an occupation,
a rank or a kinship ("the mayor", "two nurses", "his driver"). Such a phrase, headed by a person noun of
data/figure_lexicon.tsv (class ``person``, the nouns the death counts already read as people), is the event's actor2
when nothing else names it: Civilians as ACLED codes them (the evidence span keeps the words: "a taxi driver"), or its
own words for soldiers, police, officials and ranks (data/rank_nouns.tsv). It is never used for actor1: who is named
by occupation alone ("a teacher") is no armed side.
"""
from __future__ import annotations

import functools
from typing import Optional

from sitrep.events.deps import RELATIVE_WORDS, child
from sitrep.events.roles import _DET, CIVILIANS, ActorFinder, np_tokens, span_of
from sitrep.model import ActorRef
from sitrep.nlp.doctext import doc_text
from sitrep.nlp.figures import _lemma, figure_lexicon
from sitrep.resources import data_rows

__all__ = ["person_patient", "who_died_in", "aimed_at"]

# counted-noun kinds of data/figure_lexicon.tsv whose people ACLED codes as Civilians when they are the victims ("a taxi
# driver", "two priests", "a judge"); soldiers, police, fighters, officials and peacekeepers keep their own words
_CIVILIAN_KINDS = frozenset({"people", "civilians", "children", "women", "families", "refugees", "displaced", "hostages"})

_AIM_PREPS = ("at", "on", "upon", "against")  # "fired at X", "opened fire on X", "a grenade thrown at X"
_FIRE = ("fire", "shot", "shots", "grenade", "grenades", "rocket", "rockets")  # "opened fire on X", "fired shots at X"
# entity types never aimed at: "attacked on Sunday", "fired at dawn", "shot at 9 pm"
_NOT_TARGET_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})

_IN_DEED = ("in", "during")  # "died in the explosion", "perished during the attack"
_WHEN = ("when", "as")  # "died when a bomb exploded"


def person_patient(tok, aid: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """An ad-hoc actor for the noun phrase headed by ``tok`` when its head is a person noun, else None."""
    if tok is None or tok.pos_ != "NOUN":
        return None
    lem = _lemma(tok)
    info = figure_lexicon().nouns.get(lem)
    if info is None or info[1] != "person":
        return None
    toks = np_tokens(tok)
    body = [t for t in toks if t.lower_ not in _DET and t.pos_ not in ("NUM", "PUNCT") and t.dep_ != "case"
            and (t.dep_ != "poss" or t.i == tok.i) and t.lower_ not in ("dead", "alive")]
    if not body:
        return None
    if info[0] in _CIVILIAN_KINDS and lem not in rank_nouns():
        return ActorRef(CIVILIANS.entity_id, CIVILIANS.name, span_of(body, aid), "primary")  # coded as ACLED codes them
    clean = doc_text(tok.doc)[body[0].idx: body[-1].idx + len(body[-1].text)]
    return ActorRef("x:" + "-".join(w.lower() for w in clean.split())[:60], clean, span_of(toks, aid), "primary")


@functools.lru_cache(maxsize=1)
def rank_nouns() -> frozenset[str]:
    return frozenset(cols[0].strip().lower() for cols in data_rows("rank_nouns.tsv", needs=("word", "source")))


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
    if who is None or who.lower_ in RELATIVE_WORDS:
        return None
    from sitrep.events.antecedents import pronoun_patient

    return finder.actor(who) or pronoun_patient(who, finder, aid) or person_patient(who, aid)


def aimed_at(v):  # type: ignore[no-untyped-def]
    """The target of a violent verb told by its aim: "fired at X", "soldiers fired on X", "a grenade thrown at X",
    "opened fire on X", "fired shots at X" -- the object of an at/on/upon/against phrase on the verb or on its "fire /
    shots" object. Never a time ("on Sunday", "at dawn"); a place is left to the caller (who never takes one)."""
    hosts = [v] + [c for c in v.children if c.dep_ == "dobj" and c.lower_ in _FIRE]
    for h in hosts:
        for prep in h.children:
            if prep.dep_ == "prep" and prep.lower_ in _AIM_PREPS:
                t = child(prep, "pobj")
                if t is not None and t.pos_ in ("NOUN", "PROPN", "PRON") and t.ent_type_ not in _NOT_TARGET_ENTS:
                    return t
    return None
