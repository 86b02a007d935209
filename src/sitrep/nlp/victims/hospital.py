"""Whether a person or count is hurt and alive by a hospital or its condition report: "is in hospital", "is in
critical condition", "remain in hospital", "were hospitalised" in a sentence of violence (data/violence_cues.tsv),
"were stabbed and taken to hospital"; and whether a carrying verb takes its subject to hospital.
"""
from __future__ import annotations

import functools
from typing import Any

from sitrep.nlp.victims.another_one import _another_one
from sitrep.nlp.victims.words import _CARRIED, _DEATH_LEMMAS, _SURVIVED_VERBS, victim_cue
from sitrep.resources import data_rows


def _pobj_of(v: Any, prep: str, words: tuple[str, ...]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == prep and any(g.dep_ == "pobj" and g.lower_ in words for g in c.children)
               for c in v.children)


_CONDITIONS = victim_cue("conditions")  # a hospital condition report


def _alive_hurt(v: Any) -> bool:
    """ "another is in hospital", "a woman is fighting for her life", "he remains in hospital", "a boy is in
    critical condition", "was listed in critical but stable condition", "a third man was discharged from hospital":
    the subject is hurt and alive (in a sentence that may tell another's death: "one man is dead and another is in
    hospital")."""
    lem = v.lemma_.lower()
    if lem in ("be", "remain") and _pobj_of(v, "in", ("hospital", "hospitals")):
        return True
    if lem in ("discharge", "release") and _pobj_of(v, "from", ("hospital", "hospitals")) and _another_one(v):
        return True  # "A third man, 24, was discharged from hospital on Sunday": one more of those hurt
    if _condition_phrase(v):
        return not any(t.lemma_.lower() in _DEATH_LEMMAS for t in v.subtree)  # "... until his death"
    return lem == "fight" and _pobj_of(v, "for", ("life", "lives"))


def _condition_phrase(v: Any) -> bool:
    """ "is in critical condition", "remains in a serious condition", "was listed in stable condition"."""
    return v.lemma_.lower() in ("be", "remain", "list") and any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lower_ == "condition" and any(a.lower_ in _CONDITIONS for a in g.children)
        for g in c.children) for c in v.children)


def in_condition(v: Any) -> bool:
    """ "two women are in a serious condition": a count told in a hospital condition is hurt and alive
    (:mod:`sitrep.nlp.figures` reads a count subject with it; a count "in hospital" stays one in treatment, a share of
    the hurt when a total is told)."""
    return _condition_phrase(v) and not any(t.lemma_.lower() in _DEATH_LEMMAS for t in v.subtree)


def in_hospital_still(v: Any) -> bool:
    """ "Thirty-one others remain in hospital", "five people are in hospital": a count kept in hospital is one in
    treatment (:mod:`sitrep.nlp.figures`; a share of the hurt when a total is told, the hurt when none is:
    events/hospital_hurt), never with a death told in its clause ("remained in hospital until he died")."""
    return v.lemma_.lower() in ("be", "remain", "stay") and _pobj_of(v, "in", ("hospital", "hospitals")) and not any(
        t.lemma_.lower() in _DEATH_LEMMAS for t in v.subtree)


@functools.lru_cache(maxsize=1)
def _violence_cues() -> frozenset[str]:
    return frozenset(r[0] for r in data_rows("violence_cues.tsv", needs=("lemma", "why")))


def hospitalised_hurt(v: Any) -> bool:
    """ "two were killed and five others hospitalised when gunmen attacked": a hospital count in a sentence that
    tells a deed of violence (``data/violence_cues.tsv``) counts wounded; "six were hospitalised after the outbreak"
    stays a count of patients."""
    return v.lemma_.lower() in ("hospitalise", "hospitalize") and any(
        t.lemma_.lower() in _violence_cues() or t.lower_ in _violence_cues() for t in v.sent)


def hurt_and_carried(v: Any) -> bool:
    """ "Two other boys were stabbed and taken to hospital", "three men were shot and rushed to hospital": people
    shot or stabbed, then carried to care, in a sentence that tells no death, were wounded (the passive's subject
    is the victims); not "were shot and killed" nor a sentence that tells a death ("one died in hospital")."""
    if v.lemma_.lower() not in _SURVIVED_VERBS or not any(c.dep_ == "auxpass" for c in v.children):
        return False
    if not any(c.dep_ == "conj" and c.lemma_.lower() in _CARRIED for c in v.children):
        return False
    return not any(t.lemma_.lower() in _DEATH_LEMMAS for t in v.sent)


_HOSPITAL_WORDS = victim_cue("hospital_words")


def _to_hospital(v: Any) -> bool:
    """The carrying verb ``v`` takes its subject to or into a hospital ("was taken to hospital", "was rushed to the
    Regional Hospital"), or the parser made "hospital" its complement."""
    return any(c.dep_ == "xcomp" and c.lower_ in _HOSPITAL_WORDS for c in v.children) or any(
        c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
            g.dep_ == "pobj" and any(x.lower_ in _HOSPITAL_WORDS for x in g.subtree) for g in c.children)
        for c in v.children)
