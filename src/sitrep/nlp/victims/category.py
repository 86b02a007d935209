"""What a verb tells of its victims: killed, wounded or nothing (:func:`_category`). The order of the readings:
a phrase of injury or care, a fatal phrase, "fatally"/"mortally" with a harm verb, "left him seriously wounded",
"claimed the lives of", "found X dead", shot and survived, struck in the body, the lexicon's verb.
"""
from __future__ import annotations

from typing import Any, Optional

from sitrep.nlp.victims.fatal import _found_dead, fatal_phrase
from sitrep.nlp.victims.hurt_phrase import _hurt_by_phrase
from sitrep.nlp.victims.struck import struck_in_body
from sitrep.nlp.victims.survival import survived, survived_next
from sitrep.nlp.victims.words import _FATAL_VERBS, _LIFE_VERBS, _SURVIVED_VERBS, victim_cue


_FATAL_ADVERBS = victim_cue("fatal_adverbs")


def adjective_may_tell(lem: str, lower: str) -> bool:
    """Whether :func:`_category` can read an adjective (lower-case lemma ``lem``, form ``lower``) as killed or
    wounded at all: every reading below but these four asks for a verb (keep the two in step). The victim reading
    skips the other adjectives without building their Tokens."""
    return lem in _FATAL_VERBS or lem == "leave" or lem in _LIFE_VERBS or lower == "dead"


def _category(v: Any, verbs: dict[str, tuple[str, str]]) -> Optional[str]:
    """killed / wounded when ``v`` reports a death or injury of its victims, else None."""
    lem = v.lemma_.lower()
    if v.pos_ in ("VERB", "AUX") and _hurt_by_phrase(v):
        return "wounded"
    if v.pos_ in ("VERB", "AUX") and fatal_phrase(v):
        return "killed"
    if lem in _FATAL_VERBS and any(c.lower_ in _FATAL_ADVERBS for c in v.children if c.dep_ == "advmod"):
        return "killed"
    if lem == "leave":  # "left him seriously wounded"
        for c in v.children:
            row = verbs.get(c.lemma_.lower()) if c.dep_ in ("oprd", "acomp", "xcomp") else None
            if row is not None and row[0] == "wounded":
                return "wounded"
    if lem in _LIFE_VERBS and any(c.dep_ in ("dobj", "obj") and c.lower_ in ("life", "lives") for c in v.children):
        return "killed"
    if _found_dead(v):
        return "killed"
    if lem in _SURVIVED_VERBS and v.pos_ == "VERB" and (survived(v.sent) or survived_next(v.sent)):
        return "wounded"
    if struck_in_body(v):
        return "wounded"  # "A deputy was struck in the arm by a bullet fragment"
    row = verbs.get(lem)
    if row is None or row[0] not in ("killed", "wounded") or v.pos_ not in ("VERB", "AUX"):
        return None
    return row[0]
