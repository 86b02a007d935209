"""A ceasefire, truce or deal told as one in force, or as the subject of talks, is no new agreement (issue 15, modality).

ACLED's Agreement records the reaching of an agreement. A pact noun is also told as the setting of the news: "despite
a ceasefire agreed by the two powers in 2020", "some under the African Union mission and some under a bilateral
deal", "how to turn a fragile truce into a lasting peace deal", "a mechanism to monitor the ceasefire"; or as what
talks are about: "Talks on a ceasefire have made little progress", "discussing a prisoner exchange". The clause
reading took each for an agreement made that day (extras on quiet_reports q05, war_reports2 v05, war_reports3 v09
and mixed_reports m20).

:func:`pact_setting` reads the noun's own words: a standing pact (ontology cue ``pact_standing_words``: an
adjective "fragile", "existing"; a preposition "despite", "under"; a verb "violate", "monitor", "respect" taking it
as object) is ``background``; a pact as the topic of talks (cue ``pact_talk_words``: "talks on", "negotiations over",
"calls for" a ceasefire; "discuss", "seek", "propose" one) is ``planned``. A pact reached, signed or announced, or
the subject of its own verb ("a truce took effect at midnight"), is left to the other rules.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.ontology import Ontology

__all__ = ["pact_setting", "topic_of_talks"]

_TOPIC_PREPS = frozenset({"on", "about", "over", "for", "towards", "toward", "of"})


def _low(tok) -> str:  # type: ignore[no-untyped-def]
    return tok.lemma_.lower()


def pact_setting(trig, onto: Ontology) -> Optional[str]:  # type: ignore[no-untyped-def]
    """``background`` or ``planned`` for an agreement noun told as a standing pact or a pact under talks (module
    docstring), else None."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return None
    standing, talk = onto.cue("pact_standing_words"), onto.cue("pact_talk_words")
    base = trig
    while base.dep_ in ("conj", "compound") and base.head.pos_ in ("NOUN", "PROPN"):
        base = base.head  # "a ceasefire agreement", "a truce and a prisoner exchange"
    if any(c.dep_ == "amod" and _low(c) in standing for c in base.children):
        return "background"  # "a fragile truce", "the existing ceasefire"
    prev = base.doc[base.i - 1] if base.i > 0 else None
    if prev is not None and prev.pos_ in ("ADJ", "ADV") and prev.lower_ in standing:
        return "background"  # "Earlier truces broke down", "as earlier deals had": the parser hangs the word on the verb
    head = base.head
    if base.dep_ == "pobj":
        prep = head.lower_
        if prep in standing:
            return "background"  # "despite a ceasefire", "under a bilateral deal"
        if prep in _TOPIC_PREPS and _low(head.head) in talk:
            return "planned"  # "talks on a ceasefire", "calls for a truce"
        return None
    if base.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        if _low(head) in standing:
            return "background"  # "violated the ceasefire", "to monitor the ceasefire"
        if _low(head) in talk:
            return "planned"  # "discussing a prisoner exchange", "sought a truce"
    return None


def topic_of_talks(trig, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """A deed noun or gerund that is what talks, a proposal or calls are about ("talks on merging the group into the
    army", "negotiations over the release of the captives", "a proposal for the dissolution of the militia"): a
    step still under discussion, not one taken (branch modality18: mixed_reports9 w12)."""
    if trig.pos_ not in ("NOUN", "PROPN") and trig.tag_ != "VBG":
        return False
    base = trig
    while base.dep_ == "conj" and base.head.i != base.i:
        base = base.head  # "talks on disarming and disbanding the militia"
    if base.dep_ not in ("pobj", "pcomp") or base.head.lower_ not in _TOPIC_PREPS:
        return False
    host = base.head.head
    talk = onto.cue("pact_talk_words")
    if host.pos_ in ("VERB", "AUX") and base.head.lower_ in ("on", "about", "over"):
        # "held talks in Bosaso on Monday on merging ...": the parser hangs the topic on the verb of the talks
        return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and _low(c) in talk for c in host.children)
    return host.pos_ in ("NOUN", "PROPN") and _low(host) in talk
