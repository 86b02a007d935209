"""A victim of an armed side's violence named only by kin or by a civic role is a civilian (issue 16).

"A boy was killed and his younger brother wounded when a Houthi sniper opened fire on them", "families spent Tuesday
burying relatives killed when a military aircraft bombed the market", "gunmen shot dead a community leader": the
actor finder reads a relation noun (data/relation_nouns.tsv: "her ex-boyfriend stabbed her") or an agent head
(ontology cue ``agent_heads``: "leader") as an actor of its own words, and the event's target was left as "younger
brother", "relatives" or "community leader". ACLED codes such a victim as Civilians (<country>), as
:func:`victim_nouns.person_patient` already does for "two reporters" or "a taxi driver" (the figure lexicon's person
nouns of kind ``people``; rank nouns keep their words).

:func:`kin_civilians` gives that reading, once the article's mentions are merged and folded (the words still tell
one victim from another there: "shot his wife and then opened fire on protesters" is two deeds), to the target of an
asserted violent event within ACLED (not read as crime: ``outside``), where the target is an actor of its own
words (an ``x:`` id) headed by such a person noun and no other word of it names a side or a person (a capitalised
word, a word of an acting group: "a militia leader", "a rebel commander", "police officer" keep their words).
A killing read as crime (a domestic or neighbourhood one) keeps the relation's words.
"""
from __future__ import annotations

import functools

from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention

__all__ = ["kin_civilians"]

_CIVILIAN_KINDS = frozenset({"people"})  # the figure lexicon's kind of "brother", "relative", "leader", "farmer"


@functools.lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    from sitrep.events.ontology import load_ontology

    onto = load_ontology()
    return onto.cue("agent_heads") | onto.cue("nonstate_words")


def _head_lemma(word: str) -> str:
    from sitrep.nlp.figures import figure_lexicon

    nouns = figure_lexicon().nouns
    for form in (word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word):
        if form in nouns:
            return form
    return word


def _kin_words(name: str) -> bool:
    """ "younger brother", "relatives", "community leader": a person noun of kind people, its other words no side's."""
    from sitrep.events.victim_nouns import rank_nouns
    from sitrep.nlp.figures import figure_lexicon

    words = name.split()
    if not words or any(w[:1].isupper() or not w.isalpha() for w in words):
        return False
    head = _head_lemma(words[-1])
    info = figure_lexicon().nouns.get(head)
    return info is not None and info[1] == "person" and info[0] in _CIVILIAN_KINDS and head not in rank_nouns() \
        and not any(_head_lemma(w) in _group_words() for w in words[:-1])


def kin_civilians(mentions: list[EventMention]) -> list[EventMention]:
    """The mentions, with targets named by kin or a civic role read as Civilians (module docstring)."""
    from sitrep.events.roles import CIVILIANS

    for m in mentions:
        ref = m.actor2
        if ref is not None and ref.entity_id.startswith("x:") and m.event_type in VIOLENT_EVENT_TYPES \
                and m.modality == "asserted" and m.outside is None and _kin_words(ref.name):
            m.actor2 = ActorRef(CIVILIANS.entity_id, CIVILIANS.name, ref.span, ref.role, ref.confidence)
    return mentions
