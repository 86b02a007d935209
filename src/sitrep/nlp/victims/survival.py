"""Whether a victim lived: a survival phrase in the sentence (data/survival_phrases.tsv: "is expected to
survive", "in stable condition") or in one of the next two about the same victim ("The victim was in stable
condition", "Both are expected to survive"); "survived with gunshot wounds".
"""
from __future__ import annotations

import functools
import re
from typing import Any

from sitrep.nlp.victims.injuries import injury_noun
from sitrep.nlp.victims.words import _DEATH_LEMMAS, _SURVIVE, _SURVIVED_VERBS, victim_cue
from sitrep.resources import data_rows


def survived_injury(v: Any) -> bool:
    """ "survived with gunshot wounds", "escaped with burns to her legs", "escaped through a window with burns" (the
    "with" hung on the window): the one who survived or escaped was hurt."""
    if v.lemma_.lower() not in _SURVIVE or v.pos_ != "VERB":
        return False
    heads = [v, *[g for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]]
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and injury_noun(g) for g in c.children)
               for h in heads for c in h.children)


@functools.lru_cache(maxsize=1)
def _survival() -> "re.Pattern[str]":
    return re.compile("|".join(r[0] for r in data_rows("survival_phrases.tsv", needs=("pattern", "why"))), re.I)


def survived(sent: Any) -> bool:
    """The sentence tells that its victim lived ("is expected to survive", "in critical but stable condition") and
    names no death (``data/survival_phrases.tsv``)."""
    return bool(_survival().search(sent.text)) and not any(t.lemma_.lower() in _DEATH_LEMMAS for t in sent)


_SAME_VICTIM = victim_cue("same_victim")


# the same victims of a count: "Two men were stabbed ... Both are expected to survive.", "The two are in stable
# condition" (a pronoun of the pair, or "the two")
_SAME_VICTIMS = victim_cue("same_victims")


def shot_and_survived(v: Any) -> bool:
    """ "Two men were stabbed ... Both are expected to survive", "Three people were shot; all were in stable
    condition": a verb of :data:`_SURVIVED_VERBS` whose victims the sentence, or the next ones, tell lived."""
    return v.lemma_.lower() in _SURVIVED_VERBS and v.pos_ == "VERB" and (survived(v.sent) or survived_next(v.sent))


def _pair_subject(subj: Any) -> bool:
    """ "Both" or "The two" as a sentence's whole subject: the victims of the count told just before."""
    if subj is None or subj.lower_ not in _SAME_VICTIMS or any(c.dep_ not in ("det",) for c in subj.children):
        return False
    return subj.lower_ == "both" or any(c.lower_ == "the" for c in subj.children)


def survived_next(sent: Any) -> bool:
    """The sentence tells no death and one of the next two tells, of "he", "she" or "the victim" (a definite
    singular person), that the victim lived, with no death told between: "A man was shot in the arm. The victim
    was in stable condition.", "A man was shot in the leg. Police said it happened at 7 p.m. The victim was
    treated for an injury that is not life-threatening." """
    doc = sent.doc
    if any(t.lemma_.lower() in _DEATH_LEMMAS for t in sent):
        return False
    for _ in range(2):
        if sent.end >= len(doc):
            return False
        sent = doc[sent.end].sent
        subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
        if subj is not None and (subj.lower_ in _SAME_VICTIM or subj.lemma_.lower() in _SAME_VICTIM) and (
                subj.pos_ == "PRON" or any(c.lower_ == "the" for c in subj.children)) or _pair_subject(subj):
            return survived(sent)
        if any(t.lemma_.lower() in _DEATH_LEMMAS for t in sent):
            return False
    return False
